package io.github.otpadvisor.facts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.Closure;
import io.github.otpadvisor.facts.EtsTable;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.InitSummary;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.RemoteCall;
import io.github.otpadvisor.facts.ReturnShape;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.facts.Simplicity;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.StateOp;
import io.github.otpadvisor.facts.StateResult;
import io.github.otpadvisor.facts.Target;
import io.github.otpadvisor.facts.WebRole;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FileFactsExtractorTest {
    private static final String LIB = "apps/shop/lib/shop/";

    @Test
    void applicationComesFromNearestMixExs() {
        assertEquals("shop", Fixtures.file(LIB + "cart.ex").app());
        assertEquals("billing", Fixtures.file("apps/billing/lib/billing/ledger.ex").app());
        assertNull(Fixtures.file("mix.exs").app(), "the umbrella root has no app:");
        assertEquals("shop", Fixtures.file("apps/shop/mix.exs").app());
    }

    @Test
    void testAndScriptFlags() {
        FileFacts test = Fixtures.file("apps/shop/test/shop/cache_test.exs");
        assertTrue(test.test());
        assertTrue(test.script());
        assertFalse(Fixtures.file(LIB + "cart.ex").test());
        assertFalse(Fixtures.file(LIB + "cart.ex").script());
        assertTrue(FileFactsExtractor.isScript("priv/repo/seeds.exs"));
        assertFalse(FileFactsExtractor.isScript("lib/tasks/seed.exs"));
    }

    @Test
    void modulesOfEveryNestingAndAliasForm() {
        List<String> names = Fixtures.file(LIB + "aliases.ex").modules().stream().map(ModuleFacts::name).toList();
        assertEquals(List.of("Shop.Aliases", "Shop.Aliases.Inner", "Shop.Aliases.Second"), names);
        Set<String> calls = Fixtures.module("Shop.Aliases").callsTo();
        assertTrue(calls.contains("Shop.Cache.get/1"), "alias Shop.Cache: " + calls);
        assertTrue(calls.contains("Shop.Counter.value/0"), "alias ..., as: Count: " + calls);
        assertTrue(calls.contains("Shop.Cart.items/1"), "alias Shop.{Cart, ...}: " + calls);
        assertTrue(calls.contains("Shop.Calculator.add/2"), "alias Shop.{..., Calculator}: " + calls);
        assertTrue(calls.contains("Shop.Aliases.Inner.ping/0"), "nested auto-alias and __MODULE__.Inner: " + calls);
        assertTrue(calls.contains("Shop.Workers.Reporter.run/1"), "alias inside a function: " + calls);
    }

    @Test
    void quoteTemplatesAreNotModulesNorFacts() {
        FileFacts f = Fixtures.file(LIB + "templates.ex");
        assertEquals(List.of("Shop.Templates"), f.modules().stream().map(ModuleFacts::name).toList());
        assertTrue(f.startSites().isEmpty(), f.startSites().toString());
        assertTrue(Fixtures.umbrella().module("Generated").isEmpty());
        assertTrue(Fixtures.umbrella().module("Shop.Templates.Generated").isEmpty());
        assertEquals(Abstraction.NONE, Fixtures.module("Shop.Templates").abstraction());
    }

    @Test
    void processModulesAndTodaysAbstraction() {
        assertEquals(Abstraction.GENSERVER, Fixtures.module("Shop.Cache").abstraction());
        assertEquals(Abstraction.AGENT, Fixtures.module("Shop.Counter").abstraction());
        assertEquals(Abstraction.SUPERVISOR, Fixtures.module("Shop.Workers.Supervisor").abstraction());
        assertEquals(Abstraction.TASK, Fixtures.module("Shop.Workers.Reporter").abstraction());
        assertEquals("transient", Fixtures.module("Shop.Workers.Reporter").useOptions().get("restart").replace(":", ""));
        assertEquals(Abstraction.GENSERVER, Fixtures.module("Billing.Gateway").abstraction(), "@behaviour :gen_server");
        ModuleFacts ledger = Fixtures.module("Billing.Ledger");
        assertEquals(Abstraction.AGENT, ledger.abstraction(), "Agent started by its own start_link");
        assertTrue(ledger.abstractionEvidence().text().contains("without `use Agent`"));
        assertTrue(Fixtures.module("Shop.Application").application());
        assertEquals(WebRole.CONTROLLER, Fixtures.module("ShopWeb.CartController").webRole());
        ModuleFacts cache = Fixtures.module("Shop.Cache");
        assertEquals(List.of("get/1", "put/2", "delete/1"), cache.publicApi().stream().map(FunctionInfo::key).toList());
        assertTrue(cache.callbacks().stream().map(FunctionInfo::key).toList()
                .containsAll(List.of("start_link/1", "init/1", "handle_call/3", "handle_cast/2")));
        assertEquals(15, cache.function("handle_call", 3).orElseThrow().location().line());
    }

    @Test
    void callbackClauseSummaries() {
        ModuleFacts cache = Fixtures.module("Shop.Cache");
        ClauseSummary get = cache.clauses("handle_call").get(0);
        assertEquals("{:get, key}", get.message());
        assertEquals("get", get.messageTag());
        assertTrue(get.readsState());
        assertEquals(StateResult.SAME, get.stateResult());
        assertEquals(StateOp.Kind.GET, get.stateOps().get(0).kind());
        assertEquals("Map.get(state, key)", get.replyText());
        assertTrue(get.simpleGetUpdate());
        assertFalse(get.pureReply());
        ClauseSummary put = cache.clauses("handle_cast").get(0);
        assertEquals(StateResult.NEW, put.stateResult());
        assertEquals(StateOp.Kind.PUT, put.stateOps().get(0).kind());
        assertEquals("noreply", put.returns().get(0).tag());

        ClauseSummary add = Fixtures.module("Shop.Calculator").clauses("handle_call").get(0);
        assertTrue(add.pureReply(), add.toString());
        assertFalse(add.readsState());
        assertEquals("a + b", add.replyText());
        assertEquals(InitSummary.InitState.CONSTANT, Fixtures.module("Shop.Calculator").init().state());
        assertEquals("nil", Fixtures.module("Shop.Calculator").init().stateText());

        ModuleFacts poller = Fixtures.module("Shop.Poller");
        assertEquals(InitSummary.InitState.FROM_ARGS, poller.init().state());
        assertTrue(poller.init().has(Signal.Kind.SEND_AFTER), "timer started through a helper");
        ClauseSummary ignore = poller.clauses("handle_info").get(1);
        assertTrue(ignore.catchAll());
        assertTrue(ignore.ignoresMessage());
        assertFalse(poller.clauses("handle_info").get(0).ignoresMessage());

        ModuleFacts owner = Fixtures.module("Shop.TableOwner");
        assertTrue(owner.init().has(Signal.Kind.TRAP_EXIT));
        assertTrue(owner.init().has(Signal.Kind.ETS_NEW));
        assertEquals("EXIT", owner.clauses("handle_info").get(0).messageTag());

        ClauseSummary charge = Fixtures.module("Billing.Gateway").clauses("handle_call").get(0);
        assertTrue(charge.readsState(), "destructures %{socket: socket} = state");
        assertTrue(charge.effects().stream().anyMatch(s -> s.kind() == Signal.Kind.SOCKET));
        assertFalse(charge.pureReply());
    }

    @Test
    void returnShapesWithTimeoutsHibernateAndContinue() {
        FileFacts f = FileFactsExtractor.extractSource("lib/w.ex", "w", """
                defmodule W do
                  use GenServer
                  def init(arg), do: {:ok, arg, {:continue, :load}}
                  def handle_continue(:load, s), do: {:noreply, s, :hibernate}
                  def handle_call(:x, _from, s) do
                    if s.ready, do: {:reply, :ok, s, 5_000}, else: {:stop, :normal, :bye, s}
                  end
                  def handle_cast(:y, s), do: do_cast(s)
                end
                """);
        ModuleFacts w = f.modules().get(0);
        assertEquals("continue", w.init().returns().get(0).extra());
        assertTrue(w.clauses("handle_continue").get(0).returns().get(0).hibernates());
        List<ReturnShape> call = w.clauses("handle_call").get(0).returns();
        assertEquals(List.of("reply", "stop"), call.stream().map(ReturnShape::tag).toList());
        assertTrue(call.get(0).hasTimeout());
        assertEquals(StateResult.UNKNOWN, w.clauses("handle_cast").get(0).stateResult());
    }

    @Test
    void startSites() {
        List<StartSite> jobs = Fixtures.file(LIB + "jobs.ex").startSites();
        Set<StartSite.Kind> kinds = jobs.stream().map(StartSite::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of(StartSite.Kind.TASK_ASYNC, StartSite.Kind.TASK_START,
                StartSite.Kind.TASK_SUPERVISOR, StartSite.Kind.TASK_ASYNC_STREAM, StartSite.Kind.SPAWN,
                StartSite.Kind.SPAWN_LINK)), kinds.toString());
        StartSite awaited = find(jobs, StartSite.Kind.TASK_ASYNC, "fetch_both/2");
        assertTrue(awaited.awaited());
        assertTrue(awaited.linked());
        assertEquals(5, awaited.location().line());
        StartSite returned = find(jobs, StartSite.Kind.TASK_ASYNC, "unawaited/1");
        assertTrue(returned.awaited(), "its value is the task: the caller collects it");
        assertTrue(returned.awaitedInModule());
        StartSite start = find(jobs, StartSite.Kind.TASK_START, "fire_and_forget/1");
        assertFalse(start.linked());
        assertFalse(start.supervised());
        Closure.ValueUse conn = start.closure().largeValues().get(0);
        assertEquals("conn", conn.variable());
        assertEquals(List.of("assigns.user_id"), conn.fields(), "a closure keeps the whole dotted path");
        assertEquals(List.of("assigns"), conn.topFields());
        assertTrue(conn.onlyFields());
        StartSite supervised = find(jobs, StartSite.Kind.TASK_SUPERVISOR, "supervised/1");
        assertTrue(supervised.supervised());
        assertEquals("Shop.TaskSupervisor", supervised.supervisor().module());
        StartSite loop = find(jobs, StartSite.Kind.SPAWN_LINK, "raw/1");
        assertTrue(loop.longRunning(), "spawn_link(fn -> loop(0) end) runs a receive loop");
        StartSite spawn = find(jobs, StartSite.Kind.SPAWN, "raw/1");
        assertEquals(List.of("transport_pid"), spawn.closure().largeValues().get(0).fields());

        StartSite cache = find(Fixtures.file(LIB + "cache.ex").startSites(), StartSite.Kind.GENSERVER_START_LINK,
                "start_link/1");
        assertEquals("Shop.Cache", cache.startedModule());
        assertTrue(cache.inOwnStartLink());
        assertEquals(NameRef.Kind.MODULE, cache.name().kind());

        StartSite child = find(Fixtures.file(LIB + "cart.ex").startSites(), StartSite.Kind.DYNAMIC_START_CHILD,
                "get_or_start/1");
        assertEquals("Shop.Cart", child.startedModule());
        assertEquals(Target.Kind.MODULE, child.supervisor().kind());
        assertEquals("Shop.CartSupervisor", child.supervisor().module());
        assertEquals(ChildSpec.Form.TUPLE, child.child().form());
        assertFalse(child.child().argIsLiteral());
        assertNull(child.requestContext(), "get_or_start itself is not a request handler");

        StartSite gw = find(Fixtures.file("apps/billing/lib/billing/gateway.ex").startSites(),
                StartSite.Kind.GENSERVER_START_LINK, "start_link/1");
        assertEquals("Billing.Gateway", gw.startedModule());
        assertEquals(NameRef.Kind.MODULE, gw.name().kind(), "{:local, __MODULE__}");

        // A test calling Mod.start_link directly is a remote call from a test file (OTP014 reads these).
        RemoteCall inTest = Fixtures.file("apps/shop/test/shop/cache_test.exs").remoteCalls().stream()
                .filter(c -> c.function().equals("start_link")).findFirst().orElseThrow();
        assertTrue(inTest.inTest());
        assertEquals("Shop.Cache", inTest.toModule());
        assertEquals("Shop.CacheTest", inTest.fromModule());
    }

    @Test
    void etsTables() {
        EtsTable t = Fixtures.file(LIB + "table_owner.ex").etsTables().get(0);
        assertEquals("@table", t.name());
        assertTrue(t.named());
        assertEquals("public", t.access());
        assertTrue(t.readConcurrency());
        assertEquals("Shop.TableOwner", t.module());
        assertEquals("init/1", t.function());
        assertEquals(19, t.location().line());
    }

    @Test
    void registeredNames() {
        List<NameRef> names = Fixtures.file(LIB + "names.ex").names();
        NameRef toAtom = names.stream().filter(n -> "start_link/1".equals(n.function())).findFirst().orElseThrow();
        assertEquals(NameRef.Kind.DYNAMIC_ATOM, toAtom.kind());
        assertEquals("String.to_atom", toAtom.atomBuilder());
        assertEquals(5, toAtom.atomLocation().line(), "built in the binding above the call");
        NameRef global = names.stream().filter(n -> "start_global/1".equals(n.function())).findFirst().orElseThrow();
        assertEquals(NameRef.Kind.GLOBAL, global.kind());
        assertEquals("interpolated atom", global.atomBuilder());
        NameRef existing = names.stream().filter(n -> "start_existing/1".equals(n.function())).findFirst().orElseThrow();
        assertFalse(existing.runtimeAtom(), "String.to_existing_atom is fine");
        NameRef via = Fixtures.file(LIB + "cart.ex").names().get(0);
        assertEquals(NameRef.Kind.VIA_REGISTRY, via.kind(), "resolved through via_tuple/1");
        assertEquals("Shop.Registry", via.module());
        assertEquals("cart_id", via.key());
        assertTrue(via.perEntity());
    }

    @Test
    void messageSends() {
        MessageSend scattered = Fixtures.file(LIB + "aliases.ex").sends().get(0);
        assertEquals(MessageSend.Kind.GENSERVER_CALL, scattered.kind());
        assertEquals(Target.Kind.MODULE, scattered.target().kind());
        assertEquals("Shop.Cache", scattered.target().module());
        assertEquals("get", scattered.messageTag());
        assertEquals("Shop.Aliases", scattered.module());
        assertEquals("all/0", scattered.function());
        List<MessageSend> jobs = Fixtures.file(LIB + "jobs.ex").sends();
        MessageSend socket = jobs.stream().filter(s -> s.message().equals("{:socket, socket}")).findFirst().orElseThrow();
        assertEquals(List.of("socket"), socket.wholeLargeValues());
        assertEquals(Target.Kind.VARIABLE, socket.target().kind());
        MessageSend tick = Fixtures.file(LIB + "names.ex").sends().stream()
                .filter(s -> s.kind() == MessageSend.Kind.SEND_AFTER).findFirst().orElseThrow();
        assertEquals(Target.Kind.SELF, tick.target().kind());
        assertEquals("tick", tick.messageTag());
        List<MessageSend> ledger = Fixtures.file("apps/billing/lib/billing/ledger.ex").sends();
        assertEquals(Simplicity.SIMPLE, ledger.get(0).agentFunction());
        assertEquals(Simplicity.COMPLEX, ledger.get(1).agentFunction());
        List<MessageSend> counter = Fixtures.file(LIB + "counter.ex").sends();
        assertTrue(counter.stream().allMatch(s -> s.agentFunction() == Simplicity.SIMPLE), counter.toString());
    }

    @Test
    void childrenListsInEveryForm() {
        ChildrenList app = Fixtures.file(LIB + "application.ex").childrenLists().get(0);
        assertEquals(ChildrenList.Source.APPLICATION_START, app.source());
        assertEquals("one_for_one", app.strategy());
        assertEquals("3", app.maxRestarts());
        assertEquals("5", app.maxSeconds());
        assertEquals("Shop.Supervisor", app.supervisorName().module());
        List<ChildSpec> c = app.children();
        assertEquals(11, c.size(), c.toString());
        assertEquals("Registry", c.get(0).module());
        assertEquals("Shop.Registry", c.get(0).name().module());
        assertEquals("DynamicSupervisor", c.get(1).module());
        assertEquals("one_for_one", c.get(1).strategy());
        assertEquals(ChildSpec.Form.MODULE, c.get(2).form());
        assertEquals("Shop.Cache", c.get(2).module());
        assertEquals(ChildSpec.Form.TUPLE, c.get(3).form());
        assertEquals("Task.Supervisor", c.get(5).module());
        assertEquals(ChildSpec.Form.MAP, c.get(7).form());
        assertEquals("Shop.Poller", c.get(7).module());
        assertEquals(":poller", c.get(7).id());
        assertEquals("permanent", c.get(7).restart());
        assertEquals(ChildSpec.Form.CHILD_SPEC_CALL, c.get(8).form());
        assertEquals("Shop.Counter", c.get(8).module());
        assertEquals(":second_counter", c.get(8).id());
        assertEquals("PartitionSupervisor", c.get(9).module());
        assertEquals("DynamicSupervisor", c.get(9).partitionChild());
        assertEquals(ChildSpec.Form.UNRESOLVED, c.get(10).form());
        assertEquals("Application.get_env(:shop, :extra_children, [])", c.get(10).text(), "the helper is followed");

        ChildrenList init = Fixtures.file(LIB + "workers/supervisor.ex").childrenLists().get(0);
        assertEquals(ChildrenList.Source.SUPERVISOR_INIT, init.source());
        assertEquals("rest_for_one", init.strategy());
        assertEquals(List.of("Shop.TableOwner", "Shop.Workers.Reporter"),
                init.children().stream().map(ChildSpec::module).toList());

        ChildrenList billing = Fixtures.file("apps/billing/lib/billing/application.ex").childrenLists().get(0);
        assertEquals("one_for_all", billing.strategy());
        assertEquals(2, billing.children().size());

        ChildrenList ret = Fixtures.project("cycle").childrenLists().stream()
                .filter(l -> l.source() == ChildrenList.Source.INIT_RETURN).findFirst().orElseThrow();
        assertEquals("one_for_all", ret.strategy());
        assertEquals("1", ret.maxRestarts());
    }

    @Test
    void syntaxErrorGivesNoModules() {
        FileFacts broken = Fixtures.project("cycle").files().stream().filter(f -> f.file().equals("lib/broken.ex"))
                .findFirst().orElseThrow();
        assertFalse(broken.parsed());
        assertNotNull(broken.syntaxError());
        assertTrue(broken.modules().isEmpty());
        assertEquals("cycle", broken.app());
    }

    private static StartSite find(List<StartSite> sites, StartSite.Kind kind, String function) {
        return sites.stream().filter(s -> s.kind() == kind && function.equals(s.function())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + function + ": " + sites));
    }
}
