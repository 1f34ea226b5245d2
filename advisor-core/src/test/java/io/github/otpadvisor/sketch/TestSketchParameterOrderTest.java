package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test calls today's functions with their parameters where today's code takes them: the process's address last
 * ({@code update(attrs, pid \\ __MODULE__)}: the pid goes last), an address whose default names the instance a
 * plain start runs is left out ({@code register_venue(venue, id \\ @default_id)}), and a value whose fields the
 * handler reads ({@code venue.id}) is not a sample string (tai's {@code Tai.Boot}, ewallet's {@code Config}).
 */
class TestSketchParameterOrderTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/settings.ex", """
                defmodule Shop.Settings do
                  use GenServer
                  def start_link(opts \\\\ []), do: GenServer.start_link(__MODULE__, opts)
                  def init(_opts), do: {:ok, %{}}
                  def update(attrs, pid \\\\ __MODULE__), do: GenServer.call(pid, {:update, attrs})
                  def handle_call({:update, attrs}, _from, state), do: {:reply, :ok, Map.merge(state, %{last: attrs})}
                end
                """);
        FILES.put("lib/shop/relays.ex", """
                defmodule Shop.Relays do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
                  def init(s), do: {:ok, s}
                  def available?(relay, bundle), do: GenServer.call(__MODULE__, {:available, relay, bundle})
                  def enable(relay), do: GenServer.call(__MODULE__, {:enable, relay})
                  def handle_call({:available, relay, bundle}, _from, s), do: {:reply, Map.get(s, {relay, bundle}) != nil, s}
                  def handle_call({:enable, relay}, _from, s), do: {:reply, :ok, Map.put(s, relay.id, relay)}
                end
                """);
        FILES.put("lib/shop/boot.ex", """
                defmodule Shop.Boot do
                  use GenServer
                  @default_id :default
                  def start_link(args \\\\ []) do
                    id = Keyword.get(args, :id, @default_id)
                    GenServer.start_link(__MODULE__, %{venues: %{}, closed: false}, name: to_name(id))
                  end

                  def to_name(id), do: :"#{__MODULE__}_#{id}"

                  def register_venue(venue, id \\\\ @default_id) do
                    id
                    |> to_name
                    |> GenServer.call({:register_venue, venue})
                  end

                  def register_label(label, id \\\\ @default_id) do
                    id
                    |> to_name
                    |> GenServer.call({:register_label, label})
                  end

                  def init(state), do: {:ok, state}

                  def handle_call({:register_venue, venue}, _from, state) do
                    {:reply, {:ok, venue}, %{state | venues: Map.put(state.venues, venue.id, venue)}}
                  end

                  def handle_call({:register_label, label}, _from, state) do
                    {:reply, {:ok, label}, %{state | venues: Map.put(state.venues, label, label)}}
                  end
                end
                """);
    }

    @TempDir
    static Path root;
    private static AnalysisResult result;

    @BeforeAll
    static void analyze() throws IOException {
        result = ShopProject.analyze(root, FILES);
    }

    @Test
    void theAddressGoesWhereTodaysFunctionTakesIt() {
        String t = ShopProject.testSketch(result, "Shop.Settings");
        assertTrue(t.contains("Settings.update(\"attrs-1\", pid)"), t);
        assertFalse(t.contains("Settings.update(pid,"), t);
    }

    @Test
    void onlyTheHandlerAFunctionSendsToDecidesWhatItTakes() {
        // enable/1's clause reads relay.id; available?/2's does not, though its message names a relay too
        String t = ShopProject.testSketch(result, "Shop.Relays");
        assertTrue(t.contains("Relays.available?(\"relay-1\", \"bundle-1\")"), t);
        assertFalse(t.contains("Relays.enable(\""), t);
    }

    @Test
    void aDefaultedAddressIsLeftOutAndAValueWhoseFieldsAreReadIsNotMadeUp() {
        String t = ShopProject.testSketch(result, "Shop.Boot");
        assertTrue(t.contains("assert {:ok, _} = Boot.register_label(\"label-1\")\n"), t);
        assertFalse(t.contains("Boot.register_venue(\""), t);
        assertTrue(t.contains("# register_venue/2 matches what its callers build"), t);
    }
}
