package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.NameRef;
import java.util.Set;

/**
 * Runtime-built atom names that the start-site readers do not see (RULEBOOK OTP008): a {@code name:} option
 * given to any start function ({@code MyApp.Worker.start_link(name: :"worker_#{id}")} that forwards it,
 * {@code WebSockex.start_link(url, M, s, name: ..)}, {@code GenStateMachine.start_link}), a library start whose
 * name is positional ({@code :brod.start_client(hosts, client_id, config)}), and the lookups that rebuild such
 * an atom on every call ({@code GenServer.call(:"room_#{id}", msg)}, {@code Process.whereis(String.to_atom(..))}).
 * Only runtime atoms are recorded here; other names are read where processes are started.
 */
final class NameOptions {
    /** Calls whose first argument is a registered name being looked up or messaged. */
    private static final Set<String> LOOKUPS = Set.of("GenServer.call", "GenServer.cast", "GenServer.whereis",
            "GenStateMachine.call", "GenStateMachine.cast", ":gen_statem.call", ":gen_statem.cast",
            ":gen_server.call", ":gen_server.cast", "Agent.get", "Agent.update", "Agent.cast", "Agent.get_and_update",
            "Process.whereis", "Process.send", "Process.send_after", ".send", ":erlang.whereis", "WebSockex.cast",
            "WebSockex.send_frame", ":sys.get_state");

    /** Their function names: most calls are none of them, and need no {@code Module.fun} string built. */
    private static final Set<String> LOOKUP_FUNS = Set.copyOf(LOOKUPS.stream()
            .map(l -> l.substring(l.lastIndexOf('.') + 1)).toList());

    private NameOptions() {
    }

    static void detect(CallInfo c, FnCtx ctx) {
        boolean brod = "start_client".equals(c.fun()) && ":brod".equals(c.module());
        String call = brod || LOOKUP_FUNS.contains(c.fun()) ? (c.module() == null ? "" : c.module()) + "." + c.fun() : "";
        if (c.fun().startsWith("start") && StartSites.kind(c) == null) {
            for (Quoted arg : c.args()) {
                Quoted name = Q.kw(ctx.resolve(arg), "name");
                if (name != null) {
                    add(NameReader.read(name, ctx, "name: option of " + label(c), c.location()), ctx);
                }
            }
        }
        if (call.equals(":brod.start_client") && c.arity() >= 2) {
            add(NameReader.read(c.arg(1), ctx, label(c) + " (the client id is its registered name)", c.location()),
                    ctx);
        }
        if (LOOKUPS.contains(call) && c.arity() >= 1) {
            NameRef n = NameReader.read(c.arg(0), ctx, NameRef.LOOKUP + label(c), c.location());
            if (n != null && n.kind() == NameRef.Kind.DYNAMIC_ATOM) {
                ctx.x.names.add(n);
            }
        }
    }

    private static void add(NameRef n, FnCtx ctx) {
        if (n != null && n.runtimeAtom()) {
            ctx.x.names.add(n);
        }
    }

    private static String label(CallInfo c) {
        return (c.module() == null || c.module().equals("?") ? "" : c.module() + ".") + c.fun() + "/" + c.arity();
    }
}
