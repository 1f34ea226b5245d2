package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the seventh stop (issue 11): commuter_rail_boarding's S3 fake, an Agent told to become a table. Its
 * put_object/4 runs start(), an Agent.update whose :ok nobody reads, then returns {:ok, body}: the update was left
 * unmoved ("sits inside more code"), so the function kept messaging an Agent that no longer exists; and start/0,
 * which starts today's Agent itself, was called unchanged.
 */
class AgentStatementToTableTest {
    @TempDir
    Path root;

    @Test
    void anUpdateStandingAsAStatementBecomesItsTableWritesInPlace() throws IOException {
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  def start(_type, _args), do: Supervisor.start_link([], strategy: :one_for_one)
                end
                """, "lib/shop/in_memory.ex", """
                defmodule Shop.InMemory do
                  @name __MODULE__

                  def put_object(filename, body, bucket \\\\ :default) do
                    start()

                    Agent.update(@name, fn state ->
                      Map.put(state, bucket, %{filename => body})
                    end)

                    {:ok, body}
                  end

                  def start do
                    _ = Agent.start(fn -> %{} end, name: @name)
                    :ok
                  end

                  def list_objects do
                    Agent.get(@name, & &1)
                  end

                  def object(bucket) do
                    Agent.get(@name, &Map.get(&1, bucket))
                  end
                end
                """));
        String sketch = ElixirSketches.implementation(ShopProject.input(r, "Shop.InMemory"));
        assertTrue(sketch.contains("    start()\n\n    :ets.insert(@table, {bucket, %{filename => body}})\n\n"
                + "    {:ok, body}"), sketch);
        assertFalse(sketch.contains("put_object/3 is not moved"), sketch);
        assertTrue(sketch.replaceAll("\\n\\s*# ", " ").contains("To change: def start/0 starts today's process itself"),
                sketch);
        assertTrue(Messages.parses(sketch), sketch);
    }
}
