package io.github.otpadvisor.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code defmodule}, summarized.
 *
 * @param name         the full module name ({@code MyApp.Worker})
 * @param abstraction  the OTP abstraction it uses today ({@link Abstraction#NONE} for plain modules)
 * @param abstractionEvidence the {@code use}/{@code @behaviour} line that set it, or null
 * @param uses         resolved names of every {@code use}d module ({@code GenServer}, {@code Phoenix.Controller})
 * @param useOptions   the options of the process {@code use} (key to printed value: {@code restart -> :temporary})
 * @param behaviours   declared behaviours as written after resolution ({@code GenServer}, {@code :gen_server})
 * @param application  {@code use Application} or {@code @behaviour Application}
 * @param webRole      its role in request handling (controller, channel, LiveView, Plug)
 * @param functions    every function ({@code def}, {@code defp}, {@code defdelegate}), in order
 * @param clauses      a summary of every clause of the callbacks handle_call/cast/info/continue, terminate
 * @param init         what {@code init/1} does, or null without one
 * @param signals      timers, monitors, resources, side effects anywhere in the module
 * @param callsTo      remote functions the module calls ({@code Mod.fun/arity}), to find its dependencies
 * @param useLines     every {@code use} line with its option atom, to resolve project {@code __using__} macros
 * @param macroUses    what the quotes of its own {@code __using__} macro {@code use} or declare
 * @param library      the library process it is ({@code use GenStage}, a LiveView...), or null
 * @param usingTemplate for a module whose {@code __using__} quote defines callbacks: that quote read as a module
 *                     (its functions, callback summaries, init and signals), merged into each user; or null
 * @param collectsTaskReplies it collects {@code Task.async} replies in {@code handle_info({ref, result}, ...)}
 *                     (a process whose tasks, and whose LiveComponents' tasks, are awaited there)
 * @param openClauses  code the file does not show may add clauses to its functions: it has {@code defoverridable}
 *                     or {@code @before_compile}, or (a macro module) its {@code __using__} quotes have those or
 *                     define {@code init}/{@code handle_*}/{@code terminate}/{@code code_change} (RULEBOOK OTP012)
 * @param ownChildSpec its own {@code def child_spec/1} with the restart and shutdown it sets, or null without one
 * @param startLink    its one {@code start_link} clause as written, or null: a sketch that starts the process
 *                     another way keeps what it passes and does
 * @param api          for a process module: its public functions that read or write shared memory directly or
 *                     message its process, with their code ({@link ApiFunction}); a sketch keeps them
 * @param header       for a process module: its module-level {@code alias}/{@code require}/{@code import}/{@code use}
 *                     lines and attributes as written, in order (docs, specs and types left out): a sketch that
 *                     rewrites the module keeps them
 */
public record ModuleFacts(String name, Location location, Abstraction abstraction, Evidence abstractionEvidence,
                          List<String> uses, Map<String, String> useOptions, List<String> behaviours,
                          boolean application, WebRole webRole, List<FunctionInfo> functions,
                          List<ClauseSummary> clauses, InitSummary init, List<Signal> signals,
                          Set<String> callsTo, List<UseLine> useLines, List<MacroUse> macroUses,
                          LibraryUse library, ModuleFacts usingTemplate, boolean collectsTaskReplies,
                          boolean openClauses, OwnChildSpec ownChildSpec, StartCode startLink,
                          List<ApiFunction> api, List<String> header) {
    public static final Set<String> CALLBACKS = Set.of("init/1", "handle_call/3", "handle_cast/2", "handle_info/2",
            "handle_continue/2", "terminate/2", "code_change/3", "format_status/2", "format_status/1",
            "child_spec/1", "callback_mode/0", "handle_event/4");
    /**
     * The callbacks that run inside the process itself (not in its caller, as {@code start_link} does): what is
     * linked or started there lives and dies with the process.
     */
    public static final Set<String> IN_PROCESS_CALLBACKS = Set.of("init/1", "handle_continue/2", "handle_info/2",
            "handle_call/3", "handle_cast/2");

    public ModuleFacts {
        name = Interned.of(name);
        uses = Interned.copyOf(uses);
        useOptions = Map.copyOf(useOptions);
        behaviours = Interned.copyOf(behaviours);
        functions = List.copyOf(functions);
        clauses = List.copyOf(clauses);
        signals = List.copyOf(signals);
        callsTo = Interned.copyOf(callsTo);
        useLines = List.copyOf(useLines);
        macroUses = List.copyOf(macroUses);
        api = api == null ? List.of() : List.copyOf(api);
        header = header == null ? List.of() : Interned.copyOf(header);
    }

    /** Without {@link #header}. */
    public ModuleFacts(String name, Location location, Abstraction abstraction, Evidence abstractionEvidence,
                       List<String> uses, Map<String, String> useOptions, List<String> behaviours,
                       boolean application, WebRole webRole, List<FunctionInfo> functions,
                       List<ClauseSummary> clauses, InitSummary init, List<Signal> signals,
                       Set<String> callsTo, List<UseLine> useLines, List<MacroUse> macroUses,
                       LibraryUse library, ModuleFacts usingTemplate, boolean collectsTaskReplies,
                       boolean openClauses, OwnChildSpec ownChildSpec, StartCode startLink,
                       List<ApiFunction> api) {
        this(name, location, abstraction, abstractionEvidence, uses, useOptions, behaviours, application, webRole,
                functions, clauses, init, signals, callsTo, useLines, macroUses, library, usingTemplate,
                collectsTaskReplies, openClauses, ownChildSpec, startLink, api, List.of());
    }

    /** Without {@link #api}. */
    public ModuleFacts(String name, Location location, Abstraction abstraction, Evidence abstractionEvidence,
                       List<String> uses, Map<String, String> useOptions, List<String> behaviours,
                       boolean application, WebRole webRole, List<FunctionInfo> functions,
                       List<ClauseSummary> clauses, InitSummary init, List<Signal> signals,
                       Set<String> callsTo, List<UseLine> useLines, List<MacroUse> macroUses,
                       LibraryUse library, ModuleFacts usingTemplate, boolean collectsTaskReplies,
                       boolean openClauses, OwnChildSpec ownChildSpec, StartCode startLink) {
        this(name, location, abstraction, abstractionEvidence, uses, useOptions, behaviours, application, webRole,
                functions, clauses, init, signals, callsTo, useLines, macroUses, library, usingTemplate,
                collectsTaskReplies, openClauses, ownChildSpec, startLink, List.of());
    }

    /** Without {@link #startLink}. */
    public ModuleFacts(String name, Location location, Abstraction abstraction, Evidence abstractionEvidence,
                       List<String> uses, Map<String, String> useOptions, List<String> behaviours,
                       boolean application, WebRole webRole, List<FunctionInfo> functions,
                       List<ClauseSummary> clauses, InitSummary init, List<Signal> signals,
                       Set<String> callsTo, List<UseLine> useLines, List<MacroUse> macroUses,
                       LibraryUse library, ModuleFacts usingTemplate, boolean collectsTaskReplies,
                       boolean openClauses, OwnChildSpec ownChildSpec) {
        this(name, location, abstraction, abstractionEvidence, uses, useOptions, behaviours, application, webRole,
                functions, clauses, init, signals, callsTo, useLines, macroUses, library, usingTemplate,
                collectsTaskReplies, openClauses, ownChildSpec, null);
    }

    /**
     * A function clause as written.
     *
     * @param params its parameters ({@code opts}, {@code args, gen_server_options \\\\ []})
     * @param body   its body, several lines
     * @param names  for its {@code start_link}: the names it registers the process under, as read where it is
     *               written (a {@code __using__} quote's start_link names {@code __MODULE__}: the module that uses it)
     */
    public record StartCode(String params, String body, List<NameRef> names) {
        public StartCode {
            names = names == null ? List.of() : List.copyOf(names);
        }
    }

    /** Without {@link #ownChildSpec} (none defined). */
    public ModuleFacts(String name, Location location, Abstraction abstraction, Evidence abstractionEvidence,
                       List<String> uses, Map<String, String> useOptions, List<String> behaviours,
                       boolean application, WebRole webRole, List<FunctionInfo> functions,
                       List<ClauseSummary> clauses, InitSummary init, List<Signal> signals,
                       Set<String> callsTo, List<UseLine> useLines, List<MacroUse> macroUses,
                       LibraryUse library, ModuleFacts usingTemplate, boolean collectsTaskReplies,
                       boolean openClauses) {
        this(name, location, abstraction, abstractionEvidence, uses, useOptions, behaviours, application, webRole,
                functions, clauses, init, signals, callsTo, useLines, macroUses, library, usingTemplate,
                collectsTaskReplies, openClauses, null);
    }

    /** Without use lines, macro uses or library kind (tests, tools). */
    public ModuleFacts(String name, Location location, Abstraction abstraction, Evidence abstractionEvidence,
                       List<String> uses, Map<String, String> useOptions, List<String> behaviours,
                       boolean application, WebRole webRole, List<FunctionInfo> functions,
                       List<ClauseSummary> clauses, InitSummary init, List<Signal> signals, Set<String> callsTo) {
        this(name, location, abstraction, abstractionEvidence, uses, useOptions, behaviours, application, webRole,
                functions, clauses, init, signals, callsTo, List.of(), List.of(), null, null, false, false);
    }

    /** The same module with the abstraction a project macro gives it (linking resolves {@code use MyApp.Server}). */
    public ModuleFacts withAbstraction(Abstraction kind, Evidence evidence) {
        return new ModuleFacts(name, location, kind, evidence, uses, useOptions, behaviours, application, webRole,
                functions, clauses, init, signals, callsTo, useLines, macroUses, library, usingTemplate,
                collectsTaskReplies, openClauses, ownChildSpec, startLink, api, header);
    }

    /**
     * The same module with the code a project macro's quote injects ({@code template}): its functions, callback
     * clauses, {@code init/1} and signals where the module defines none of its own, and its {@code use} options.
     */
    public ModuleFacts withTemplate(ModuleFacts template) {
        if (template == null) {
            return this;
        }
        Set<String> own = new java.util.HashSet<>();
        functions.forEach(f -> own.add(f.key()));
        List<FunctionInfo> fs = new java.util.ArrayList<>(functions);
        template.functions.stream().filter(f -> !own.contains(f.key())).forEach(fs::add);
        List<ClauseSummary> cs = new java.util.ArrayList<>(clauses);
        template.clauses.stream().filter(c -> !own.contains(c.callback() + "/" + c.arity()))
                .map(c -> c.withEffects(hookEffects(c.hooks()))).forEach(cs::add);
        List<Signal> ss = new java.util.ArrayList<>(signals);
        ss.addAll(template.signals);
        Set<String> calls = new java.util.LinkedHashSet<>(callsTo);
        calls.addAll(template.callsTo);
        return new ModuleFacts(name, location, abstraction, abstractionEvidence, uses,
                useOptions.isEmpty() ? template.useOptions : useOptions, behaviours, application, webRole, fs, cs,
                init != null ? init : template.init, ss, calls, useLines, macroUses, library, usingTemplate,
                collectsTaskReplies || template.collectsTaskReplies, openClauses,
                ownChildSpec != null ? ownChildSpec : template.ownChildSpec,
                startLink != null ? startLink : template.startLink, api.isEmpty() ? template.api : api, header);
    }

    /**
     * The signals of this module's functions that a template clause's {@code hooks} reach (each hook, the local
     * functions it calls, transitively): {@code handle_cast} in the quote calls {@code handle_post_created/4},
     * which this module defines with an HTTP post.
     */
    private List<Signal> hookEffects(List<String> hooks) {
        if (hooks.isEmpty()) {
            return List.of();
        }
        List<String> roots = new java.util.ArrayList<>();
        for (String h : hooks) {
            int slash = h.lastIndexOf('/');
            String fn = h.substring(0, slash);
            int arity = Integer.parseInt(h.substring(slash + 1));
            functions.stream().filter(f -> f.name().equals(fn) && f.acceptsArity(arity)).map(FunctionInfo::key)
                    .forEach(roots::add);
        }
        Set<String> reached = reachedFrom(roots);
        return signals.stream().filter(s -> s.function() != null && reached.contains(s.function())).toList();
    }

    /**
     * The functions ({@code name/arity}) {@code roots} reach through this module's local calls, transitively, the
     * roots included, in the order met.
     */
    public Set<String> reachedFrom(java.util.Collection<String> roots) {
        Set<String> seen = new java.util.LinkedHashSet<>(roots);
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String key = todo.poll();
            for (FunctionInfo f : functions) {
                if (f.key().equals(key)) {
                    f.localCalls().forEach(c -> {
                        if (seen.add(c)) {
                            todo.add(c);
                        }
                    });
                }
            }
        }
        return seen;
    }

    /** The same module as the library process a project macro makes it. */
    public ModuleFacts withLibrary(LibraryUse kind) {
        return new ModuleFacts(name, location, abstraction, abstractionEvidence, uses, useOptions, behaviours,
                application, webRole, functions, clauses, init, signals, callsTo, useLines, macroUses, kind,
                usingTemplate, collectsTaskReplies, openClauses, ownChildSpec, startLink, api, header);
    }

    public boolean isProcess() {
        return abstraction.isProcess();
    }

    public Optional<FunctionInfo> function(String name, int arity) {
        // Loops, not streams: linking asks this for every call of the project.
        for (FunctionInfo f : functions) {
            if (f.arity() == arity && f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The function with this {@code name/arity} key ({@link FunctionInfo#key}). */
    public Optional<FunctionInfo> function(String key) {
        int slash = key.lastIndexOf('/');
        for (FunctionInfo f : functions) {
            if (slash == f.name().length() && key.startsWith(f.name()) && f.key().equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code start} ({@code name/arity}) and the functions of this module it calls, transitively: the code that runs
     * when it does. At most 40 functions, which no real init path reaches.
     */
    public Set<String> reach(String start) {
        Set<String> seen = new java.util.LinkedHashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(start));
        while (!todo.isEmpty() && seen.size() < 40) {
            String k = todo.pop();
            if (seen.add(k)) {
                // a call that leaves defaults out (get_latest_deposit() of def get_latest_deposit(options \\ []))
                // reaches the function under its full arity
                Optional<FunctionInfo> f = function(k).or(() -> accepting(k));
                f.ifPresent(fn -> {
                    seen.add(fn.key());
                    todo.addAll(fn.localCalls());
                });
            }
        }
        return seen;
    }

    /** The function of {@code key}'s name that takes its arity with defaults left out, if any. */
    private Optional<FunctionInfo> accepting(String key) {
        int slash = key.lastIndexOf('/');
        int arity;
        try {
            arity = Integer.parseInt(key.substring(slash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String name = key.substring(0, slash);
        return functions.stream().filter(f -> f.name().equals(name) && f.acceptsArity(arity)).findFirst();
    }

    public boolean defines(String name, int arity) {
        return function(name, arity).isPresent();
    }

    /** The callbacks it defines ({@code init/1}, {@code handle_call/3}, {@code start_link/1}...). */
    public List<FunctionInfo> callbacks() {
        return functions.stream()
                .filter(f -> CALLBACKS.contains(f.key()) || f.name().equals("start_link"))
                .toList();
    }

    /** The public functions that are not callbacks: the module's API. */
    public List<FunctionInfo> publicApi() {
        return functions.stream()
                .filter(f -> f.isPublic() && !CALLBACKS.contains(f.key()) && !f.name().equals("start_link"))
                .toList();
    }

    public List<ClauseSummary> clauses(String callback) {
        return clauses.stream().filter(c -> c.callback().equals(callback)).toList();
    }

    public List<Signal> signals(Signal.Kind kind) {
        return signals.stream().filter(s -> s.kind() == kind).toList();
    }
}
