package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.facts.ApiFunction;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.Target;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a process module's {@link ApiFunction}s: the public functions that touch shared memory directly or message
 * the module's process, each with its code as written. What a function does includes the functions of the module it
 * calls ({@code def get(key), do: lookup(key)}): they run in the caller too.
 */
final class ApiFunctions {
    /** Longer functions are named, not carried as text: a sketch quotes a few lines, and facts stay small. */
    static final int MAX_CODE = 1500;
    private static final Set<String> MEMORY = Set.of("ets", "atomics", "counters", "persistent_term");
    private static final Map<String, Set<String>> READS = Map.of(
            "ets", Set.of("lookup", "lookup_element", "member", "select", "select_count", "select_reverse", "match",
                    "match_object", "tab2list", "first", "next", "last", "prev", "info", "foldl", "foldr", "slot",
                    "whereis"),
            "atomics", Set.of("get", "info"),
            "counters", Set.of("get", "info"),
            "persistent_term", Set.of("get"));
    private static final Map<String, Set<String>> WRITES = Map.of(
            "ets", Set.of("insert", "insert_new", "delete", "delete_object", "delete_all_objects", "update_counter",
                    "update_element", "select_delete", "select_replace", "take", "match_delete"),
            "atomics", Set.of("put", "add", "add_get", "sub", "sub_get", "exchange", "compare_exchange"),
            "counters", Set.of("add", "sub", "put"),
            "persistent_term", Set.of("put", "erase"));

    private ApiFunctions() {
    }

    /** The body asks whether the table exists before it reads ({@code :ets.whereis(@table) != :undefined}). */
    private static boolean checksTable(ModuleUnit.Def d) {
        return d.body() != null && Q.any(d.body(), q -> q instanceof io.github.otpadvisor.elixir.ast.Call c
                && !c.isVariable() && Q.receiver(c) instanceof io.github.otpadvisor.elixir.ast.Atom a
                && a.name().equals("ets") && ("whereis".equals(Q.remoteFun(c)) || "info".equals(Q.remoteFun(c))));
    }

    /** {@code sends}: the sends written in the module. */
    static List<ApiFunction> of(Extraction x, ModuleUnit unit, List<MessageSend> sends) {
        Set<String> messaging = new java.util.HashSet<>();
        for (MessageSend s : sends) {
            if (s.function() != null && mayReachOwnProcess(s.target(), unit.name)) {
                messaging.add(s.function());
            }
        }
        List<ApiFunction> out = new ArrayList<>();
        for (Map.Entry<String, List<ModuleUnit.Def>> e : unit.byKey.entrySet()) {
            ModuleUnit.Def first = e.getValue().get(0);
            if (!first.isPublic() || ModuleFacts.CALLBACKS.contains(e.getKey()) || first.name().equals("start_link")
                    || e.getValue().stream().allMatch(d -> d.body() == null)
                    || e.getValue().stream().anyMatch(unit.devOnly::contains)) {
                continue;
            }
            boolean reads = false;
            boolean writes = false;
            boolean messages = false;
            // its reads do not raise when the table is gone: a rescue around the read, in it or in the private helper
            // that reads (gamend's AdminLogBuffer: entries/0 rescues ArgumentError), or a check that the table exists
            boolean guarded = false;
            for (String key : reached(unit, e.getKey())) {
                messages |= messaging.contains(key);
                for (ModuleUnit.Def d : unit.byKey.getOrDefault(key, List.of())) {
                    int use = memoryUse(d);
                    reads |= (use & 1) != 0;
                    writes |= (use & 2) != 0;
                    guarded |= (use & 1) != 0 && (d.location() != null
                            && x.slices.rescues(d.location().line(), d.location().column()) || checksTable(d));
                }
            }
            // a DynamicSupervisor's own start_child/find functions: kept with their code for a test to call; and a
            // function besides start_link that starts the module's own process (marty's FakeWifiSetup.setup_wifi/1):
            // a sketch without the process must change it
            boolean starts = reached(unit, e.getKey()).stream().flatMap(k -> unit.byKey.getOrDefault(k, List.of())
                    .stream()).anyMatch(d -> startsOwn(d, "DynamicSupervisor", Set.of("start_child"), unit.name))
                    || e.getValue().stream().anyMatch(d -> startsOwn(d, "GenServer", Set.of("start_link", "start"), null));
            if (reads || writes || messages || starts) {
                boolean rescues = guarded || e.getValue().stream().anyMatch(d -> d.location() != null
                        && x.slices.rescues(d.location().line(), d.location().column()));
                out.add(new ApiFunction(first.name(), first.arity(), reads, writes, messages,
                        written(x, unit, e.getValue()), rescues, returns(unit, unit.specs.get(e.getKey())),
                        unit.specArgs.get(e.getKey())));
            }
        }
        return out;
    }

    /**
     * A @spec's return type with the module's own type it names written out ({@code fetch_result} ->
     * {@code {:ok, token} | {:error, term}}, rube's TokenBuilder), one level; as written otherwise.
     */
    private static String returns(ModuleUnit unit, String spec) {
        if (spec == null) {
            return null;
        }
        String name = spec.strip().replaceFirst("\\(\\)$", "");
        String type = name.matches("[a-z_][A-Za-z0-9_]*") ? unit.types.get(name) : null;
        return type != null ? type : spec;
    }

    /**
     * The body calls {@code receiver.fun(__MODULE__, ..)} for one of {@code funs} (or names {@code module} first):
     * {@code DynamicSupervisor.start_child(__MODULE__, ..)} adds a child under it, {@code GenServer.start_link(__MODULE__,
     * ..)} starts its own process.
     */
    private static boolean startsOwn(ModuleUnit.Def d, String receiver, Set<String> funs, String module) {
        return d.body() != null && Q.any(d.body(), q -> q instanceof io.github.otpadvisor.elixir.ast.Call c
                && Q.remoteFun(c) != null && funs.contains(Q.remoteFun(c)) // Set.of rejects null
                && receiver.equals(Q.written(Q.receiver(c))) && !Q.args(c).isEmpty()
                && ("__MODULE__".equals(Q.varName(Q.args(c).get(0)))
                || module != null && module.equals(Q.written(Q.args(c).get(0)))));
    }

    /** A send that may reach the module's own process: not to another module's name, not to {@code self()}. */
    private static boolean mayReachOwnProcess(Target t, String module) {
        return t.kind() != Target.Kind.SELF && (t.kind() != Target.Kind.MODULE || module.equals(t.module()));
    }

    /**
     * The function and the functions of the module it calls, as {@code name/arity}: they run in the caller too
     * ({@code def add(term), do: add(term, 1)} writes what add/2 writes). Callbacks are not followed: a public
     * function calling one is not how a process is used.
     */
    private static Set<String> reached(ModuleUnit unit, String key) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(key);
        Deque<String> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            List<ModuleUnit.Def> defs = unit.byKey.getOrDefault(todo.poll(), List.of());
            for (String callee : LocalCalls.of(unit, defs)) {
                if (unit.byKey.containsKey(callee) && !ModuleFacts.CALLBACKS.contains(callee) && seen.add(callee)) {
                    todo.add(callee);
                }
            }
        }
        return seen;
    }

    /** Bit 1: it reads shared memory; bit 2: it writes it. Code in {@code quote} does not run here. */
    private static int memoryUse(ModuleUnit.Def d) {
        int[] use = {0};
        Q.walk(d.body(), q -> {
            if (Q.isLocal(q, "quote")) {
                return false;
            }
            if (q instanceof Call c && Q.receiver(c) instanceof Atom m && MEMORY.contains(m.name())) {
                String fun = Q.remoteFun(c);
                use[0] |= READS.get(m.name()).contains(fun) ? 1 : WRITES.get(m.name()).contains(fun) ? 2 : 0;
            }
            return true;
        });
        return use[0];
    }

    /** Every clause as written, or none when one does not read back exactly or they are too long together. */
    private static List<ApiFunction.Clause> written(Extraction x, ModuleUnit unit, List<ModuleUnit.Def> defs) {
        List<ApiFunction.Clause> out = new ArrayList<>();
        String defaults = unit.defaultsHeads.get(defs.get(0).key());
        if (defaults != null) {
            out.add(new ApiFunction.Clause(defaults, null));
        }
        int size = 0;
        for (ModuleUnit.Def d : defs) {
            if (d.body() == null) {
                return List.of(); // a defdelegate: no code of its own
            }
            Location at = d.location();
            String head = at == null ? null : x.slices.head(at.line(), at.column());
            String body = at == null ? null : x.slices.body(at.line(), at.column(), d.body());
            if (head != null && !head.startsWith("def ") && head.startsWith(d.name())) {
                head = "def " + head; // the location may be the name's, after its def
            }
            if (head == null || body == null || !head.startsWith("def ")) {
                return List.of();
            }
            size += head.length() + body.length();
            if (size > MAX_CODE) {
                return List.of();
            }
            out.add(new ApiFunction.Clause(head, body));
        }
        return out;
    }
}
