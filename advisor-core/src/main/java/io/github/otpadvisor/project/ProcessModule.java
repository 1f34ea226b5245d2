package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.EtsTable;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.RemoteCall;
import io.github.otpadvisor.facts.StartSite;
import java.util.List;
import java.util.Set;

/**
 * A process module with everything the project says about it (pass two): its links to the rest of the
 * project and the runtime properties inferred from them.
 *
 * @param links      its own facts and who starts, supervises, calls and messages it ({@link ModuleLinks})
 * @param properties its runtime properties with evidence
 */
public record ProcessModule(ModuleLinks links, RuntimeProperties properties) {
    /** Its own facts. */
    public ModuleFacts facts() {
        return links.facts();
    }

    /** Its file, as the output names it (relative to the repository root). */
    public String file() {
        return links.file();
    }

    /** Its OTP application, or null. */
    public String app() {
        return links.app();
    }

    /** Defined under {@code test/}. */
    public boolean test() {
        return links.test();
    }

    /** Calls anywhere that start it (not counting {@code DynamicSupervisor.start_child}). */
    public List<StartSite> startSites() {
        return links.startSites();
    }

    /** Children lists that name it. */
    public List<SupervisedBy> supervisedBy() {
        return links.supervisedBy();
    }

    /** {@code DynamicSupervisor.start_child} calls that start it. */
    public List<StartSite> dynamicStarts() {
        return links.dynamicStarts();
    }

    /** Of those, the ones reached from request or message handling, with the path. */
    public List<Evidence> requestPathStarts() {
        return links.requestPathStarts();
    }

    /** Calls and messages aimed at it by name (from anywhere, itself included). */
    public List<MessageSend> sendsToIt() {
        return links.sendsToIt();
    }

    /** Calls to its functions from other modules. */
    public List<RemoteCall> callers() {
        return links.callers();
    }

    /** The other modules (outside test/) that call its functions or message it by name. */
    public Set<String> callerModules() {
        return links.callerModules();
    }

    /**
     * It is started at runtime, and every such start goes through a library whose calls begin with one of
     * {@code prefixes} ({@code Horde.}, the singleton library's {@code Singleton.}): one per cluster, not per node.
     */
    public boolean startedOnlyThrough(String... prefixes) {
        return !dynamicStarts().isEmpty() && dynamicStarts().stream().allMatch(s -> s.call() != null
                && java.util.Arrays.stream(prefixes).anyMatch(s.call()::startsWith));
    }

    /** The names it is registered under. */
    public List<NameRef> names() {
        return links.names();
    }

    /** ETS tables created in its code. */
    public List<EtsTable> ownedTables() {
        return links.ownedTables();
    }

    public String name() {
        return facts().name();
    }

    public Abstraction abstraction() {
        return facts().abstraction();
    }

    public boolean is(Property p) {
        return properties.is(p);
    }

    /** Some children list, start_child call or start site refers to it. */
    public boolean referenced() {
        return !supervisedBy().isEmpty() || !dynamicStarts().isEmpty() || !startSites().isEmpty();
    }
}
