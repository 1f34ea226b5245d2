package io.github.otpadvisor.facts;

import java.util.Set;

/**
 * A call that starts a process (RULEBOOK §1 list).
 *
 * @param kind           which call
 * @param call           the call's name as written ({@code Task.start/1})
 * @param module         the enclosing module, or null in a script outside a module
 * @param function       the enclosing function as {@code name/arity}, or null at module/file level
 * @param startedModule  the module whose process it starts, when known ({@code GenServer.start_link(__MODULE__, ..)}
 *                       gives the module; {@code Task.start(M, :f, a)} gives {@code M}); null for closures
 * @param linked         the new process is linked to the caller
 * @param supervised     it starts under a supervisor ({@code Task.Supervisor.*}, {@code DynamicSupervisor.start_child})
 * @param awaited        for {@code Task.async}: awaited ({@code Task.await/yield/await_many/yield_many}) in the
 *                       same function (also through a pipe), by a local helper the task is passed to, by the caller
 *                       it is returned to, or by the module's {@code handle_info({ref, result}, ...)} (the owner)
 * @param awaitedInModule for {@code Task.async}: awaited somewhere in the module
 * @param inOwnStartLink the call sits in the started module's own {@code start_link} (child-spec use)
 * @param inTest         the file is under {@code test/}
 * @param inScript       the file is a {@code .exs} outside {@code lib/}
 * @param longRunning    the started function runs a {@code receive} loop (does not run to completion)
 * @param closure        the anonymous function passed, or null
 * @param name           the {@code name:} given, or null
 * @param supervisor     for {@code DynamicSupervisor.start_child} and {@code Task.Supervisor.*}: the supervisor
 *                       as a target
 * @param child          for {@code DynamicSupervisor.start_child}: the child spec
 * @param requestContext when it runs while handling a request or message, which handler
 *                       ({@code handle_call/3}, {@code LiveView handle_event/3}, {@code Plug call/2}); null at boot
 *                       or unknown
 * @param traits         what the code around the call shows (OTP005 reads them)
 * @param getOrStart     the lookup of the same process that comes before the start (OTP011), or null
 * @param text           the call as written, when it takes no anonymous function and fits one short line (the
 *                       before of a fix quotes it); null otherwise
 * @param written        the whole call as written, also several lines and with its anonymous function, when the
 *                       file's text is known and the slice is exact (a fix's before/after keeps its real body); null
 *                       otherwise
 */
public record StartSite(Kind kind, String call, Location location, String module, String function,
                        String startedModule, boolean linked, boolean supervised, boolean awaited,
                        boolean awaitedInModule, boolean inOwnStartLink, boolean inTest, boolean inScript,
                        boolean longRunning, Closure closure, NameRef name, Target supervisor, ChildSpec child,
                        String requestContext, Set<Trait> traits, GetOrStart getOrStart, String text,
                        String written) {
    public StartSite {
        traits = traits.isEmpty() ? Set.of() : Set.copyOf(traits);
    }

    /** Without a get-or-start lookup (tests, tools). */
    public StartSite(Kind kind, String call, Location location, String module, String function,
                     String startedModule, boolean linked, boolean supervised, boolean awaited,
                     boolean awaitedInModule, boolean inOwnStartLink, boolean inTest, boolean inScript,
                     boolean longRunning, Closure closure, NameRef name, Target supervisor, ChildSpec child,
                     String requestContext, Set<Trait> traits) {
        this(kind, call, location, module, function, startedModule, linked, supervised, awaited, awaitedInModule,
                inOwnStartLink, inTest, inScript, longRunning, closure, name, supervisor, child, requestContext, traits,
                null, null, null);
    }

    public enum Kind {
        SPAWN, SPAWN_LINK, SPAWN_MONITOR, PROCESS_SPAWN, TASK_START, TASK_START_LINK, TASK_ASYNC, TASK_ASYNC_STREAM,
        TASK_SUPERVISOR, GENSERVER_START, GENSERVER_START_LINK, GEN_STATEM_START, AGENT_START, AGENT_START_LINK,
        SUPERVISOR_START_LINK, DYNAMIC_SUPERVISOR_START_LINK, DYNAMIC_START_CHILD
    }

    /** What the code around a start site shows about who owns, awaits or waits for the new process. */
    public enum Trait {
        /** The call sits in a start function of its module: {@code start_link/N}, a child spec's
         *  {@code start: {M, F, A}}, or a private helper only those reach. */
        IN_START_FUNCTION,
        /** The module runs as a process (GenServer, gen_statem, LiveView, Channel, a library process). */
        IN_PROCESS_MODULE,
        /** The caller then waits in a receive (its own or a local helper's) with an {@code after} or a
         *  {@code :DOWN} clause. */
        CALLER_WAITS,
        /** The caller then waits in a bare receive (no {@code after}, no {@code :DOWN}, no monitor): it hangs
         *  if the new process dies before it answers. */
        CALLER_HANGS,
        /** The closure sends its result back to a process captured from the caller ({@code send(parent, ..)},
         *  {@code GenServer.reply(from, ..)}). */
        REPORTS_BACK,
        /** The closure first links itself to its module's own registered process
         *  ({@code Process.link(Process.whereis(__MODULE__))}, diode's ChainSql.Writer): it lives and dies with that
         *  process, which collects its result. */
        LINKED_TO_OWNER,
        /** The closure monitors a process of the caller's and waits for its {@code :DOWN}: a watcher that
         *  lives exactly as long as what it watches ({@code Task.Supervised}'s kill enforcer). */
        WATCHER,
        /** The closure sleeps, then sends a message: a hand-made timer. */
        TIMER,
        /** The closure stops or restarts the application or the node ({@code System.stop/0},
         *  {@code MyApp.Application.restart()}): it must outlive the tree it takes down. */
        STOPS_APPLICATION,
        /** Behind a {@code Mix.env()}/{@code Mix.target()} guard that leaves production out. */
        DEV_ONLY,
        /** The function looks the process up first ({@code Registry.lookup}, {@code whereis}) and starts it only
         *  when that finds nothing: once per entity, not once per call. */
        GET_OR_START,
        /** In a Mix task or a release task ({@code Ecto.Migrator}, {@code Application.load}): short-lived. */
        SHORT_LIVED
    }

    public boolean has(Trait t) {
        return traits.contains(t);
    }

    public boolean inRequestPath() {
        return requestContext != null;
    }
}
