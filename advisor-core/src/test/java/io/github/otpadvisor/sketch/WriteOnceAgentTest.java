package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.elixir.ElixirFrontEnd;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agents read cold at the seventh stop (issue 11): a value loaded once at start-up and only read is put in
 * :persistent_term where its supervisor starts it today, with the load and the reads kept (dotcom's ViaFairmount,
 * transport-site's SearchCommunes and CachedFiles had their load dropped by a table sketch); a constant start value
 * is no write-once value (concentrate's Health: its table sketch crashed at boot); a store whose updates build a
 * key's value from the state is no key-value cache (console's Monitor: a table loses concurrent appends); an
 * application callback module with a stray {@code use Task} is not a Task.
 */
class WriteOnceAgentTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  use Task

                  def start(_type, _args) do
                    children = [Shop.Trips, Shop.Communes, Shop.Files, Shop.Health, Shop.Monitor, Shop.Bom]
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
        FILES.put("lib/shop/bom.ex", """
                defmodule Shop.Bom do
                  use Agent, start: {__MODULE__, :start_link, []}

                  def start_link, do: Agent.start_link(&read_bom/0, name: __MODULE__)

                  def get(f \\\\ & &1), do: Agent.get(__MODULE__, f)

                  defp read_bom, do: "bom.json" |> File.read!() |> Jason.decode!()
                end
                """);
        FILES.put("lib/shop/trips.ex", """
                defmodule Shop.Trips do
                  use Agent

                  def start_link(_) do
                    Agent.start_link(
                      fn ->
                        case Shop.Api.trips("CR-Fairmount") do
                          %{data: data} -> Enum.map(data, &{&1.id, &1.name})
                          _ -> []
                        end
                      end,
                      name: __MODULE__,
                      hibernate_after: 15_000
                    )
                  end

                  def trip_names(trip_ids) do
                    Agent.get(__MODULE__, & &1)
                    |> Enum.filter(fn {id, _} -> Enum.member?(trip_ids, id) end)
                    |> Enum.map(fn {_, name} -> name end)
                  end
                end
                """);
        FILES.put("lib/shop/communes.ex", """
                defmodule Shop.Communes do
                  use Agent

                  def start_link(_initial_value) do
                    Agent.start_link(&load_communes/0, name: __MODULE__)
                  end

                  def search(term) do
                    Agent.get(__MODULE__, __MODULE__, :filter, [term])
                  end

                  def filter(communes, term), do: Enum.filter(communes, &String.contains?(&1.name, term))

                  defp load_communes, do: Shop.Repo.all(Shop.Commune)
                end
                """);
        FILES.put("lib/shop/files.ex", """
                defmodule Shop.Files do
                  use Agent

                  def start_link(_params) do
                    Agent.start_link(fn -> load_documents() end, name: __MODULE__)
                  end

                  def facilitators do
                    Agent.get(__MODULE__, & &1.facilitators)
                  end

                  def schema(name) do
                    Agent.get(__MODULE__, fn docs -> Map.fetch!(docs.schemas, name) end)
                  end

                  defp load_documents, do: %{facilitators: File.read!("f.csv"), schemas: %{}}
                end
                """);
        FILES.put("lib/shop/health.ex", """
                defmodule Shop.Health do
                  use Agent

                  def start_link(opts) do
                    Agent.start_link(fn -> true end, opts)
                  end

                  def healthy?(name \\\\ __MODULE__) do
                    Agent.get(name, & &1)
                  end
                end
                """);
        FILES.put("lib/shop/monitor.ex", """
                defmodule Shop.Monitor do
                  use Agent

                  def start_link(initial_state) do
                    Agent.start_link(fn -> initial_state end, name: __MODULE__)
                  end

                  def get_events do
                    Agent.get(__MODULE__, fn state -> Map.get(state, :events) end)
                  end

                  def add_event(tag, payload) do
                    Agent.update(__MODULE__, fn state -> Map.put(state, :events, [{tag, payload} | state.events]) end)
                  end

                  def remove_events(count) do
                    Agent.update(__MODULE__, fn state -> Map.put(state, :events, Enum.drop(state.events, -1 * count)) end)
                  end
                end
                """);
    }

    @TempDir
    static Path root;
    private static AnalysisResult result;

    @BeforeEach
    void analyze() throws IOException {
        if (result == null) {
            result = ShopProject.analyze(root, FILES);
        }
    }

    private static ModuleSummary summary(String module) {
        return result.modules().stream().filter(m -> m.name().equals(module)).findFirst().orElseThrow();
    }

    private static String sketch(String module) {
        String s = ElixirSketches.implementation(ShopProject.input(result, module));
        assertTrue(new ElixirFrontEnd().parse(s).ok(), s);
        return s;
    }

    @Test
    void aValueLoadedAtStartIsPutOnceAndReadWhereTodaysCodeReadsIt() {
        assertEquals(Pattern.ETS, summary("Shop.Trips").recommendation());
        String trips = sketch("Shop.Trips");
        assertTrue(trips.contains("value =\n      case Shop.Api.trips(\"CR-Fairmount\") do"), trips);
        assertTrue(trips.contains(":persistent_term.put(__MODULE__, value)\n    :ignore"), trips);
        assertTrue(trips.contains("def trip_names(trip_ids) do\n    :persistent_term.get(__MODULE__)\n"
                + "    |> Enum.filter(fn {id, _} -> Enum.member?(trip_ids, id) end)"), trips);
        assertTrue(trips.contains("def child_spec(arg) do"), trips);
        assertFalse(trips.contains(":ets.new") || trips.contains("Agent."), trips);

        String communes = sketch("Shop.Communes");
        assertTrue(communes.contains(":persistent_term.put(__MODULE__, load_communes())"), communes);
        assertTrue(communes.contains("filter(:persistent_term.get(__MODULE__), term)"), communes);

        String files = sketch("Shop.Files");
        assertTrue(files.contains(":persistent_term.get(__MODULE__).facilitators"), files);
        assertTrue(files.contains("docs = :persistent_term.get(__MODULE__)\n    Map.fetch!(docs.schemas, name)"), files);
    }

    @Test
    void aReadThroughTheCallersFunctionAndAStartLinkOfNoArgumentsAreCarriedOver() {
        // aircloak's Air.BOM: get(f \\ & &1) reads with the caller's function; start_link/0 from use Agent, start:
        String bom = sketch("Shop.Bom");
        assertTrue(bom.contains("def get(f \\\\ & &1) do\n    f.(:persistent_term.get(__MODULE__))\n"), bom);
        assertTrue(bom.contains("def start_link do\n    :persistent_term.put(__MODULE__, read_bom())\n"), bom);
        assertTrue(bom.contains("%{id: __MODULE__, start: {__MODULE__, :start_link, []}}"), bom);
    }

    @Test
    void theSupervisionSectionKeepsTheEntryThatPutsTheValue() {
        var model = io.github.otpadvisor.report.model.ReportModelBuilder.build(result, "test");
        var page = model.modules().stream().filter(m -> m.name().equals("Shop.Trips")).findFirst().orElseThrow();
        assertTrue(page.supervision().note().contains("the value is put before the children after it start"),
                page.supervision().note());
        assertFalse(page.supervision().note().contains("table's owner"), page.supervision().note());
    }

    @Test
    void aConstantStartValueIsNoWriteOnceValue() {
        assertEquals(Pattern.AGENT, summary("Shop.Health").recommendation());
        assertEquals(Verdict.FITS, summary("Shop.Health").verdict());
    }

    @Test
    void updatesThatBuildAKeysValueFromTheStateStayInTheAgent() {
        assertEquals(Pattern.AGENT, summary("Shop.Monitor").recommendation());
        assertTrue(result.findings().stream().noneMatch(f -> "Shop.Monitor".equals(f.module())
                && f.ruleId().equals("OTP004")), result.findings().toString());
    }

    @Test
    void anApplicationModuleWithUseTaskIsNotATask() {
        assertTrue(result.modules().stream().noneMatch(m -> m.name().equals("Shop.Application")),
                result.modules().toString());
    }
}
