package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Children lists built the way real applications build them (RULEBOOK §1 "supervision tree"). */
class ChildrenListFormsTest {
    @TempDir
    Path dir;

    private List<ChildSpec> rootChildren(String startBody, String helpers) {
        String src = "defmodule MyApp.Application do\n  use Application\n\n  @children [MyApp.FromAttribute]\n\n"
                + "  def start(_type, _args) do\n" + startBody + "\n  end\n\n" + helpers + "\nend\n";
        ProjectFacts p = SupervisionSources.link(dir, "application", src);
        ChildrenList l = p.childrenLists().stream().filter(c -> c.source() == ChildrenList.Source.APPLICATION_START)
                .findFirst().orElseThrow(() -> new AssertionError(p.childrenLists().toString()));
        return l.children();
    }

    private static List<String> modules(List<ChildSpec> specs) {
        return specs.stream().map(s -> s.resolved() ? s.module() : "?" + s.text()).toList();
    }

    @Test
    void rebindingReadsTheEarlierValueAndConcatenationKeepsOrder() {
        List<ChildSpec> c = rootChildren("""
                    children = [MyApp.A, {MyApp.B, []}]
                    extra = if System.get_env("X"), do: [MyApp.C], else: []
                    children = [MyApp.Repo] ++ children ++ extra
                    children = Kernel.++(children, [MyApp.Last])
                    opts = [strategy: :one_for_one, name: MyApp.Supervisor]
                    Supervisor.start_link(children, opts)""", "");
        assertEquals(List.of("MyApp.Repo", "MyApp.A", "MyApp.B", "MyApp.C", "MyApp.Last"), modules(c));
    }

    @Test
    void aListBuiltInsideTheBranchThatStartsItIsRead() {
        List<ChildSpec> c = rootChildren("""
                    base = [MyApp.Repo]
                    if System.get_env("MODE") == "test" do
                      :ignore
                    else
                      children = base ++ [{Task.Supervisor, name: MyApp.TaskSupervisor}, MyApp.Worker]
                      Supervisor.start_link(children, strategy: :one_for_one)
                    end""", "");
        assertEquals(List.of("MyApp.Repo", "Task.Supervisor", "MyApp.Worker"), modules(c));
    }

    @Test
    void pipesThroughRejectFilterAndFlattenWithConditionalElements() {
        List<ChildSpec> c = rootChildren("""
                    children =
                      [
                        MyApp.A,
                        if(enabled?(), do: MyApp.B),
                        maybe_child(:c),
                        [MyApp.D, [MyApp.E]]
                      ]
                      |> List.flatten()
                      |> Enum.reject(&is_nil/1)
                      |> Enum.filter(& &1)

                    Supervisor.start_link(children, strategy: :one_for_one)""", """
                  defp enabled?, do: true
                  defp maybe_child(:c), do: {MyApp.C, name: MyApp.C}
                  defp maybe_child(_), do: nil
                """);
        assertEquals(List.of("MyApp.A", "MyApp.B", "MyApp.C", "MyApp.D", "MyApp.E"), modules(c));
    }

    @Test
    void guardedEntriesAreReadAsTheEntryTheyGuard() {
        // live_beats application.ex:51: `!parent && {LiveBeats.SongsCleaner, interval: {3600 * 6, :second}}`.
        List<ChildSpec> c = rootChildren("""
                    parent = FLAME.Parent.get()
                    children =
                      [
                        MyApp.Repo,
                        !parent && MyApp.Endpoint,
                        !parent && {MyApp.SongsCleaner, interval: {3600 * 6, :second}},
                        System.get_env("X") and [MyApp.Extra],
                        Application.get_env(:my_app, :worker) || MyApp.DefaultWorker
                      ]
                      |> Enum.filter(& &1)

                    Supervisor.start_link(children, strategy: :one_for_one)""", "");
        assertEquals(List.of("MyApp.Repo", "MyApp.Endpoint", "MyApp.SongsCleaner", "MyApp.Extra",
                "?Application.get_env(:my_app, :worker)", "MyApp.DefaultWorker"), modules(c));
        assertEquals("[interval: {3600 * 6, :second}]", c.get(2).arg());
    }

    @Test
    void anArgumentBoundAgainAfterTheListKeepsTheValueItHadThere() {
        // api Fetch.App: `{Fetch, opts}` with opts = fetch_env!, then opts = [strategy: .., name: Fetch.App].
        List<ChildSpec> c = rootChildren("""
                    opts = Application.fetch_env!(:fetch, Fetch)
                    children = [{Registry, keys: :unique, name: MyApp.Registry}, {MyApp.Fetch, opts}]
                    opts = [strategy: :one_for_one, name: MyApp.Supervisor]
                    Supervisor.start_link(children, opts)""", "");
        assertEquals(List.of("Registry", "MyApp.Fetch"), modules(c));
        assertEquals(null, c.get(1).name(), c.get(1).toString());
        assertEquals("MyApp.Registry", c.get(0).name().module());
    }

    @Test
    void helperClausesCaseBranchesAndAttributesAllCountOnce() {
        List<ChildSpec> c = rootChildren("""
                    Supervisor.start_link(children(Mix.env()) ++ @children, strategy: :one_for_one)""", """
                  defp children(:test), do: base()
                  defp children(_env) do
                    case System.get_env("MODE") do
                      "web" -> base() ++ [MyApp.Web]
                      _ -> base() ++ [MyApp.Worker]
                    end
                  end
                  defp base, do: [MyApp.Repo, token_cache(MyApp.Azure)]
                  defp token_cache(name), do: %{id: name, start: {MyApp.TokenCache, :start_link, [[name: name]]}}
                """);
        assertEquals(List.of("MyApp.Repo", "MyApp.TokenCache", "MyApp.Web", "MyApp.Worker", "MyApp.FromAttribute"),
                modules(c));
    }

    @Test
    void mapsOverListsGiveTheirSpecAndUnreadablePartsStayUnresolved() {
        List<ChildSpec> c = rootChildren("""
                    repos = for repo <- [:a, :b], do: {MyApp.RepoWorker, repo}
                    more = Enum.map(shards(), fn i -> Supervisor.child_spec({MyApp.Shard, i}, id: i) end)
                    children = repos ++ more ++ MyApp.Extensions.children() ++ Application.get_env(:my_app, :extra)
                    Supervisor.start_link(children, strategy: :one_for_one)""", """
                  defp shards, do: 1..4
                """);
        // a literal list gives one child per element; a map over anything else gives its spec and stays an entry
        // of unknown length, so nothing counts it as one child
        assertEquals(List.of("MyApp.RepoWorker", "MyApp.RepoWorker", "MyApp.Shard",
                "?Enum.map(shards(), fn i -> Supervisor.child_spec({MyApp.Shard, i}, id: i) end)",
                "?MyApp.Extensions.children()", "?Application.get_env(:my_app, :extra)"), modules(c));
        assertTrue(c.stream().filter(s -> !s.resolved()).allMatch(s -> Objects.nonNull(s.location())));
    }

    @Test
    void recursiveHelpersEnd() {
        List<ChildSpec> c = rootChildren("""
                    Supervisor.start_link(loop([MyApp.A]), strategy: :one_for_one)""", """
                  defp loop(acc), do: loop(acc ++ [MyApp.B])
                """);
        assertTrue(c.stream().anyMatch(s -> !s.resolved()), c.toString());
    }

    @Test
    void anErlangLibrarySpecIsThatLibrary() {
        List<ChildSpec> c = rootChildren("""
                    children = [:poolboy.child_spec(:pool, [worker_module: MyApp.Worker])]
                    Supervisor.start_link(children, strategy: :one_for_one)""", "");
        assertEquals(List.of(":poolboy"), modules(c));
    }
    @Test
    void helpersReturningOneSpecOrNothingInAPipeGiveThatSpec() {
        // blockscout's Explorer.Application: `process |> configure() |> only_in_mode(mode)` returns process or [].
        List<ChildSpec> c = rootChildren("""
                    children = [configure_mode(MyApp.Counter, :api), MyApp.Other |> only_in(:indexer)]
                    Supervisor.start_link(List.flatten(children), strategy: :one_for_one)""", """
                  defp configure_mode(process, mode), do: process |> configure() |> only_in(mode)
                  defp configure(process) do
                    if Application.get_env(:my_app, process)[:enabled], do: process, else: []
                  end
                  defp only_in(process, mode) do
                    if MyApp.mode() in [mode, :all] do
                      process
                    else
                      []
                    end
                  end
                """);
        assertEquals(List.of("MyApp.Counter", "MyApp.Other"), modules(c));
    }

    @Test
    void aCaptureMappedOverAListGivesItsSpecWithTheOptionsDefaultModule() {
        // teslamate's TeslaMate.Vehicles: Enum.map(cars, &{Keyword.get(opts, :vehicle, Vehicle), car: &1}).
        List<ChildSpec> c = rootChildren("""
                    children =
                      cars()
                      |> Enum.map(&{Keyword.get(opts(), :vehicle, MyApp.Vehicle), car: &1})
                      |> Enum.uniq_by(fn {_mod, car: car} -> car end)
                    Supervisor.start_link(children, strategy: :one_for_one)""", """
                  defp cars, do: []
                  defp opts, do: []
                """);
        assertEquals(List.of("MyApp.Vehicle", "?cars() |> Enum.map(&{Keyword.get(opts(), :vehicle, MyApp.Vehicle), "
                + "car: &1})"), modules(c));
    }
    @Test
    void aDeepChainOfHelpersAndConcatenationsIsReadToTheEnd() {
        // blockscout's Explorer.Application: base ++ configurable_children(), a ++ b ++ c ++ d ++ set, a flatten,
        // and each entry through configure_mode -> only_in -> configure.
        List<ChildSpec> c = rootChildren("""
                    base = [MyApp.Repo]
                    children = base ++ configurable()
                    if Application.get_env(:my_app, :standalone) do
                      :ignore
                    else
                      Supervisor.start_link(children, strategy: :one_for_one)
                    end""", """
                  defp configurable do
                    set =
                      [
                        configure_mode(MyApp.Counter, :api),
                        MyApp.Migrator |> configure_mode(:indexer) |> chain_type(:zksync)
                      ]
                      |> List.flatten()
                    a() ++ b() ++ c() ++ d() ++ set
                  end
                  defp a, do: []
                  defp b, do: []
                  defp c, do: []
                  defp d, do: []
                  defp configure_mode(process, mode), do: process |> configure() |> only_in(mode)
                  defp configure(process), do: if(enabled?(process), do: process, else: [])
                  defp only_in(process, mode), do: if(MyApp.mode() == mode, do: process, else: [])
                  defp chain_type(process, type), do: if(MyApp.chain() == type, do: process, else: [])
                  defp enabled?(_), do: true
                """);
        assertEquals(List.of("MyApp.Repo", "MyApp.Counter", "MyApp.Migrator"), modules(c));
    }

    @Test
    void aHelperCallingItselfTwiceEndsQuickly() {
        long start = System.nanoTime();
        List<ChildSpec> c = rootChildren("""
                    Supervisor.start_link(twice([MyApp.A]), strategy: :one_for_one)""", """
                  defp twice(acc), do: twice(acc) ++ twice(acc)
                """);
        assertTrue(c.stream().anyMatch(s -> !s.resolved()), c.toString());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "bounded work");
    }
    @Test
    void aListPipedThroughAnotherModulesFunctionKeepsItsEntries() {
        // smartcitiesdata's Reaper.Application: [...] |> TelemetryEvent.config_init_server(@instance_name).
        List<ChildSpec> c = rootChildren("""
                    children =
                      [MyApp.A, {MyApp.B, keys: :unique}]
                      |> Telemetry.config_init_server(:my_app)
                      |> List.flatten()
                    Supervisor.start_link(children, strategy: :one_for_one)""", "");
        assertEquals(List.of("MyApp.A", "MyApp.B", "?Telemetry.config_init_server(:my_app)"), modules(c));
    }
    @Test
    void aValuePipedIntoCaseGivesEveryBranch() {
        // smartcitiesdata's DiscoveryApi.Application: get_env(...) |> case do nil -> []; _ -> [Repo, Migrator] end.
        List<ChildSpec> c = rootChildren("""
                    Supervisor.start_link([ecto_repo(), cache_populator()] |> List.flatten(), strategy: :one_for_one)""",
                """
                  defp ecto_repo do
                    Application.get_env(:my_app, MyApp.Repo)
                    |> case do
                      nil -> []
                      _ -> [{MyApp.Repo, []}, MyApp.Migrator]
                    end
                  end
                  defp cache_populator do
                    elasticsearch() |> case do
                      nil -> []
                      _ -> MyApp.CachePopulator
                    end
                  end
                  defp elasticsearch, do: nil
                """);
        assertEquals(List.of("MyApp.Repo", "MyApp.Migrator", "MyApp.CachePopulator"), modules(c));
    }
    @Test
    void aTupleOfListsFromAHelperIsDestructured() {
        // blockscout's BlockScoutWeb.Application: {first, last} = setup_and_define_children().
        List<ChildSpec> c = rootChildren("""
                    {first_children, last_children} = setup_children()
                    children = first_children ++ [MyApp.Base] ++ last_children
                    Supervisor.start_link(children, strategy: :one_for_one)""", """
                  defp setup_children do
                    workers = [{MyApp.Counter, name: MyApp.Counter}]
                    {workers ++ [MyApp.Endpoint], [MyApp.Last]}
                  end
                """);
        assertEquals(List.of("MyApp.Counter", "MyApp.Endpoint", "MyApp.Base", "MyApp.Last"), modules(c));
    }
    /**
     * blockscout's BlockScoutWeb.Application as written (fresh9: BlocksIndexedCounter "nothing shows where it is
     * started", application.ex:114 lists it): the helper is defined in both branches of a compile-time if, and the
     * one that lists the counters aliases them in its own body.
     */
    @Test
    void aHelperDefinedPerBranchGivesEachBranchsEntriesWithItsOwnAliases() {
        List<ChildSpec> c = rootChildren("""
                    {first_children, last_children} = setup_children()
                    Supervisor.start_link(first_children ++ [MyApp.Base] ++ last_children, strategy: :one_for_one)""",
                """
                  if @disable_api? do
                    defp setup_children, do: {[], []}
                  else
                    defp setup_children do
                      alias MyApp.Counters.{BlocksCounter, TxCounter}
                      workers = [{BlocksCounter, name: BlocksCounter}, TxCounter]
                      {workers, [MyApp.Last]}
                    end
                  end
                """);
        assertEquals(List.of("MyApp.Counters.BlocksCounter", "MyApp.Counters.TxCounter", "MyApp.Base", "MyApp.Last"),
                modules(c));
        // listed by one definition only: under the compile-time choice, placed at the first definition
        assertEquals(java.util.Arrays.asList(12, 12, null, 12), c.stream() // line 12: the first definition
                .map(s -> s.condition() == null ? null : s.condition().line()).toList());
    }

    @Test
    void listsJoinedThenPipedThroughAnotherModulesFunctionKeepTheirEntriesAndImportedGuardsGiveTheirChild() {
        // sanbase2's Sanbase.Application: (prepended ++ common ++ children) |> ApplicationUtils.normalize_children(),
        // with entries wrapped in imported start_in(Mod, envs) / start_if(fn -> spec end, cond) calls.
        List<ChildSpec> c = rootChildren("""
                    {children, opts} = children_opts(container_type())
                    prepended_children = prepended_children()
                    common_children = common_children()
                    children =
                      (prepended_children ++ common_children ++ children)
                      |> MyApp.ApplicationUtils.normalize_children()
                      |> Enum.uniq()
                    Supervisor.start_link(children, opts)""", """
                  def children_opts(type), do: MyApp.Application.Web.children(type)
                  def prepended_children do
                    [
                      start_in(MyApp.Prom, [:prod]),
                      start_if(fn -> {MyApp.Brod, []} end, fn -> true end)
                    ]
                  end
                  def common_children do
                    [
                      {Task.Supervisor, [name: MyApp.TaskSupervisor]},
                      MyApp.Limits,
                      start_in_and_if(fn -> MyApp.Collector end, [:dev, :prod], fn -> MyApp.Collector.enabled?() end),
                      start_in(%{id: :brod, start: {:brod_sup, :start_link, []}}, [:prod]),
                      start_in(some_spec(), [:prod])
                    ]
                  end
                """);
        assertEquals(List.of("MyApp.Prom", "MyApp.Brod", "Task.Supervisor", "MyApp.Limits", "MyApp.Collector",
                ":brod_sup", "?start_in(some_spec(), [:prod])", "?children", "?MyApp.ApplicationUtils.normalize_children()"),
                modules(c));
    }
    @Test
    void aHelperThatCallsItselfIsReadOnceAndItsLiteralClausesChooseTheBranch() {
        // pleroma's Pleroma.Application: http_children(_, :test) calls http_children/2 for both adapters; expanding
        // it again and again used the whole step budget, and every entry after it (ChatChannelState, the Endpoint)
        // was left unresolved. Definitions without parameters in the branches of a compile-time if (hex's children/0
        // per Mix.env) are all read
        List<ChildSpec> c = rootChildren("""
                    children =
                      [MyApp.Repo] ++
                        http_children(adapter(), @env) ++
                        [MyApp.Stats] ++
                        chat_child(true) ++
                        chat_child(false) ++
                        children() ++
                        loop(:forever) ++
                        [MyApp.Endpoint]
                    Supervisor.start_link(children, strategy: :one_for_one)""", """
                  defp http_children(_, :test) do
                    http_children(MyApp.Hackney, nil) ++ http_children(MyApp.Gun, nil)
                  end
                  defp http_children(MyApp.Hackney, _), do: [MyApp.HackneyPools]
                  defp http_children(MyApp.Gun, _), do: [MyApp.GunPool]
                  defp http_children(_, _), do: []
                  defp chat_child(true), do: [MyApp.Chat]
                  defp chat_child(_), do: [MyApp.NoChat]
                  defp loop(mode), do: [MyApp.Loop] ++ loop(mode)
                  if Mix.env() == :test do
                    defp children, do: [MyApp.Netrc]
                  else
                    defp children, do: [MyApp.Netrc, MyApp.UpdateChecker]
                  end
                """);
        // (its literal arguments rule its :test clause out one level down; a call that recurses for ever, loop/1,
        // stays an unresolved entry where it calls itself again)
        assertEquals(List.of("MyApp.Repo", "MyApp.HackneyPools", "MyApp.GunPool", "MyApp.Stats", "MyApp.Chat",
                "MyApp.NoChat", "MyApp.Netrc", "MyApp.UpdateChecker", "MyApp.Loop", "?loop(mode)", "MyApp.Endpoint"),
                modules(c));
    }

    @Test
    void aStartThroughATrampolineOfTheApplicationStartsTheModuleItsIdNames() {
        // diode's Diode.start/2: worker(Stats, []) builds %{id: Stats, start: {Diode, :start_worker, [Stats, []]}}, and
        // start_worker times the module's own start_link.
        List<ChildSpec> c = rootChildren("""
                    children = [worker(MyApp.Stats, []), worker(MyApp.Chain, [:extra]), supervisor(MyApp.Sup, [1])]
                    Supervisor.start_link(children, strategy: :rest_for_one)""", """
                  defp worker(module, args \\\\ []) do
                    %{id: module, start: {MyApp.Application, :start_worker, [module, args]}}
                  end
                  defp supervisor(module, args) do
                    %{id: module, start: {MyApp.Application, :start_worker, [module, args]}, type: :supervisor}
                  end
                  def start_worker(module, args), do: apply(module, :start_link, args)
                """);
        assertEquals(List.of("MyApp.Stats", "MyApp.Chain", "MyApp.Sup"), modules(c));
    }

    @Test
    void supervisorSpecWorkerThroughAnAliasKeepsItsTextArgumentsAndName() {
        // rig's Rig.Application: `alias Supervisor.Spec` in start/2, then Spec.worker(M, _args = [table, [name: T]])
        List<ChildSpec> c = rootChildren("""
                    alias Supervisor.Spec
                    children = [
                      Spec.worker(MyApp.Set, _args = [Blacklist, [name: Blacklist]]),
                      Supervisor.Spec.supervisor(MyApp.Sup, [1])
                    ]
                    Supervisor.start_link(children, strategy: :one_for_one)""", "");
        assertEquals(List.of("MyApp.Set", "MyApp.Sup"), modules(c));
        // the second argument is a keyword list of its own: [Blacklist, name: Blacklist] would be another term
        assertEquals("Spec.worker(MyApp.Set, _args = [Blacklist, [name: Blacklist]])", c.get(0).text());
        assertEquals("[Blacklist, [name: Blacklist]]", c.get(0).arg());
        assertEquals("Blacklist", c.get(0).name().module());
    }

    @Test
    void anEntryOnlySomeBranchesListIsMarkedWithItsConditionOneEveryBranchListsIsNot() {
        List<ChildSpec> c = rootChildren("""
                    children = if System.get_env("WEB"), do: [MyApp.Repo, MyApp.Web], else: [MyApp.Repo]
                    children = children ++ [!System.get_env("CI") && MyApp.Mailer, MyApp.Last]
                    Supervisor.start_link(children, strategy: :one_for_one)""", "");
        assertEquals(List.of("MyApp.Repo", "MyApp.Web", "MyApp.Mailer", "MyApp.Last"), modules(c));
        assertEquals(java.util.Arrays.asList(null, 7, 8, null), c.stream()
                .map(s -> s.condition() == null ? null : s.condition().line()).toList());
    }

    @Test
    void listDeleteInOneBranchRemovesOnlyThatEntryAndTheOthersStayUnconditional() {
        // aprs.me: children |> List.delete(PartitionManager) |> List.delete(Pipeline) in the test branch
        List<ChildSpec> c = rootChildren("""
                    children = [MyApp.Telemetry, MyApp.Cache, MyApp.PartitionManager, MyApp.Pipeline]
                    children =
                      if Application.get_env(:my_app, :env) == :test do
                        children
                        |> List.delete(MyApp.PartitionManager)
                        |> List.delete(MyApp.Pipeline)
                      else
                        children
                      end
                    Supervisor.start_link(children, strategy: :one_for_one)""", "");
        assertEquals(List.of("MyApp.Telemetry", "MyApp.Cache", "MyApp.PartitionManager", "MyApp.Pipeline"),
                modules(c));
        assertEquals(java.util.Arrays.asList(null, null, 9, 9), c.stream()
                .map(s -> s.condition() == null ? null : s.condition().line()).toList());
    }

    @Test
    void anAlternativeNotReadWholeMarksNothingConditional() {
        List<ChildSpec> c = rootChildren("""
                    base = [MyApp.Telemetry, MyApp.Cache]
                    children = if System.get_env("X"), do: MyApp.Extra.children(base), else: base
                    Supervisor.start_link(children, strategy: :one_for_one)""", "");
        assertTrue(c.stream().allMatch(s -> s.condition() == null), c.toString());
    }
    @Test
    void anEntryOnlySomeClausesOfAHelperListIsListedUnderTheCall() {
        // logflare's get_children(:test) and get_children(_): the call picks one list; Networking.pools() ++, which
        // neither reads, is in both, so it hides nothing about which entries differ
        List<ChildSpec> c = rootChildren("""
                    children = get_children(Application.get_env(:my_app, :env))
                    Supervisor.start_link(children, strategy: :one_for_one)""", """
                  defp get_children(:test), do: MyApp.Pools.pools() ++ [MyApp.Repo, MyApp.Backends]
                  defp get_children(_), do: MyApp.Pools.pools() ++ [MyApp.SysMon, MyApp.Repo, MyApp.Backends]
                """);
        assertEquals(List.of("?MyApp.Pools.pools()", "MyApp.Repo", "MyApp.Backends", "MyApp.SysMon"), modules(c));
        assertEquals(java.util.Arrays.asList(null, null, null, 7), c.stream()
                .map(s -> s.condition() == null ? null : s.condition().line()).toList());
    }
}
