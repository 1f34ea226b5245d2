package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fitting module's OTP005 and OTP009 fixes quote its own start call, fn body included, and give the after with
 * the same body (issue 11, the drags on the "fits" reports): no {@code fn -> work() end} placeholder, no advice in
 * words where the call is known.
 */
class FitsWrittenCallTest {
    @TempDir
    Path root;

    private static final String APP = """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    children = [
                      {Task.Supervisor, name: Shop.TaskSupervisor},
                      {Shop.Sum, []},
                      {Shop.Conns, []}
                    ]
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """;

    private String implementation(String file, String source, String module) throws IOException {
        AnalysisResult r = ShopProject.analyze(root, java.util.Map.of("lib/shop/application.ex", APP, file, source));
        return ElixirSketches.implementation(ShopProject.input(r, module));
    }

    @Test
    void anUnsupervisedTaskKeepsItsOwnFunctionUnderTheTaskSupervisor() throws IOException {
        String impl = implementation("lib/shop/sum.ex", """
                defmodule Shop.Sum do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
                  def init(state) do
                    Process.send_after(self(), :flush, 1000)
                    {:ok, state}
                  end

                  def handle_info(:flush, state) do
                    Shop.Repo.insert_all(Map.to_list(state))
                    Process.send_after(self(), :flush, 1000)
                    {:noreply, %{}}
                  end

                  def fetch(address, balances) do
                    if stale?(address) do
                      Task.start_link(fn ->
                        update_cache(address, balances)
                      end)
                    end

                    GenServer.call(__MODULE__, {:get, address})
                  end

                  def handle_call({:get, address}, _from, state), do: {:reply, Map.get(state, address), state}
                  def handle_cast({:put, address, sum}, state), do: {:noreply, Map.put(state, address, sum)}

                  defp stale?(_address), do: true
                  defp update_cache(address, balances), do: GenServer.cast(__MODULE__, {:put, address, Enum.sum(balances)})
                end
                """, "Shop.Sum");
        assertTrue(impl.contains("# OTP005 at lib/shop/sum.ex:17"), impl);
        assertTrue(impl.contains("""
                # before
                Task.start_link(fn ->
                  update_cache(address, balances)
                end)
                # after
                Task.Supervisor.start_child(Shop.TaskSupervisor, fn ->
                  update_cache(address, balances)
                end)"""), impl);
        assertFalse(impl.contains("work()"), impl);
        assertTrue(Messages.parses(impl), impl);
    }

    @Test
    void aClosureThatCopiesTheWholeStateBindsTheFieldItReads() throws IOException {
        String impl = implementation("lib/shop/conns.ex", """
                defmodule Shop.Conns do
                  use GenServer

                  defmodule State do
                    defstruct start_fn: nil, connections: %{}, listeners: %{}
                  end

                  def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)
                  def connection(db), do: GenServer.call(__MODULE__, {:connection, db})
                  def init(_), do: {:ok, %State{start_fn: &Shop.Db.connect/1}}

                  def handle_call({:connection, db}, from, %State{} = state) do
                    %{ref: ref} =
                      Task.Supervisor.async_nolink(
                        Shop.TaskSupervisor,
                        fn ->
                          {:start_result, state.start_fn.(db)}
                        end,
                        timeout: 30_000
                      )

                    {:noreply, %{state | listeners: Map.put(state.listeners, ref, from)}}
                  end

                  def handle_info({ref, {:start_result, {:ok, conn}}}, %State{} = state) do
                    {from, listeners} = Map.pop(state.listeners, ref)
                    GenServer.reply(from, {:ok, conn})
                    {:noreply, %{state | listeners: listeners, connections: Map.put(state.connections, ref, conn)}}
                  end
                end
                """, "Shop.Conns");
        assertTrue(impl.contains("""
                # before
                Task.Supervisor.async_nolink(
                  Shop.TaskSupervisor,
                  fn ->
                    {:start_result, state.start_fn.(db)}
                  end,
                  timeout: 30_000
                )
                # after: only what the function reads is copied to the new process
                start_fn = state.start_fn
                Task.Supervisor.async_nolink(
                  Shop.TaskSupervisor,
                  fn ->
                    {:start_result, start_fn.(db)}
                  end,
                  timeout: 30_000
                )"""), impl);
        assertFalse(impl.contains("# change: Bind"), impl);
        assertTrue(Messages.parses(impl), impl);
    }

    @Test
    void aLongCallIsQuotedByItsFirstLine() {
        StringBuilder body = new StringBuilder("Task.start(fn ->\n");
        for (int i = 0; i < 14; i++) {
            body.append("    step").append(i).append("()\n");
        }
        body.append("  end)");
        CodeWriter w = new CodeWriter();
        WrittenCall.write(w, body.toString());
        assertEquals("Task.start(fn ->\n# ... (15 more lines as today)", w.toString());
        assertEquals(List.of("Task.start(fn ->", "  step0()", "end)"),
                WrittenCall.lines("Task.start(fn ->\n      step0()\n    end)"));
    }

    /** next-ls's CredoExtension: the fields the fn reads sit deep in a long call; the after shows every changed line. */
    @Test
    void aLongCallsNarrowedFormShowsEveryLineItChanges() {
        StringBuilder written = new StringBuilder("Task.Supervisor.async_nolink(state.task_supervisor, fn ->\n");
        for (int i = 0; i < 6; i++) {
            written.append("        step").append(i).append("()\n");
        }
        written.append("        Runtime.call(runtime, [state.settings.cli_options, path])\n");
        for (int i = 6; i < 12; i++) {
            written.append("        step").append(i).append("()\n");
        }
        written.append("        NextLS.Logger.info(state.logger, \"done\")\n");
        written.append("        result\n      end)");
        String advice = "Bind what the process needs to variables before starting it (cli_options ="
                + " state.settings.cli_options; logger = state.logger, or the nested value it reads) and use only those";
        String after = WrittenCall.narrowed(written.toString(), advice);
        CodeWriter w = new CodeWriter();
        WrittenCall.writeChange(w, written.toString(), after, "# after: only what the function reads is copied");
        assertEquals(String.join("\n",
                "# before",
                "Task.Supervisor.async_nolink(state.task_supervisor, fn ->",
                "  # ... (6 lines as today)",
                "  Runtime.call(runtime, [state.settings.cli_options, path])",
                "  # ... (6 lines as today)",
                "  NextLS.Logger.info(state.logger, \"done\")",
                "  # ... (1 line as today)",
                "end)",
                "# after: only what the function reads is copied",
                "cli_options = state.settings.cli_options",
                "logger = state.logger",
                "Task.Supervisor.async_nolink(state.task_supervisor, fn ->",
                "  # ... (6 lines as today)",
                "  Runtime.call(runtime, [cli_options, path])",
                "  # ... (6 lines as today)",
                "  NextLS.Logger.info(logger, \"done\")",
                "  # ... (1 line as today)",
                "end)"), w.toString());
    }

    @Test
    void noRewriteWhenTheCallIsNotWhatTheAdviceNames() {
        assertNull(WrittenCall.supervised("GenServer.start(__MODULE__, [])", "Shop.TaskSupervisor"));
        assertNull(WrittenCall.narrowed("Task.start(fn -> run(conn) end)",
                "Bind what the process needs to variables before starting it (id = state.id) and use only those"));
        assertEquals("Task.Supervisor.async(Shop.TaskSupervisor, fn -> run() end)",
                WrittenCall.supervised("Task.async(fn -> run() end)", "Shop.TaskSupervisor"));
    }
}
