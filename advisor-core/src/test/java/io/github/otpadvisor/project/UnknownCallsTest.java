package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.facts.Evidence;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A timer loop that searches the network through a library the analysis does not know (domolixir's Hue.Discover:
 * {@code Huex.Discovery.discover/0}, an SSDP search) is not said to do "no external I/O": the calls are named, and so
 * are its writes to the console. Data libraries (Jason), IO's data conversions and calls another process makes for it
 * are not.
 */
class UnknownCallsTest {
    @TempDir
    Path dir;

    private static final String SOURCE = """
            defmodule Home.Discover do
              use GenServer
              def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
              def init(nil) do
                send(self(), :discover)
                {:ok, nil}
              end
              def handle_info(:discover, nil) do
                Enum.each(do_discovery(), &Home.Bridge.pair/1)
                Process.send_after(self(), :discover, 60_000)
                {:noreply, nil}
              end
              defp do_discovery, do: Huex.Discovery.discover()
            end
            defmodule Home.Bridge do
              def pair(ip) do
                IO.puts("pairing " <> Jason.encode!(%{ip: ip}))
                Huex.connect(ip) |> Huex.authorize("home")
              end
            end
            defmodule Home.Printer do
              use GenServer
              def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)
              def init(s), do: {:ok, s}
              def handle_cast({:print, x}, s) do
                IO.puts(IO.iodata_to_binary(x))
                {:noreply, [Jason.encode!(x), Msgpax.pack!(x) | s]}
              end
              def handle_cast({:pair, ip}, s) do
                Home.Discover.pair_later(ip)
                {:noreply, s}
              end
            end
            defmodule Home.Reader do
              use GenServer
              def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)
              def init(s), do: {:ok, s}
              def handle_call(:read, _from, s), do: {:reply, File.read!("x") <> Huex.version(), s}
            end
            """;

    private static List<String> mayDoIo(ProjectFacts p, String module) {
        return p.processModule(module).orElseThrow().properties().mayDoIo().stream().map(Evidence::text).toList();
    }

    @Test
    void libraryCallsItsCallbacksReachAreNamedNearestFirst() {
        ProjectFacts p = SupervisionSources.link(dir, "home", SOURCE);
        assertFalse(p.processModule("Home.Discover").orElseThrow().properties().is(Property.ISOLATION_NEED));
        assertEquals(List.of(
                "handle_info/2 calls Home.Discover.do_discovery/0, which calls Huex.Discovery.discover/0, library code"
                        + " the analysis does not know: it may do I/O",
                "handle_info/2 calls Home.Bridge.pair/1, which calls Huex.connect/1, library code the analysis does"
                        + " not know: it may do I/O",
                "handle_info/2 calls Home.Bridge.pair/1, which calls Huex.authorize/2, library code the analysis does"
                        + " not know: it may do I/O"), mayDoIo(p, "Home.Discover"));
    }

    @Test
    void consoleWritesAreNamedButNotDataConversionsOrDataLibraries() {
        ProjectFacts p = SupervisionSources.link(dir, "home", SOURCE);
        List<String> texts = mayDoIo(p, "Home.Printer");
        assertEquals(1, texts.size(), texts.toString());
        assertTrue(texts.get(0).startsWith("handle_cast({:print, x}, ...) writes to the console (its group leader): "
                + "IO.puts("), texts.get(0));
    }

    @Test
    void aKnownIsolationNeedLeavesNothingToHedge() {
        ProjectFacts p = SupervisionSources.link(dir, "home", SOURCE);
        assertTrue(p.processModule("Home.Reader").orElseThrow().properties().is(Property.ISOLATION_NEED));
        assertEquals(List.of(), mayDoIo(p, "Home.Reader"));
    }
}
