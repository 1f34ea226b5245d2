package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.LibraryUse;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.MacroUse;
import io.github.otpadvisor.facts.UseLine;
import io.github.otpadvisor.facts.WebRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A module while its file is being read: its definitions with the alias scope of each. Mutable, internal. */
final class ModuleUnit {
    /** One clause of a {@code def}/{@code defp}. */
    record Def(String name, int arity, boolean isPublic, List<Quoted> params, Quoted guard, Quoted body, Aliases env,
               Location location, int clauseIndex) {
        String key() {
            return name + "/" + arity;
        }
    }

    /** Module-level code (not in a def): walked for facts with no enclosing function. */
    record Stmt(Quoted code, Aliases env) {
    }

    final String name;
    final Location location;
    final Aliases env;
    final List<Def> defs = new ArrayList<>();
    final Map<String, List<Def>> byKey = new LinkedHashMap<>();
    /** The keys ({@code name/arity}) of each function name: a call's arity-free lookup without a scan. */
    private final Map<String, List<String>> keysByName = new HashMap<>();
    final List<Stmt> moduleLevel = new ArrayList<>();
    final List<String> uses = new ArrayList<>();
    final Map<String, String> useOptions = new LinkedHashMap<>();
    final List<String> behaviours = new ArrayList<>();
    final Map<String, Quoted> attributes = new HashMap<>();
    /** The return type of each {@code @spec}, as written, by {@code name/arity}. */
    final Map<String, String> specs = new HashMap<>();
    /** Per {@code name/arity}, the parameter types of its first @spec as written ({@code DateTime.t()}). */
    final Map<String, List<String>> specArgs = new HashMap<>();
    /** Its own zero-argument types ({@code @type fetch_result :: {:ok, token} | {:error, term}}), as written. */
    final Map<String, String> types = new HashMap<>();
    /** {@code name/arity} of each {@code defdelegate} to another module ({@code to: @backend}). */
    final List<String> delegates = new ArrayList<>();
    /** Each {@code defdelegate} whose target module is written as an alias: the call it makes ({@link Delegate}). */
    final List<Delegate> delegateCalls = new ArrayList<>();

    /** {@code defdelegate name(args), to: Module, as: other}: {@code name/arity} calls {@code Module.other/arity}. */
    record Delegate(String name, int arity, String toModule, String function, io.github.otpadvisor.facts.Location location) {
    }
    /** Field names of its {@code defstruct}, in order; empty without one. */
    final List<String> structFields = new ArrayList<>();
    /** Clauses defined in a module-level branch production never compiles ({@code if Mix.env() == :dev do def ..}). */
    final Set<Def> devOnly = Collections.newSetFromMap(new IdentityHashMap<>());
    Abstraction abstraction = Abstraction.NONE;
    Evidence abstractionEvidence;
    boolean application;
    WebRole webRole = WebRole.NONE;
    final List<UseLine> useLines = new ArrayList<>();
    /** Uses in the quotes of {@code __using__}, then (when it dispatches) in the quotes of zero-arity functions. */
    final List<MacroUse> macroUses = new ArrayList<>();
    final List<MacroUse> branchUses = new ArrayList<>();
    /** {@code __using__(which)} calls {@code apply(__MODULE__, which, ...)}. */
    boolean dispatchingUsing;
    /** The bodies of the quotes of {@code __using__}, read as a template module when they define callbacks. */
    final List<Stmt> usingQuotes = new ArrayList<>();
    /** This unit is the code a {@code __using__} quote injects: its calls to undefined functions reach the user's. */
    boolean template;
    LibraryUse library;
    /** The text of its {@code @moduledoc} and where it is, when it is a string. */
    String moduledoc;
    Location moduledocAt;
    /** {@code defoverridable}/{@code @before_compile} here, or callbacks and those in its using quotes (OTP012). */
    boolean openClauses;
    /** Default arguments ({@code \\\\}) of each function, by the key of its longest arity. */
    final Map<String, Integer> defaults = new HashMap<>();
    /**
     * Its module-level {@code alias}, {@code require}, {@code import}, {@code use} and attribute statements, in order
     * (docs, specs, types and function annotations left out): a sketch that rewrites the module keeps them.
     */
    final List<Quoted> header = new ArrayList<>();
    /** A public function's bodiless head declaring its defaults, printed, by its key: kept code keeps it. */
    final Map<String, String> defaultsHeads = new HashMap<>();

    ModuleUnit(String name, Location location, Aliases env) {
        this.name = name;
        this.location = location;
        this.env = env;
    }

    void addDef(Def d) {
        defs.add(d);
        byKey.computeIfAbsent(d.key(), k -> {
            keysByName.computeIfAbsent(d.name(), n -> new ArrayList<>(1)).add(k);
            return new ArrayList<>();
        }).add(d);
    }

    /** Whether any function of the module has this name (whatever its arity). */
    boolean definesName(String name) {
        return keysByName.containsKey(name);
    }

    List<Def> clauses(String name, int arity) {
        return byKey.getOrDefault(name + "/" + arity, List.of());
    }

    /**
     * The clauses a local call with {@code arity} arguments runs: that arity's, else those of the function whose
     * default arguments fill the call ({@code get(path)} runs {@code defp get(path, params \\ [], opts \\ [])},
     * cryptozaur's drivers, whose HTTP requests had been missed); empty when there is none.
     */
    List<Def> called(String name, int arity) {
        List<Def> exact = clauses(name, arity);
        if (!exact.isEmpty()) {
            return exact;
        }
        for (String k : keysByName.getOrDefault(name, List.of())) {
            // The defaults the collector counted: also those a bodiless head declares for clauses written without them.
            List<Def> defs = byKey.get(k);
            int full = defs.get(0).arity();
            if (full > arity && full - this.defaults.getOrDefault(k, 0) <= arity) {
                return defs;
            }
        }
        return List.of();
    }

    /** The clauses of a local function called with {@code arity} arguments, or of the only function with that name. */
    List<Def> lookup(String name, int arity) {
        List<Def> exact = clauses(name, arity);
        if (!exact.isEmpty()) {
            return exact;
        }
        // Only when the name has one arity: with several, which one a call reaches is not known.
        List<String> keys = keysByName.getOrDefault(name, List.of());
        return keys.size() == 1 ? byKey.get(keys.get(0)) : List.of();
    }
}
