package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.facts.extract.FileFactsExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Read cold at the thirteenth stop (issue 11): ride_along's MqttListener runs a {@code Task.async} for every message
 * it handles, and its report said "no casts or async work were found" (133 of the 1,820 reports saying so in the
 * 149 projects name a file that starts a task or spawns). Work its own code starts beside the process counts.
 */
class AsyncWorkConcurrencyTest {
    private static ProcessModule of(String source) {
        ProjectFacts p = ProjectFacts.link(List.of(FileFactsExtractor.extractSource("lib/shop/listener.ex", "shop",
                source)));
        return p.processModule("Shop.Listener").orElseThrow();
    }

    @Test
    void aTaskStartedFromAHandlerIsConcurrentWork() {
        ProcessModule m = of("""
                defmodule Shop.Listener do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def init(_), do: {:ok, nil}
                  def handle_info({:message, payload}, state) do
                    Task.async(fn -> Shop.Store.save(payload) end)
                    {:noreply, state}
                  end
                  def handle_info({ref, _}, state) when is_reference(ref), do: {:noreply, state}
                end
                """);
        assertTrue(m.is(Property.CONCURRENCY_NEED), m.properties().toString());
        assertTrue(m.properties().evidence(Property.CONCURRENCY_NEED).get(0).text()
                .equals("starts work that runs beside it: Task.async in handle_info/2"),
                m.properties().evidence(Property.CONCURRENCY_NEED).toString());
    }

    @Test
    void withoutItNothingChanges() {
        ProcessModule m = of("""
                defmodule Shop.Listener do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def init(_), do: {:ok, nil}
                  def handle_info({:message, payload}, state) do
                    Shop.Store.save(payload)
                    {:noreply, state}
                  end
                end
                """);
        assertFalse(m.is(Property.CONCURRENCY_NEED), m.properties().toString());
    }
}
