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
 * A handler that calls a project module's function doing HTTP does that I/O in its process (magnetissimo's crawler
 * GenServers): the isolation need says so, with the path; work another process does for it is not counted.
 */
class HandlerIoTest {
    @TempDir
    Path dir;

    private static final String SOURCE = """
            defmodule Crawl.Crawler do
              def crawl_latest, do: get_rss() |> parse()
              defp get_rss, do: HTTPoison.get!("https://example.org/rss")
              defp parse(resp), do: resp.body
            end
            defmodule Crawl.Server do
              use GenServer
              def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
              def init(s) do
                Process.send_after(self(), :crawl, 1_000)
                {:ok, s}
              end
              def handle_info(:crawl, s) do
                Crawl.Crawler.crawl_latest()
                Process.send_after(self(), :crawl, 1_000)
                {:noreply, s}
              end
            end
            defmodule Crawl.Fetcher do
              use GenServer
              def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
              def fetch(url), do: GenServer.call(__MODULE__, {:fetch, url})
              def init(s), do: {:ok, s}
              def handle_call({:fetch, url}, _from, s), do: {:reply, Req.get!(url), s}
            end
            defmodule Crawl.Client do
              use GenServer
              def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
              def init(s), do: {:ok, s}
              def handle_cast({:get, url}, s) do
                Crawl.Fetcher.fetch(url)
                {:noreply, s}
              end
            end
            """;

    @Test
    void ioThroughAnotherModulesFunctionIsTheHandlersIo() {
        ProjectFacts p = SupervisionSources.link(dir, "crawl", SOURCE);
        PropertyValue v = p.processModule("Crawl.Server").orElseThrow().properties().get(Property.ISOLATION_NEED);
        assertTrue(v.value(), v.toString());
        List<String> texts = v.evidence().stream().map(Evidence::text).toList();
        assertEquals(List.of("handle_info/2 calls Crawl.Crawler.crawl_latest/0, which calls get_rss/0, which does "
                + "external I/O: HTTPoison.get!(\"https://example.org/rss\")"), texts);
        assertEquals(3, v.evidence().get(0).line(), "the evidence points at the I/O itself");
    }

    @Test
    void ioAnotherProcessDoesIsNotFollowed() {
        ProjectFacts p = SupervisionSources.link(dir, "crawl", SOURCE);
        PropertyValue v = p.processModule("Crawl.Client").orElseThrow().properties().get(Property.ISOLATION_NEED);
        assertFalse(v.value(), v.toString());
    }

    @Test
    void aPinTheProcessOpensIsHardwareItOwns() {
        // nerves_examples' HelloWiFi.Button, farmbot's GPIO handler: the process holds the pin and gets its interrupts
        ProjectFacts p = SupervisionSources.link(dir, "button", """
                defmodule Blink.Button do
                  use GenServer
                  def start_link(pin), do: GenServer.start_link(__MODULE__, pin, name: __MODULE__)
                  def init(pin) do
                    {:ok, gpio} = Circuits.GPIO.open(pin, :input)
                    :ok = Circuits.GPIO.set_interrupts(gpio, :both)
                    {:ok, gpio}
                  end
                  def handle_info({:circuits_gpio, _pin, _time, value}, gpio) do
                    IO.puts("button: #{value}")
                    {:noreply, gpio}
                  end
                end
                """);
        PropertyValue v = p.processModule("Blink.Button").orElseThrow().properties().get(Property.ISOLATION_NEED);
        assertTrue(v.value(), v.toString());
        assertTrue(v.evidence().get(0).text().startsWith("opens hardware it then owns: Circuits.GPIO.open(pin, :input)"),
                v.toString());
    }
}
