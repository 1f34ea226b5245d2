package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.extract.FileFactsExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Read cold at the thirteenth stop (issue 11): gamend's {@code GamendHost.Application} starts
 * {@code GamendWeb.HostSupervision.children()}, a list another module's public function returns, and five reports
 * said where their module is started "could not be resolved". The function's list takes the place of the call; a
 * function no children list calls changes nothing.
 */
class ReturnedListsTest {
    private static ProjectFacts project() {
        List<FileFacts> files = List.of(
                FileFactsExtractor.extractSource("lib/shop/application.ex", "shop", """
                        defmodule Shop.Application do
                          use Application
                          def start(_type, _args) do
                            children = Shop.Host.children()
                            Supervisor.start_link(children, strategy: :one_for_one, name: Shop.Supervisor)
                          end
                        end
                        """),
                FileFactsExtractor.extractSource("lib/shop/host.ex", "shop", """
                        defmodule Shop.Host do
                          def children(opts \\\\ []) when is_list(opts) do
                            [
                              Shop.Ticker,
                              {Shop.Sync, []}
                            ] ++ Keyword.get(opts, :extra, [])
                          end

                          def workers, do: [Shop.Loose, Shop.Other]
                        end
                        """),
                FileFactsExtractor.extractSource("lib/shop/servers.ex", "shop", """
                        defmodule Shop.Ticker do
                          use GenServer
                          def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                          def init(_), do: {:ok, nil}
                        end
                        defmodule Shop.Sync do
                          use GenServer
                          def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                          def init(_), do: {:ok, nil}
                        end
                        defmodule Shop.Loose do
                          use GenServer
                          def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                          def init(_), do: {:ok, nil}
                        end
                        """));
        return ProjectFacts.link(files);
    }

    @Test
    void theListTheApplicationGetsFromAnotherModuleIsItsChildren() {
        ProjectFacts p = project();
        for (String m : List.of("Shop.Ticker", "Shop.Sync")) {
            Supervision s = p.supervision(m);
            assertEquals(Supervision.Status.STATIC, s.status(), m + ": " + s);
            assertEquals("Shop.Application", s.parent(), m + ": " + s);
            assertEquals("lib/shop/host.ex", s.location().file(), m + ": " + s);
        }
    }

    @Test
    void aReturnedListNobodyStartsIsNoSupervisorsList() {
        ProjectFacts p = project();
        assertTrue(p.childrenLists().stream().noneMatch(l -> "Shop.Host".equals(l.module())), p.childrenLists()
                .toString());
        assertTrue(p.supervision("Shop.Loose").status() != Supervision.Status.STATIC, p.supervision("Shop.Loose")
                .toString());
    }

    /**
     * teiserver's SiteConfigTypes.Cache lists {@code CacheHelper.concache_perm_sup(:config_site_type_store)}, a helper
     * building {@code {ConCache, [name: name, ..]}}: the entry is that spec under that name (its test looked for no
     * child and the application's running caches made a second start fail with already_started).
     */
    @Test
    void aHelperBuildingOneSpecFromItsParametersIsThatSpecWithTheCallsArguments() {
        ProjectFacts p = ProjectFacts.link(List.of(
                FileFactsExtractor.extractSource("lib/shop/cache.ex", "shop", """
                        defmodule Shop.Cache do
                          use Supervisor
                          alias Shop.CacheHelper
                          def start_link(opts), do: Supervisor.start_link(__MODULE__, :ok, opts)
                          def init(:ok) do
                            children = [
                              CacheHelper.perm_sup(:site_store),
                              CacheHelper.perm_sup(Shop.Names.Store),
                              CacheHelper.perm_sup(name())
                            ]
                            Supervisor.init(children, strategy: :one_for_all)
                          end
                          defp name, do: :other
                        end
                        """),
                FileFactsExtractor.extractSource("lib/shop/cache_helper.ex", "shop", """
                        defmodule Shop.CacheHelper do
                          def perm_sup(name) do
                            Supervisor.child_spec({ConCache, [name: name, ttl_check_interval: false]},
                              id: {ConCache, name})
                          end
                        end
                        """)));
        io.github.otpadvisor.facts.ChildrenList l = p.childrenLists().stream()
                .filter(x -> "Shop.Cache".equals(x.module())).findFirst().orElseThrow();
        assertEquals(3, l.children().size());
        io.github.otpadvisor.facts.ChildSpec first = l.children().get(0);
        assertEquals("ConCache", first.module());
        assertEquals("{ConCache, :site_store}", first.id());
        assertEquals(":site_store", first.name().text());
        assertTrue(first.name().fixed());
        assertEquals("Shop.Names.Store", l.children().get(1).name().module());
        // an argument the analysis cannot read stays an entry it could not read
        assertEquals(io.github.otpadvisor.facts.ChildSpec.Form.UNRESOLVED, l.children().get(2).form());
        assertTrue(p.childrenLists().stream().noneMatch(x -> x.source()
                == io.github.otpadvisor.facts.ChildrenList.Source.TEMPLATE), "the template is no supervisor's list");
    }
}
