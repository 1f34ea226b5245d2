package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Judged at the fifteenth session (issue 11): gristle's InterfaceOutput and Bno080 got a test calling
 * {@code handle_cast(:imu_ready, state)} as a function, "the clause needs no process of its own"; the clause calls
 * {@code Common.Utils.Comms.dispatch_cast/3}, which casts to what a Registry holds, and run in a test it raised
 * (no such Registry). A clause that reaches a process through another module's function is not called that way.
 */
class CallbackThroughHelperTest {
    @TempDir
    Path root;

    private static final String COMMS = """
            defmodule Common.Comms do
              def dispatch_cast(registry, topic, message) do
                Registry.dispatch(registry, topic, fn entries ->
                  for {pid, _} <- entries, do: GenServer.cast(pid, message)
                end)
              end

              def label(topic), do: "topic " <> to_string(topic)
            end
            """;

    private String testOf(String clauseBody) throws IOException {
        var r = ShopProject.analyze(root, Map.of(
                "lib/common/comms.ex", COMMS,
                "lib/application.ex", """
                        defmodule Robot.Application do
                          use Application
                          def start(_type, _args), do: Supervisor.start_link([{Imu, port()}], strategy: :one_for_one)
                          defp port, do: System.fetch_env!("IMU_PORT")
                        end
                        """,
                "lib/imu.ex", """
                        defmodule Imu do
                          use GenServer
                          require Logger
                          def start_link(port), do: GenServer.start_link(__MODULE__, port)
                          def init(_port) do
                            Process.send_after(self(), :imu_ready, 1000)
                            {:ok, %%{ready: false}}
                          end
                          def handle_info(:imu_ready, state) do
                            %s
                            {:noreply, %%{state | ready: true}}
                          end
                        end
                        """.formatted(clauseBody)));
        return ShopProject.testSketch(r, "Imu");
    }

    @Test
    void aClauseThatCastsThroughAHelperModuleIsNotCalledAsAFunction() throws IOException {
        String t = testOf("Common.Comms.dispatch_cast(:topic_registry, :imu_status, {:imu_status, :ready})");
        assertFalse(t.contains("Imu.handle_info(:imu_ready, state)"), t);
    }

    @Test
    void aClauseThatCallsAPlainHelperStillIs() throws IOException {
        String t = testOf("Logger.debug(Common.Comms.label(:imu_status))");
        assertTrue(t.contains("Imu.handle_info(:imu_ready, state)"), t);
    }
}
