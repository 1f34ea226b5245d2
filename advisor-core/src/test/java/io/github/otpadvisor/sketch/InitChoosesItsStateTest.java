package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the thirteenth stop (issue 11): coffee_time's Hydraulics and PowerControl pick their first state by
 * the boiler's fill status, and their crash cost said "init/1 starts it again from the same literal (:ready)".
 */
class InitChoosesItsStateTest {
    @TempDir
    Path root;

    @Test
    void aStateChosenAmongLiteralsIsNotTheSameLiteral() throws IOException {
        var pages = ShopProject.pages(root, Map.of(
                "lib/shop/application.ex", """
                        defmodule Shop.Application do
                          use Application
                          def start(_type, _args), do: Supervisor.start_link([Shop.Pump], strategy: :one_for_one)
                        end
                        """,
                "lib/shop/pump.ex", """
                        defmodule Shop.Pump do
                          use GenServer
                          def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                          def init(_) do
                            Process.send_after(self(), :check, 1000)
                            if Shop.Boiler.full?() do
                              {:ok, :ready}
                            else
                              {:ok, :filling}
                            end
                          end
                          def handle_info(:check, _state), do: {:noreply, :ready}
                        end
                        """));
        String page = pages.get("Shop.Pump").toString();
        assertTrue(page.contains("init/1 starts it again from one of its 2 literal states, chosen by what it reads as"
                + " it starts"), page);
        assertFalse(page.contains("from the same literal"), page);
    }
}
