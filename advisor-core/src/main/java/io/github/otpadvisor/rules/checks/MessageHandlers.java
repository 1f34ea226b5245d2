package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.MessageShape;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.UseLine;
import io.github.otpadvisor.facts.WebRole;
import io.github.otpadvisor.project.ProjectFacts;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The message callbacks of one plain GenServer module as OTP012 reads them: whether the file shows every clause,
 * which clause a message reaches, and which functions run in the process itself.
 */
final class MessageHandlers {
    /** Libraries whose {@code use} adds no message callback clauses (types, decorators, HTTP clients, timing). */
    private static final Set<String> PLAIN_USES = Set.of("GenServer", "TypedStruct", "Timex", "Retry", "Tesla",
            "Bunch", "Bunch.Access", "Decorator.Define", "Spandex.Decorators", "OpenTelemetryDecorator", "Bitwise",
            "Ecto.Schema", "Hammer");
    /** Behaviours a module may declare beside GenServer without changing what its callbacks mean. */
    private static final Set<String> GENSERVER = Set.of("GenServer", ":gen_server");
    private static final Set<String> IN_PROCESS = Set.of("init/1", "handle_call/3", "handle_cast/2", "handle_info/2",
            "handle_continue/2", "terminate/2", "code_change/3");

    private final ModuleFacts module;
    private final boolean complete;

    private MessageHandlers(ModuleFacts module, boolean complete) {
        this.module = module;
        this.complete = complete;
    }

    /**
     * The module as a plain GenServer: {@code use GenServer} or {@code @behaviour GenServer}, not a library process
     * (LiveView, Channel, GenStage handle messages their own way) nor a web module; empty otherwise.
     */
    static Optional<MessageHandlers> of(ModuleFacts m, ProjectFacts project) {
        if (m.abstraction() != Abstraction.GENSERVER || m.library() != null || m.webRole() != WebRole.NONE) {
            return Optional.empty();
        }
        return Optional.of(new MessageHandlers(m, !m.openClauses() && m.useLines().stream()
                .allMatch(u -> plainUse(u, project))));
    }

    /** A {@code use} that adds no callback clauses: a known plain library, or a project macro that adds none. */
    private static boolean plainUse(UseLine u, ProjectFacts project) {
        if (PLAIN_USES.contains(u.module())) {
            return true;
        }
        ModuleFacts macro = project.module(u.module()).orElse(null);
        return macro != null && !macro.openClauses() && macro.usingTemplate() == null
                && macro.macroUses().stream().allMatch(x -> !x.behaviour() && PLAIN_USES.contains(x.module()));
    }

    ModuleFacts module() {
        return module;
    }

    /** Only GenServer among its behaviours: a {@code handle_info/1} cannot belong to another one. */
    boolean onlyGenServer() {
        // handle_event/2 makes it a gen_event handler too (elixir-omg's MemoryMonitor adds itself to :alarm_handler):
        // its handle_call/2 and init/1 are that behaviour's callbacks
        return GENSERVER.containsAll(module.behaviours()) && module.function("handle_event", 2).isEmpty();
    }

    /**
     * Every clause of {@code callback/arity} is in the file: no macro, {@code defoverridable} or
     * {@code @before_compile} may add one, and each clause was read.
     */
    boolean known(String callback, int arity) {
        if (!complete) {
            return false;
        }
        Optional<FunctionInfo> f = module.function(callback, arity);
        return f.isEmpty() || f.get().clauses() == clauses(callback).size();
    }

    boolean defines(String callback, int arity) {
        return module.defines(callback, arity);
    }

    List<ClauseSummary> clauses(String callback) {
        return module.clauses(callback);
    }

    /** Some clause of {@code callback} may take {@code message} (a catch-all or a guarded same-shape clause does). */
    boolean handles(String callback, MessageShape message) {
        return clauses(callback).stream().anyMatch(c -> c.messageShape().mayMatch(message));
    }

    /** {@code handle_info(:tick, ...) line 20, handle_info({:DOWN, ...}) line 25}. */
    String listClauses(String callback) {
        return clauses(callback).stream()
                .map(c -> "`" + CallSiteText.shorten(c.head(), 60) + "` line " + c.location().line())
                .collect(Collectors.joining(", "));
    }

    /**
     * The functions that run in the process itself: its callbacks and the functions they call, minus everything a
     * public API function reaches (that code runs in the caller).
     */
    Set<String> ownFunctions() {
        List<String> roots = module.functions().stream().filter(f -> f.isPublic() && IN_PROCESS.contains(f.key()))
                .map(FunctionInfo::key).toList();
        List<String> api = module.functions().stream().filter(f -> f.isPublic() && !IN_PROCESS.contains(f.key()))
                .map(FunctionInfo::key).toList();
        Set<String> own = module.reachedFrom(roots);
        own.removeAll(module.reachedFrom(api));
        return own;
    }
}
