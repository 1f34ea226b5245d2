package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.Closure;
import io.github.otpadvisor.facts.GetOrStart;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Detects the calls that start a process (RULEBOOK §1 list). */
final class StartSites {
    private StartSites() {
    }

    static void detect(CallInfo c, FnCtx ctx) {
        StartSite.Kind kind = kind(c);
        if (kind == null) {
            return;
        }
        String m = c.module();
        String f = c.fun();
        String started = null;
        boolean linked = false;
        boolean supervised = false;
        Quoted fnArg = null;
        NameRef name = null;
        Target supervisor = null;
        ChildSpec child = null;
        Location where = c.location();
        switch (kind) {
            case SPAWN, SPAWN_LINK, SPAWN_MONITOR, PROCESS_SPAWN -> {
                linked = kind == StartSite.Kind.SPAWN_LINK || (kind == StartSite.Kind.PROCESS_SPAWN
                        && Q.any(c.lastArg(), q -> q instanceof Atom a && a.name().equals("link")));
                if (c.arity() >= 3 && !Q.isLocal(c.arg(0), "fn")) {
                    started = module(c.arg(c.arity() == 4 ? 1 : 0), ctx);
                    if (c.arity() == 4) {
                        started = module(c.arg(1), ctx);
                    }
                }
                fnArg = firstFn(c.args());
            }
            case TASK_START, TASK_START_LINK, TASK_ASYNC -> {
                linked = kind != StartSite.Kind.TASK_START;
                if (c.arity() == 3) {
                    started = module(c.arg(0), ctx);
                }
                fnArg = firstFn(c.args());
            }
            case TASK_ASYNC_STREAM -> {
                linked = true;
                fnArg = firstFn(c.args());
            }
            case TASK_SUPERVISOR -> {
                supervised = true;
                linked = f.equals("async") || f.equals("async_stream");
                supervisor = TargetReader.read(c.arg(0), ctx);
                fnArg = firstFn(c.args());
                if (c.arity() >= 4 && !Q.isLocal(c.arg(1), "fn")) {
                    started = module(c.arg(1), ctx);
                }
            }
            case GENSERVER_START, GENSERVER_START_LINK, GEN_STATEM_START -> {
                linked = f.equals("start_link");
                boolean erlang = m.startsWith(":");
                if (erlang && c.arity() == 4) {
                    started = module(c.arg(1), ctx);
                    name = NameReader.read(c.arg(0), ctx, m + "." + f, where);
                } else {
                    started = module(c.arg(0), ctx);
                    name = nameOpt(c.arity() >= 3 ? c.arg(2) : null, ctx, m + "." + f, where);
                }
            }
            case AGENT_START, AGENT_START_LINK -> {
                linked = f.equals("start_link");
                if (c.arity() >= 3 && !Q.isLocal(c.arg(0), "fn")) {
                    started = module(c.arg(0), ctx);
                } else if (ctx.unit != null) {
                    started = ctx.module();
                }
                name = nameOpt(c.lastArg() == c.arg(0) ? null : c.lastArg(), ctx, "Agent." + f, where);
                fnArg = firstFn(c.args());
            }
            case SUPERVISOR_START_LINK, DYNAMIC_SUPERVISOR_START_LINK -> {
                linked = true;
                String first = module(c.arg(0), ctx);
                if (first != null && c.arity() >= 2 && !(ctx.resolve(c.arg(0)) instanceof io.github.otpadvisor.elixir.ast.QList)) {
                    started = first;
                    name = nameOpt(c.arity() >= 3 ? c.arg(2) : null, ctx, m + "." + f, where);
                } else {
                    started = kind == StartSite.Kind.DYNAMIC_SUPERVISOR_START_LINK ? "DynamicSupervisor" : null;
                    name = nameOpt(c.lastArg(), ctx, m + "." + f, where);
                }
            }
            case DYNAMIC_START_CHILD -> {
                supervised = true;
                if ("Singleton".equals(m)) {
                    // Singleton.start_child(Mod, args, name): the singleton library starts Mod once in the cluster,
                    // under its own supervisor, registered :global as name (frayt's notifiers)
                    child = ChildSpecReader.read(c.arg(0), ctx, where);
                    started = child.module();
                    supervisor = null;
                    break;
                }
                supervisor = TargetReader.read(c.arg(0), ctx);
                child = c.arity() >= 2 ? ChildSpecReader.read(c.arg(1), ctx, where) : null;
                started = child == null ? null : child.module();
                if (child != null && child.name() != null) {
                    ctx.x.names.add(child.name());
                }
            }
            default -> {
            }
        }
        if (name != null) {
            ctx.x.names.add(name);
        }
        Closure closure = fnArg == null ? null : ClosureReader.read(fnArg, ctx, where);
        boolean longRunning = closure != null && closure.receiveLoop();
        if (!longRunning && fnArg == null && started != null && started.equals(ctx.module()) && c.arity() >= 3
                && c.arg(1) instanceof Atom fun && ctx.unit != null) {
            // Task.start(__MODULE__, :loop, [...]): does that function loop?
            Quoted argList = c.arg(2);
            int arity = argList instanceof io.github.otpadvisor.elixir.ast.QList l ? l.items().size() : -1;
            List<ModuleUnit.Def> defs = arity >= 0 ? ctx.unit.clauses(fun.name(), arity) : ctx.unit.lookup(fun.name(), 0);
            longRunning = Extraction.isReceiveLoop(defs)
                    || defs.stream().anyMatch(d -> ClosureReader.runsLoop(d.body(), ctx, new HashSet<>(), 0));
        }
        if (!longRunning && Q.isLocal(c.arg(0), "&")) {
            longRunning = ClosureReader.runsLoop(c.arg(0), ctx, new HashSet<>(), 0);
        }
        String fnName = ctx.functionName();
        boolean ownStartLink = fnName != null && (fnName.equals("start_link") || fnName.equals("start"))
                && (started == null || started.equals(ctx.module()));
        Set<StartSite.Trait> traits = StartTraits.of(c, ctx, kind, fnArg, closure, linked);
        ownStartLink |= traits.contains(StartSite.Trait.IN_START_FUNCTION) && (started == null || started.equals(ctx.module()));
        boolean awaited = kind == StartSite.Kind.TASK_ASYNC ? TaskAwaits.of(c, ctx) : ctx.hasAwait;
        String call = (m == null ? "" : m + ".") + f + "/" + c.arity();
        GetOrStart getOrStart = GetOrStartReader.read(c, ctx, kind, name != null ? name : child == null ? null : child.name());
        ctx.x.startSites.add(new StartSite(kind, call, where, ctx.module(), ctx.fnKey, started, linked, supervised,
                awaited, ctx.x.moduleHasAwait(ctx.unit), ownStartLink, ctx.x.test, ctx.x.script, longRunning,
                closure, name, supervisor, child, ctx.requestContext, traits, getOrStart, callText(c, fnArg),
                written(c, ctx)));
    }

    /** The whole call as written (several lines, its closure too), or null when the slice is not exact. */
    private static String written(CallInfo c, FnCtx ctx) {
        Location at = c.location();
        String text = at == null ? null : ctx.x.slices.expression(at.line(), at.column(), c.node());
        return text == null || text.length() > SourceSlices.MAX_CHARS ? null : text;
    }

    /** The call as written, for a before/after: only a short one-line call without a closure. */
    private static String callText(CallInfo c, Quoted fnArg) {
        if (fnArg != null) {
            return null;
        }
        String text = SourceText.of(c.node());
        return text == null || text.length() > 160 || text.contains("\n") ? null : text;
    }

    static StartSite.Kind kind(CallInfo c) {
        String m = c.module();
        String f = c.fun();
        if (m == null || m.equals(":erlang")) {
            return switch (f) {
                case "spawn" -> c.arity() >= 1 ? StartSite.Kind.SPAWN : null;
                case "spawn_link" -> c.arity() >= 1 ? StartSite.Kind.SPAWN_LINK : null;
                case "spawn_monitor" -> c.arity() >= 1 ? StartSite.Kind.SPAWN_MONITOR : null;
                default -> null;
            };
        }
        return switch (m) {
            case "Process" -> f.equals("spawn") ? StartSite.Kind.PROCESS_SPAWN : null;
            case "Task" -> switch (f) {
                case "start" -> StartSite.Kind.TASK_START;
                case "start_link" -> StartSite.Kind.TASK_START_LINK;
                case "async" -> StartSite.Kind.TASK_ASYNC;
                case "async_stream" -> StartSite.Kind.TASK_ASYNC_STREAM;
                default -> null;
            };
            case "Task.Supervisor" -> switch (f) {
                case "start_child", "async", "async_nolink", "async_stream", "async_stream_nolink" ->
                        StartSite.Kind.TASK_SUPERVISOR;
                default -> null;
            };
            case "GenServer", ":gen_server" -> switch (f) {
                case "start" -> StartSite.Kind.GENSERVER_START;
                case "start_link" -> StartSite.Kind.GENSERVER_START_LINK;
                default -> null;
            };
            case ":gen_statem", "GenStateMachine" -> f.equals("start") || f.equals("start_link") ? StartSite.Kind.GEN_STATEM_START : null;
            case "Agent" -> switch (f) {
                case "start" -> StartSite.Kind.AGENT_START;
                case "start_link" -> StartSite.Kind.AGENT_START_LINK;
                default -> null;
            };
            case "Supervisor" -> f.equals("start_link") ? StartSite.Kind.SUPERVISOR_START_LINK
                    // Supervisor.start_child adds a child at runtime, as DynamicSupervisor.start_child does.
                    : f.equals("start_child") && c.arity() == 2 ? StartSite.Kind.DYNAMIC_START_CHILD : null;
            // Horde.DynamicSupervisor has DynamicSupervisor's API, its children spread over the cluster.
            case "Singleton" -> f.equals("start_child") && c.arity() == 3 ? StartSite.Kind.DYNAMIC_START_CHILD : null;
            case "DynamicSupervisor", "Horde.DynamicSupervisor" -> switch (f) {
                case "start_link" -> StartSite.Kind.DYNAMIC_SUPERVISOR_START_LINK;
                case "start_child" -> StartSite.Kind.DYNAMIC_START_CHILD;
                default -> null;
            };
            default -> null;
        };
    }

    private static String module(Quoted q, FnCtx ctx) {
        if (q == null) {
            return null;
        }
        String m = ctx.env().resolve(ctx.resolve(q));
        return m == null || m.startsWith(":") && false ? null : m;
    }

    private static NameRef nameOpt(Quoted opts, FnCtx ctx, String context, Location where) {
        if (opts == null) {
            return null;
        }
        Quoted o = ctx.resolve(opts);
        Quoted n = Q.kw(o, "name");
        return n == null ? null : NameReader.read(n, ctx, context, where);
    }

    private static Quoted firstFn(List<Quoted> args) {
        for (Quoted a : args) {
            if (Q.isLocal(a, "fn")) {
                return a;
            }
        }
        return null;
    }
}
