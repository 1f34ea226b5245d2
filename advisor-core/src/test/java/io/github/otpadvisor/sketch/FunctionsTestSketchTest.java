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
 * Read cold at the eleventh stop (issue 11): the test of a module the report turns into plain functions compared a
 * call with itself ("same input, same result"), also for functions that fetch or write (cryptozaur's
 * {@code get_tickers/0}, a Slack post made twice), and called msgr's {@code Telemetry.emit/2}, whose guard takes one
 * of {@code @events}, with a sample string. The comparison is kept for a reply computed from the message alone; else
 * the test asserts what today's clause fixes of the reply, or says it is computed at run time; a parameter a guard
 * takes from a set of values gets no sample.
 */
class FunctionsTestSketchTest {
    @TempDir
    static Path root;
    private static AnalysisResult result;
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  def start(_type, _args) do
                    Supervisor.start_link([Shop.Tickers, Shop.Telemetry], strategy: :one_for_one)
                  end
                end
                """);
        FILES.put("lib/shop/tickers.ex", """
                defmodule Shop.Tickers do
                  use GenServer

                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)

                  def get_tickers(market), do: GenServer.call(__MODULE__, {:get_tickers, market})

                  @impl true
                  def init(nil), do: {:ok, nil}

                  @impl true
                  def handle_call({:get_tickers, market}, _from, state) do
                    {:reply, Req.get!("https://example.com/" <> market).body, state}
                  end
                end
                """);
        FILES.put("lib/shop/telemetry.ex", """
                defmodule Shop.Telemetry do
                  use GenServer

                  @events [[:shop, :order], [:shop, :refund]]

                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)

                  def emit(event, measurements) when event in @events do
                    GenServer.cast(__MODULE__, {:emit, event, measurements})
                  end

                  @impl true
                  def init(nil), do: {:ok, nil}

                  @impl true
                  def handle_cast({:emit, event, measurements}, state) do
                    :telemetry.execute(event, measurements, %{})
                    {:noreply, state}
                  end
                end
                """);
    }

    @BeforeAll
    static void analyze() throws IOException {
        result = ShopProject.analyze(root, FILES);
    }

    @Test
    void aFunctionThatFetchesIsCalledOnceAndItsIoNamed() {
        String t = ShopProject.testSketch(result, "Shop.Tickers");
        assertTrue(t.contains("test \"get_tickers/1 works with no process started\" do"), t);
        assertFalse(t.contains("== Tickers.get_tickers("), t);
        assertTrue(t.replaceAll("\n\\s*# ", " ").contains("get_tickers/1 reaches Req.get!("), t);
        assertTrue(t.contains("    Tickers.get_tickers(\"market-1\")\n"), t);
        assertTrue(Messages.parses(t), t);
    }

    @Test
    void aParameterTheGuardTakesFromASetGetsNoSampleString() {
        String t = ShopProject.testSketch(result, "Shop.Telemetry");
        assertFalse(t.contains("Telemetry.emit(\""), t);
        // named instead, with the head whose guard asks for it
        assertTrue(t.replaceAll("\n\\s*# ", " ").contains("emit/2 matches what its callers build (def emit(event,"
                + " measurements) when event in @events"), t);
        assertTrue(Messages.parses(t), t);
    }
}
