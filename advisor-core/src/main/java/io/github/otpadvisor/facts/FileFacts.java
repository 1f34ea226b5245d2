package io.github.otpadvisor.facts;

import io.github.otpadvisor.elixir.syntax.SyntaxError;
import java.util.List;

/**
 * Everything one file tells about processes, kept after its AST is dropped.
 *
 * @param file          the path as the output names it (relative to the repository root, or to the scanned root outside it), '/' separated
 * @param app           the OTP application (the {@code app:} of the nearest {@code mix.exs}), or null
 * @param test          under a {@code test/} directory
 * @param script        a {@code .exs} outside {@code lib/}
 * @param syntaxError   why it did not parse, or null
 * @param problems      parts that could not be analyzed (never fatal)
 * @param testStarts    in a test file: calls that may start a process directly (OTP014)
 * @param moduleRefs    every module the file names, with the module naming it (OTP015)
 * @param testsWithoutStart a {@code mix.exs} whose {@code test} alias runs {@code mix test --no-start}: its application
 *                      is not running when its tests run (bolt, anoma)
 * @param startsItsApp  a {@code test/test_helper.exs} that starts its own application again
 *                      ({@code Application.ensure_started(:application_runner)} after {@code --no-start}, lenra's server)
 * @param elixirRequirement in a {@code mix.exs}: the Elixir versions it declares, or null
 * @param callback      in a {@code mix.exs}: the {@code mod:} its {@code application/0} names or that it names none;
 *                      null elsewhere, and where the file does not say it literally
 */
public record FileFacts(String file, String app, boolean test, boolean script, SyntaxError syntaxError,
                        List<ModuleFacts> modules, List<StartSite> startSites, List<EtsTable> etsTables,
                        List<NameRef> names, List<MessageSend> sends, List<ChildrenList> childrenLists,
                        List<RemoteCall> remoteCalls, List<String> problems, List<TestStart> testStarts,
                        List<ModuleRef> moduleRefs, boolean testsWithoutStart, boolean startsItsApp,
                        ElixirRequirement elixirRequirement, ApplicationCallback callback) {
    public FileFacts(String file, String app, boolean test, boolean script, SyntaxError syntaxError,
                     List<ModuleFacts> modules, List<StartSite> startSites, List<EtsTable> etsTables,
                     List<NameRef> names, List<MessageSend> sends, List<ChildrenList> childrenLists,
                     List<RemoteCall> remoteCalls, List<String> problems, List<TestStart> testStarts,
                     List<ModuleRef> moduleRefs, boolean testsWithoutStart, boolean startsItsApp,
                     ElixirRequirement elixirRequirement) {
        this(file, app, test, script, syntaxError, modules, startSites, etsTables, names, sends, childrenLists,
                remoteCalls, problems, testStarts, moduleRefs, testsWithoutStart, startsItsApp, elixirRequirement,
                null);
    }

    public FileFacts(String file, String app, boolean test, boolean script, SyntaxError syntaxError,
                     List<ModuleFacts> modules, List<StartSite> startSites, List<EtsTable> etsTables,
                     List<NameRef> names, List<MessageSend> sends, List<ChildrenList> childrenLists,
                     List<RemoteCall> remoteCalls, List<String> problems, List<TestStart> testStarts,
                     List<ModuleRef> moduleRefs, boolean testsWithoutStart, boolean startsItsApp) {
        this(file, app, test, script, syntaxError, modules, startSites, etsTables, names, sends, childrenLists,
                remoteCalls, problems, testStarts, moduleRefs, testsWithoutStart, startsItsApp, null);
    }

    public FileFacts(String file, String app, boolean test, boolean script, SyntaxError syntaxError,
                     List<ModuleFacts> modules, List<StartSite> startSites, List<EtsTable> etsTables,
                     List<NameRef> names, List<MessageSend> sends, List<ChildrenList> childrenLists,
                     List<RemoteCall> remoteCalls, List<String> problems, List<TestStart> testStarts,
                     List<ModuleRef> moduleRefs, boolean testsWithoutStart) {
        this(file, app, test, script, syntaxError, modules, startSites, etsTables, names, sends, childrenLists,
                remoteCalls, problems, testStarts, moduleRefs, testsWithoutStart, false);
    }

    public FileFacts {
        moduleRefs = ModuleRefList.of(moduleRefs);
        modules = List.copyOf(modules);
        startSites = List.copyOf(startSites);
        etsTables = List.copyOf(etsTables);
        names = List.copyOf(names);
        sends = List.copyOf(sends);
        childrenLists = List.copyOf(childrenLists);
        remoteCalls = RemoteCallList.of(remoteCalls);
        problems = List.copyOf(problems);
        testStarts = List.copyOf(testStarts);
    }

    /** Any file but a mix.exs whose test alias runs {@code mix test --no-start}. */
    public FileFacts(String file, String app, boolean test, boolean script, SyntaxError syntaxError,
                     List<ModuleFacts> modules, List<StartSite> startSites, List<EtsTable> etsTables,
                     List<NameRef> names, List<MessageSend> sends, List<ChildrenList> childrenLists,
                     List<RemoteCall> remoteCalls, List<String> problems, List<TestStart> testStarts,
                     List<ModuleRef> moduleRefs) {
        this(file, app, test, script, syntaxError, modules, startSites, etsTables, names, sends, childrenLists,
                remoteCalls, problems, testStarts, moduleRefs, false);
    }

    /** Without test starts or module references (tests, tools). */
    public FileFacts(String file, String app, boolean test, boolean script, SyntaxError syntaxError,
                     List<ModuleFacts> modules, List<StartSite> startSites, List<EtsTable> etsTables,
                     List<NameRef> names, List<MessageSend> sends, List<ChildrenList> childrenLists,
                     List<RemoteCall> remoteCalls, List<String> problems) {
        this(file, app, test, script, syntaxError, modules, startSites, etsTables, names, sends, childrenLists,
                remoteCalls, problems, List.of(), List.of());
    }

    public static FileFacts failed(String file, String app, boolean test, boolean script, SyntaxError error) {
        return new FileFacts(file, app, test, script, error, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    /** The same file with other children lists (linking's: returned lists put in place, then dropped). */
    public FileFacts withChildrenLists(List<ChildrenList> lists) {
        return new FileFacts(file, app, test, script, syntaxError, modules, startSites, etsTables, names, sends, lists,
                remoteCalls, problems, testStarts, moduleRefs, testsWithoutStart, startsItsApp, elixirRequirement,
                callback);
    }

    public boolean parsed() {
        return syntaxError == null;
    }
}
