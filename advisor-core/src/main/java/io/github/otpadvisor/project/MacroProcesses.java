package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.LibraryProcess;
import io.github.otpadvisor.facts.LibraryUse;
import io.github.otpadvisor.facts.MacroUse;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.ProcessBehaviours;
import io.github.otpadvisor.facts.UseLine;
import java.util.List;
import java.util.function.Function;

/**
 * Resolves {@code use M} of a project module whose {@code __using__} quote uses an OTP behaviour (RULEBOOK §1):
 * the using module becomes a process module of that kind, or a library process, with the {@code use} line and
 * the macro's line as evidence. {@code use M, :kind} picks the quote of the function a dispatching
 * {@code __using__(which)} applies; macros that use other project macros are followed a few levels deep.
 */
final class MacroProcesses {
    private static final int MAX_DEPTH = 4;

    /** What a macro's quotes make a module: a process kind or a library kind, and the quoted line. */
    private record Found(Abstraction abstraction, LibraryProcess library, MacroUse line, ModuleFacts macro,
                         String said) {
        Found(Abstraction abstraction, LibraryProcess library, MacroUse line, ModuleFacts macro) {
            this(abstraction, library, line, macro, line.text());
        }
    }

    private final Function<String, ModuleFacts> lookup;

    /** {@code lookup} finds a project module by name (null when the project has none). */
    MacroProcesses(Function<String, ModuleFacts> lookup) {
        this.lookup = lookup;
    }

    /** The module with the kind its project macros give it; unchanged when it already is a process module. */
    ModuleFacts resolve(ModuleFacts m) {
        if (m.isProcess()) {
            return m;
        }
        ModuleFacts out = m;
        for (UseLine u : m.useLines()) {
            if (u.module().equals(m.name())) {
                continue;
            }
            Found f = find(u.module(), u.option(), 0);
            if (f == null) {
                f = startsItself(u.module());
            }
            if (f == null) {
                continue;
            }
            Evidence ev = Evidence.at(u.location(), "use " + u.module() + (u.option() == null ? "" : ", :" + u.option())
                    + ", whose quote does `" + f.said() + "`" + where(f.line()));
            if (f.abstraction() != Abstraction.NONE) {
                // The callbacks the macro's quote defines are the module's too.
                ModuleFacts macro = lookup.apply(u.module());
                return out.withAbstraction(f.abstraction(), ev).withTemplate(macro == null ? null : macro.usingTemplate())
                        .withTemplate(macro == f.macro() ? null : f.macro().usingTemplate());
            }
            if (out.library() == null) {
                out = out.withLibrary(new LibraryUse(f.library(), ev));
            }
        }
        return out;
    }

    private Found find(String macroModule, String option, int depth) {
        ModuleFacts macro = depth > MAX_DEPTH ? null : lookup.apply(macroModule);
        if (macro == null || macro.macroUses().isEmpty()) {
            return null;
        }
        List<MacroUse> quoted = macro.macroUses().stream().filter(u -> option != null && option.equals(u.branch()))
                .toList();
        if (quoted.isEmpty()) {
            quoted = macro.macroUses().stream().filter(u -> u.branch() == null).toList();
        }
        for (MacroUse u : quoted) {
            Abstraction a = u.behaviour() ? ProcessBehaviours.ofBehaviour(u.module()) : ProcessBehaviours.ofUse(u.module());
            if (a.isProcess()) {
                return new Found(a, null, u, macro);
            }
        }
        for (MacroUse u : quoted) {
            LibraryProcess l = u.behaviour() ? LibraryProcess.ofBehaviour(u.module()) : LibraryProcess.ofUse(u.module());
            if (l != null) {
                return new Found(Abstraction.NONE, l, u, macro);
            }
        }
        for (MacroUse u : quoted) {
            if (!u.behaviour() && !u.module().equals(macroModule)) {
                Found deeper = find(u.module(), null, depth + 1);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    /**
     * A quote that defines the callbacks and a start_link calling {@code GenServer.start_link(__MODULE__, ...)}
     * without {@code use GenServer} (poa-netstats-agent's collectors): the using module is a GenServer all the same.
     */
    private Found startsItself(String macroModule) {
        ModuleFacts macro = lookup.apply(macroModule);
        ModuleFacts t = macro == null ? null : macro.usingTemplate();
        if (t == null || t.startLink() == null) {
            return null;
        }
        java.util.regex.Matcher call = START.matcher(t.startLink().body());
        if (!call.find()) {
            return null;
        }
        Abstraction a = call.group(1).equals("GenServer") || call.group(1).equals(":gen_server")
                ? Abstraction.GENSERVER : Abstraction.GEN_STATEM;
        io.github.otpadvisor.facts.FunctionInfo start = t.functions().stream()
                .filter(fn -> fn.name().equals("start_link")).findFirst().orElse(null);
        return new Found(a, null, new MacroUse(null, call.group(1), false, start == null ? null : start.location()),
                macro, call.group() + "...) in start_link, with the callbacks and no use " + call.group(1));
    }

    private static final java.util.regex.Pattern START = java.util.regex.Pattern.compile(
            "(GenServer|:gen_server|:gen_statem)\\.start(?:_link)?\\(\\s*__MODULE__\\b");

    private static String where(MacroUse u) {
        return u.location() == null ? "" : " at " + u.location().file() + ":" + u.location().line();
    }
}
