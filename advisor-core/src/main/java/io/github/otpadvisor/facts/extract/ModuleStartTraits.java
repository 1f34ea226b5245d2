package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.WebRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one module shows once for its start sites: its start functions, whether it collects task replies itself,
 * whether it runs as a process, and whether it is short-lived (a Mix or release task). Made for a module with a
 * start site only: the start functions and a short life take walks of all its code, which most modules never need.
 */
record ModuleStartTraits(Set<String> startFunctions, boolean ownerAwaits, boolean process, boolean shortLived) {
    private static final Set<String> LIBRARY_PROCESSES = Set.of("GenStage", "Broadway", "Phoenix.Tracker",
            "WebSockex", "GenStateMachine", "Phoenix.LiveView", "Phoenix.LiveComponent", "Phoenix.Channel",
            "ThousandIsland.Handler", "Phoenix.Socket", "Phoenix.LiveDashboard.PageBuilder");

    static ModuleStartTraits of(ModuleUnit unit) {
        return new ModuleStartTraits(startFunctions(unit), ownerAwaits(unit), isProcess(unit), shortLived(unit));
    }

    /** start_link, the functions a child spec's {@code start: {__MODULE__, :f, args}} names, and private helpers they call. */
    private static Set<String> startFunctions(ModuleUnit unit) {
        Set<String> out = new HashSet<>();
        out.add("start_link");
        List<Quoted> code = new ArrayList<>();
        unit.defs.forEach(d -> code.add(d.body()));
        unit.moduleLevel.forEach(s -> code.add(s.code()));
        unit.attributes.values().forEach(code::add);
        for (Quoted body : code) {
            Q.walk(body, q -> {
                List<Quoted> t = Q.tuple(q);
                if (t != null && t.size() == 2 && "start".equals(Q.atom(t.get(0)))) {
                    List<Quoted> mfa = Q.tuple(t.get(1));
                    if (mfa != null && mfa.size() == 3 && Q.atom(mfa.get(1)) != null
                            && ("__MODULE__".equals(Q.varName(mfa.get(0)))
                            || unit.name.equals(unit.env.resolve(mfa.get(0))))) {
                        out.add(Q.atom(mfa.get(1)));
                    }
                }
                return !Q.isLocal(q, "quote");
            });
        }
        List<String> todo = new ArrayList<>(out);
        while (!todo.isEmpty()) {
            String name = todo.remove(todo.size() - 1);
            for (ModuleUnit.Def d : unit.defs) {
                if (!d.name().equals(name) || d.body() == null) {
                    continue;
                }
                Q.walk(d.body(), q -> {
                    if (q instanceof Call call && !call.isVariable() && call.target() instanceof Atom a) {
                        List<ModuleUnit.Def> callee = unit.clauses(a.name(), call.args().size());
                        if (!callee.isEmpty() && !callee.get(0).isPublic() && out.add(a.name())) {
                            todo.add(a.name());
                        }
                    }
                    return !Q.isLocal(q, "quote");
                });
            }
        }
        return out;
    }

    /**
     * The module collects {@code Task.async} replies itself: a {@code handle_info({ref, result}, ...)} (or a
     * gen_statem {@code handle_event(:info, {ref, result}, ...)}) that demonitors the ref, guards it with
     * {@code is_reference/1}, matches it against the task kept in its state, or uses it in the body
     * ({@code MapSet.delete(state.tasks, ref)}) while a {@code :DOWN} clause of its own handles crashes; or, with such
     * a {@code :DOWN} clause, matches a tagged result under an ignored ref ({@code {_ref, {:ok, data}}}).
     */
    static boolean ownerAwaits(ModuleUnit unit) {
        boolean handlesDown = unit.defs.stream().anyMatch(d -> d.key().equals("handle_info/2")
                && Q.tuple(message(d.params().get(0))) != null && !Q.tuple(message(d.params().get(0))).isEmpty()
                && "DOWN".equals(Q.atom(Q.tuple(message(d.params().get(0))).get(0))));
        for (ModuleUnit.Def d : unit.defs) {
            int msg = d.key().equals("handle_info/2") ? 0
                    : d.key().equals("handle_event/4") && "info".equals(Q.atom(d.params().get(0))) ? 1 : -1;
            if (msg < 0) {
                continue;
            }
            List<Quoted> t = Q.tuple(message(d.params().get(msg)));
            String ref = t != null && t.size() == 2 ? Q.varName(t.get(0)) : null;
            if (ref == null) {
                continue;
            }
            if (ref.startsWith("_")) {
                // {_ref, {:ok, data}} beside a :DOWN clause: a LiveView taking its (components') task results
                if (handlesDown && !Q.isUsableVar(t.get(1)) && Q.tuple(t.get(1)) != null) {
                    return true;
                }
                continue;
            }
            boolean elsewhere = false;
            for (int i = 0; i < d.params().size(); i++) {
                elsewhere |= i != msg && Q.usesVar(d.params().get(i), ref);
            }
            boolean demonitors = d.body() != null && Q.any(d.body(), q -> q instanceof Call call && !call.isVariable()
                    && "demonitor".equals(Q.remoteFun(call)) && !Q.args(q).isEmpty()
                    && ref.equals(Q.varName(Q.args(q).get(0))));
            boolean guarded = d.guard() != null && Q.any(d.guard(), q -> Q.isLocal(q, "is_reference"));
            // MapSet.delete(state.tasks, ref) with a :DOWN clause of its own: it tracks its tasks by ref
            boolean tracked = handlesDown && d.body() != null && Q.usesVar(d.body(), ref);
            if (elsewhere || demonitors || guarded || tracked) {
                return true;
            }
        }
        return false;
    }

    /**
     * A message pattern without the name bound to it: {@code {:DOWN, _ref, :process, _pid, :normal} = _process}
     * (elixir-omg's BlockGetter) is the tuple on either side of the match.
     */
    private static Quoted message(Quoted param) {
        if (Q.isLocal(param, "=") && Q.args(param).size() == 2) {
            Quoted left = Q.args(param).get(0);
            return Q.tuple(left) != null ? left : Q.args(param).get(1);
        }
        return param;
    }

    private static boolean isProcess(ModuleUnit unit) {
        return unit.abstraction.isProcess()
                || Set.of(WebRole.LIVE_VIEW, WebRole.LIVE_COMPONENT, WebRole.CHANNEL).contains(unit.webRole)
                || unit.uses.stream().anyMatch(LIBRARY_PROCESSES::contains)
                || unit.behaviours.stream().anyMatch(b -> Set.of(":gen_statem", ":gen_server", "GenServer",
                ":gen_event", ":ranch_protocol").contains(b));
    }

    /**
     * A Mix task or a module of Mix itself (it runs inside the mix command, never in a release), or a release
     * task run by {@code bin/app eval} while the application's tree is not started
     * (a {@code Release}/{@code ReleaseTasks} module, or one that runs {@code Ecto.Migrator}).
     */
    private static boolean shortLived(ModuleUnit unit) {
        if (unit.name.startsWith("Mix.") || unit.uses.contains("Mix.Task")
                || unit.name.endsWith(".Release") || unit.name.endsWith(".ReleaseTasks")) {
            return true;
        }
        for (ModuleUnit.Def d : unit.defs) {
            if (d.body() != null && Q.any(d.body(), q -> q instanceof Call call && !call.isVariable()
                    && Q.receiver(call) != null && "Ecto.Migrator".equals(d.env().resolve(Q.receiver(call))))) {
                return true;
            }
        }
        return false;
    }

}
