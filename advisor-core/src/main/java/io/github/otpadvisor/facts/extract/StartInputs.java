package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.StartInput;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link StartInput}s of {@code init/1}: the calls in its clauses and in the local helpers they call (bounded)
 * whose value differs from one start to the next, or comes from the configuration. A restart reads them again,
 * so "the state is rebuilt the same" would be false for such a module.
 */
final class StartInputs {
    private static final int MAX_FUNCTIONS = 24;
    private static final int MAX_INPUTS = 8;
    /** Functions per module whose result differs on every call (ids, time, randomness). */
    private static final Map<String, Set<String>> FRESH = Map.ofEntries(
            Map.entry("System", Set.of("unique_integer", "system_time", "monotonic_time", "os_time")),
            Map.entry(":erlang", Set.of("unique_integer", "monotonic_time", "system_time", "now", "make_ref")),
            Map.entry(":os", Set.of("timestamp", "system_time")),
            Map.entry("DateTime", Set.of("utc_now", "now")),
            Map.entry("NaiveDateTime", Set.of("utc_now", "local_now")),
            Map.entry("Date", Set.of("utc_today")),
            Map.entry("Time", Set.of("utc_now")),
            Map.entry("Enum", Set.of("random", "shuffle", "take_random")),
            Map.entry("Ecto.UUID", Set.of("generate", "bingenerate")),
            Map.entry("UUID", Set.of("uuid1", "uuid4", "uuid6", "uuid7")),
            Map.entry("Uniq.UUID", Set.of("uuid1", "uuid4", "uuid6", "uuid7")),
            Map.entry("ULID", Set.of("generate", "generate_binary")),
            Map.entry("Nanoid", Set.of("generate")),
            Map.entry(":crypto", Set.of("strong_rand_bytes")));
    private static final Map<String, Set<String>> CONFIG = Map.of(
            "Application", Set.of("get_env", "fetch_env", "fetch_env!", "get_all_env", "compile_env"),
            "System", Set.of("get_env", "fetch_env", "fetch_env!"));
    /** Conversions that turn a pid into data kept in the state ({@code self() |> :erlang.term_to_binary()}). */
    private static final Set<String> PID_AS_DATA = Set.of("term_to_binary", "pid_to_list", "inspect", "to_string");

    private final FnCtx ctx;
    private final List<StartInput> out = new ArrayList<>();
    private final Set<String> seenText = new HashSet<>();

    private StartInputs(FnCtx ctx) {
        this.ctx = ctx;
    }

    static List<StartInput> of(Extraction x, ModuleUnit unit, List<ModuleUnit.Def> clauses) {
        if (clauses.isEmpty()) {
            return List.of();
        }
        StartInputs s = new StartInputs(new FnCtx(x, unit, clauses.get(0), null));
        Deque<ModuleUnit.Def> todo = new ArrayDeque<>(clauses);
        Set<String> visited = new HashSet<>();
        int functions = 0;
        while (!todo.isEmpty() && functions < MAX_FUNCTIONS && s.out.size() < MAX_INPUTS) {
            ModuleUnit.Def d = todo.pop();
            if (d.body() == null || !visited.add(d.key() + "@" + d.location())) {
                continue;
            }
            functions++;
            s.scan(d.body(), d.env() == null ? s.ctx.env() : d.env(), unit, todo);
        }
        return s.out;
    }

    private void scan(Quoted body, Aliases env, ModuleUnit unit, Deque<ModuleUnit.Def> todo) {
        Q.walk(body, q -> {
            if (Q.isLocal(q, "fn") || Q.isLocal(q, "quote")) {
                return false; // a closure runs later, or elsewhere
            }
            if (!(q instanceof Call c) || c.isVariable() || c.args() == null) {
                return true;
            }
            if (Q.isLocal(q, "|>") && c.args().size() == 2 && isSelf(c.args().get(0))) {
                add(StartInput.Kind.FRESH, q);
                return true;
            }
            CallInfo call = CallInfo.of(c, null, env, ctx.x.file);
            if (call == null) {
                return true;
            }
            if ("Logger".equals(call.module())) {
                return false; // what is only logged (Logger.metadata(sha: ...)) is not part of the state
            }
            if (call.module() == null) {
                if (call.fun().equals("make_ref") && call.arity() == 0) {
                    add(StartInput.Kind.FRESH, q);
                } else if (PID_AS_DATA.contains(call.fun()) && isSelf(call.arg(0))) {
                    add(StartInput.Kind.FRESH, q);
                } else if (c.target() instanceof Atom a && unit != null) {
                    todo.addAll(unit.lookup(a.name(), call.arity()));
                }
                return true;
            }
            if (PID_AS_DATA.contains(call.fun()) && isSelf(call.arg(0))) {
                add(StartInput.Kind.FRESH, q);
            } else if (FRESH.getOrDefault(call.module(), Set.of()).contains(call.fun())
                    || call.module().equals(":rand")) {
                add(StartInput.Kind.FRESH, q);
            } else if (CONFIG.getOrDefault(call.module(), Set.of()).contains(call.fun())
                    || !call.module().startsWith(":") && !call.module().equals("?")
                    && (call.fun().equals("config") || call.fun().equals("get_config"))) {
                add(StartInput.Kind.CONFIG, q); // a project's own config reader (Algora.config([:key])) too
            }
            return true;
        });
    }

    private static boolean isSelf(Quoted q) {
        return Q.isLocal(q, "self") && Q.args(q).isEmpty();
    }

    private void add(StartInput.Kind kind, Quoted q) {
        String text = SourceText.of(q);
        if (out.size() < MAX_INPUTS && seenText.add(text)) {
            out.add(new StartInput(kind, Q.loc(ctx.x.file, q, null), text));
        }
    }
}
