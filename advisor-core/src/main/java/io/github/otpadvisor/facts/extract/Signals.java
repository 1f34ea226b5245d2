package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.Signal;
import java.util.ArrayList;
import java.util.List;

/** Classifies calls that matter for runtime properties (timers, monitors, resources, side effects). */
final class Signals {
    private Signals() {
    }

    static void detect(CallInfo c, FnCtx ctx) {
        if (ctx.captureDepth > 0) {
            return; // a reference to the function, stored or passed on (mobile_app_backend's FinchPool): no call
        }
        Signal.Kind k = kind(c);
        if (k == null && startsLinked(c, ctx)) {
            k = Signal.Kind.LINK; // the process links what it starts: it anchors that process's lifetime
        }
        String helper = k == Signal.Kind.PROCESS_CALL ? remoteHelper(c.arg(0), ctx) : null;
        if (helper != null) {
            ctx.x.signal(ctx, Signal.Kind.REMOTE_NODE, c.location(), SourceText.of(c.node()) + " to what " + helper);
        } else if (k != null) {
            ctx.x.signal(ctx, k, c.location(), SourceText.of(c.node()));
        }
    }

    /**
     * The module's own function that builds the address a call is sent to, when one of its values is
     * {@code {name, node}} (tai's Commander: {@code options |> to_dest() |> GenServer.call(:accounts)}, with
     * {@code to_dest/1} returning {@code {__MODULE__, node}} when a node is given): in words, {@code to_dest/1
     * returns ({__MODULE__, node})}; else null.
     */
    private static String remoteHelper(Quoted target, FnCtx ctx) {
        if (ctx.unit == null || !(target instanceof Call)) {
            return null;
        }
        Quoted call = target;
        int piped = 0;
        if (Q.isLocal(target, "|>") && Q.args(target).size() == 2) {
            call = Q.args(target).get(1);
            piped = 1;
        }
        if (!(call instanceof Call f) || !(f.target() instanceof Atom name)
                || Q.isLocal(call, "|>") || Q.isLocal(call, "{}")) {
            return null;
        }
        int arity = (f.args() == null ? 0 : f.args().size()) + piped;
        for (ModuleUnit.Def d : ctx.unit.lookup(name.name(), arity)) {
            List<Quoted> values = new ArrayList<>();
            CallbackSummarizer.returns(d.body(), values, 0);
            for (Quoted v : values) {
                if (onNode(v)) {
                    return d.key() + " returns (" + SourceText.of(v) + ")";
                }
            }
        }
        return null;
    }

    /**
     * {@code Pipeline.start_link(args)} in the process's own callback ({@code init/1} starting a Broadway pipeline):
     * the new process is linked to this one. In the module's start function it runs in the caller: not counted.
     */
    private static boolean startsLinked(CallInfo c, FnCtx ctx) {
        return c.module() != null && "start_link".equals(c.fun()) && ctx.fnKey != null && ModuleFacts.IN_PROCESS_CALLBACKS.contains(ctx.fnKey)
                && ctx.unit != null && ctx.unit.abstraction.isProcess();
    }

    /** {@code {name, node}}: a process registered on another node ({@code :global}/{@code :via} tuples are not). */
    private static boolean onNode(Quoted target) {
        java.util.List<Quoted> t = Q.tuple(target);
        return t != null && t.size() == 2 && !(t.get(0) instanceof Atom a && (a.name().equals("global")
                || a.name().equals("via") || a.name().equals("local")));
    }

    /** Functions of the database drivers that send a statement and wait for its result. */
    private static final java.util.Set<String> ARANGOX_QUERIES = java.util.Set.of("get", "post", "put", "patch",
            "delete", "head", "options", "request", "transaction", "cursor", "run");
    private static final java.util.Set<String> MONGO_QUERIES = java.util.Set.of("find", "find_one", "insert_one",
            "insert_many", "update_one", "update_many", "delete_one", "delete_many", "replace_one", "aggregate",
            "count_documents", "estimated_document_count", "find_one_and_update", "find_one_and_replace",
            "find_one_and_delete", "distinct", "command", "bulk_write");
    /**
     * Ash's data actions, which run on the resource's data layer (Postgres in sensocto and wanderer): reads and writes
     * as a Repo's are. Ash.Query and Ash.Changeset only build them.
     */
    private static final java.util.Set<String> ASH_ACTIONS = java.util.Set.of("read", "read_one", "get", "load",
            "count", "exists", "exists?", "aggregate", "stream", "create", "update", "destroy", "bulk_create",
            "bulk_update", "bulk_destroy", "run_action");
    private static final java.util.Set<String> DRIVER_QUERIES = java.util.Set.of("query", "query!", "execute",
            "execute!", "prepare", "prepare!", "prepare_execute", "prepare_execute!", "transaction", "stream",
            "command", "command!", "pipeline", "pipeline!", "transaction_pipeline", "transaction_pipeline!",
            "squery", "equery", "prepared_query");

    /** {@code IO} functions that only convert data. */
    private static final java.util.Set<String> IO_DATA = java.util.Set.of("iodata_to_binary", "chardata_to_string", "iodata_length");

    static Signal.Kind kind(CallInfo c) {
        String m = c.module();
        String f = c.fun();
        if (m == null) {
            return switch (f) {
                case "receive" -> Signal.Kind.RECEIVE;
                case "send" -> c.arity() == 2 ? Signal.Kind.SEND : null;
                default -> null;
            };
        }
        switch (m) {
            case "Process":
                return switch (f) {
                    case "send_after" -> Signal.Kind.SEND_AFTER;
                    case "monitor" -> Signal.Kind.MONITOR;
                    case "link" -> Signal.Kind.LINK;
                    case "flag" -> c.arity() == 2 && c.arg(0) instanceof Atom a && a.name().equals("trap_exit")
                            && !(c.arg(1) instanceof Atom b && b.name().equals("false")) ? Signal.Kind.TRAP_EXIT : null;
                    case "sleep" -> Signal.Kind.SLEEP;
                    case "send" -> Signal.Kind.SEND;
                    default -> null;
                };
            case ":erlang":
                return switch (f) {
                    case "send_after", "start_timer" -> Signal.Kind.SEND_AFTER;
                    // the named process is sent the VM's monitor and trace events (hydra-srt's ErlSysMon): a
                    // subscription
                    case "system_monitor", "trace", "trace_pattern", "monitor_node" -> c.arity() >= 2
                            ? Signal.Kind.PUBSUB : null;
                    case "monitor" -> Signal.Kind.MONITOR;
                    case "link" -> Signal.Kind.LINK;
                    case "process_flag" -> c.arity() == 2 && c.arg(0) instanceof Atom a
                            && a.name().equals("trap_exit") ? Signal.Kind.TRAP_EXIT : null;
                    case "open_port" -> Signal.Kind.PORT;
                    case "send" -> Signal.Kind.SEND;
                    default -> null;
                };
            case ":timer":
                return switch (f) {
                    case "send_after", "send_interval", "apply_after", "apply_interval", "exit_after", "kill_after",
                            "apply_repeatedly" -> Signal.Kind.TIMER;
                    case "sleep" -> Signal.Kind.SLEEP;
                    default -> null;
                };
            case ":ets":
                return f.equals("new") ? Signal.Kind.ETS_NEW : Signal.Kind.ETS_ACCESS;
            case ":persistent_term":
                return f.equals("put") || f.equals("erase") ? Signal.Kind.PERSISTENT_TERM : null;
            case "Port":
                return f.equals("open") ? Signal.Kind.PORT : null;
            case "Circuits.GPIO", "Circuits.I2C", "Circuits.SPI", "Circuits.UART", "Nerves.UART", "ElixirALE.GPIO",
                    "ElixirALE.I2C", "ElixirALE.SPI":
                return f.equals("open") || f.equals("set_interrupts") ? Signal.Kind.HARDWARE : null;
            case ":gen_tcp", ":gen_udp", ":ssl", ":socket", ":gen_sctp":
                return Signal.Kind.SOCKET;
            case "IO":
                // iodata_to_binary/1, chardata_to_string/1, iodata_length/1 convert data: no device is written
                return f.equals("inspect") ? Signal.Kind.LOG : IO_DATA.contains(f) ? null : Signal.Kind.IO;
            case "Bunt": // the ANSI-colour wrapper around IO (Credo's shell)
                return f.equals("puts") || f.equals("warn") || f.equals("write") ? Signal.Kind.IO : null;
            case "File":
                return Signal.Kind.FILE;
            case "Logger", ":logger":
                return Signal.Kind.LOG;
            case ":gun":
                // gun's connection is a process the caller owns and hears from ({:gun_up, ..}, {:gun_ws, ..}): a
                // socket; its requests on that connection are HTTP
                return f.equals("open") || f.equals("open_unix") || f.startsWith("ws_") || f.equals("await_up")
                        ? Signal.Kind.SOCKET : Signal.Kind.HTTP;
            case "HTTPoison", "Req", "Finch", "Tesla", "Mint.HTTP", ":httpc", ":hackney", "HTTPotion":
                return Signal.Kind.HTTP;
            case "ExAws": // AWS over HTTP (SNS, SES, S3, SQS)
                return f.startsWith("request") || f.startsWith("stream") ? Signal.Kind.HTTP : null;
            case "AMQP.Connection", "AMQP.Channel", "AMQP.Basic", "AMQP.Queue", "AMQP.Exchange", "AMQP.Confirm",
                    "Tortoise", "Tortoise311", "KafkaEx", ":brod", ":gen_smtp_client", "Memcache", ":eredis":
                // message brokers, mail and cache servers: a connection to a server outside the VM
                return Signal.Kind.SOCKET;
            case ":ranch", ":cowboy", "Plug.Cowboy", "Plug.Adapters.Cowboy", "Plug.Cowboy.Drainer":
                // a TCP listener: its acceptors hold a listening socket, under ranch's own supervisor
                return f.equals("start_listener") || f.equals("start_clear") || f.equals("start_tls")
                        || f.equals("http") || f.equals("https") ? Signal.Kind.SOCKET : null;
            case "System":
                return f.equals("cmd") || f.equals("shell") ? Signal.Kind.SYSTEM_CMD : null;
            case ":os":
                return f.equals("cmd") ? Signal.Kind.SYSTEM_CMD : null;
            case "Phoenix.PubSub":
                return Signal.Kind.PUBSUB;
            case ":net_kernel":
                // {:nodeup, node} and {:nodedown, node} are sent to the caller from then on
                return f.equals("monitor_nodes") ? Signal.Kind.PUBSUB : null;
            case ":rpc", ":erpc":
                return Signal.Kind.REMOTE_NODE;
            case "Node":
                return f.startsWith("spawn") ? Signal.Kind.REMOTE_NODE : null;
            case "Mix":
                return f.equals("env") || f.equals("target") ? Signal.Kind.MIX_ENV : null;
            case "GenServer", ":gen_server", "Agent", ":gen_statem":
                if (f.equals("multi_call") || f.equals("abcast") || onNode(c.arg(0))) {
                    return Signal.Kind.REMOTE_NODE;
                }
                return switch (f) {
                    case "call", "cast", "get", "update", "get_and_update", "reply", "multi_call", "abcast" ->
                            Signal.Kind.PROCESS_CALL;
                    default -> null;
                };
            case "Ecto.Adapters.SQL":
                return Signal.Kind.REPO;
            case "Postgrex", "MyXQL", "Xandra", "Redix", ":epgsql":
                // database drivers called directly: only the calls that run a statement wait for the server
                return DRIVER_QUERIES.contains(f) ? Signal.Kind.REPO : null;
            case "Arangox":
                // ArangoDB's driver: its HTTP verbs and cursors run on the database (Sue's Subaru.DB)
                return ARANGOX_QUERIES.contains(f.replaceFirst("!$", "")) ? Signal.Kind.REPO : null;
            case "Ash":
                return ASH_ACTIONS.contains(f.replaceFirst("!$", "")) ? Signal.Kind.REPO : null;
            case "Mongo":
                return MONGO_QUERIES.contains(f.replaceFirst("!$", "")) ? Signal.Kind.REPO : null;
            default:
                break;
        }
        if ((m.endsWith(".Repo") || m.equals("Repo")) && !f.startsWith("__")) {
            return Signal.Kind.REPO;
        }
        if (m.endsWith(".Endpoint") && f.startsWith("broadcast")) {
            return Signal.Kind.PUBSUB;
        }
        if (f.equals("subscribe") || (m.equals(":pg") || m.equals(":pg2")) && f.equals("join")) {
            // a project's or a library's own pub/sub (SpawnSdk.Channel.Subscriber.subscribe, EventBus.subscribe):
            // the caller's process is sent what is published
            return Signal.Kind.PUBSUB;
        }
        return null;
    }
}
