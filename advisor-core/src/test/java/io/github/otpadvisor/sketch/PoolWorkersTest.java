package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.project.Supervision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the seventh stop (issue 11): alerts_concierge starts forty NotificationWorkers through
 * {@code :poolboy.child_spec(:message_worker, config, [])}; the report said "not known" where it is started and
 * recommended a static child, one worker for every caller. glific names its worker in a helper, through a
 * configuration read with a default.
 */
class PoolWorkersTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  def start(_type, _args) do
                    message_worker_config = [
                      name: {:local, :message_worker},
                      worker_module: Shop.NotificationWorker,
                      size: Application.get_env(:shop, :notification_workers)
                    ]

                    children = [
                      :poolboy.child_spec(:message_worker, message_worker_config, []),
                      :poolboy.child_spec(:consumer_pool, poolboy_config())
                    ]

                    Supervisor.start_link(children, strategy: :one_for_one)
                  end

                  defp poolboy_config do
                    opts = Application.get_env(:shop, Poolboy)
                    default = Shop.ConsumerWorker

                    worker =
                      if is_nil(opts),
                        do: default,
                        else: Keyword.get(opts, :worker, default)

                    [name: {:local, :consumer_pool}, worker_module: worker, size: 10, max_overflow: 10]
                  end
                end
                """);
        FILES.put("lib/shop/notification_worker.ex", """
                defmodule Shop.NotificationWorker do
                  use GenServer

                  def start_link(opts \\\\ []), do: GenServer.start_link(__MODULE__, nil, opts)

                  def init(_), do: {:ok, %{sent: 0}, {:continue, :work}}

                  def handle_continue(:work, state), do: {:noreply, state, 1_000}

                  def handle_info(:timeout, state) do
                    ExAws.request!(ExAws.SNS.publish("hello", phone_number: "1"))
                    {:noreply, %{state | sent: state.sent + 1}, 1_000}
                  end
                end
                """);
        FILES.put("lib/shop/consumer_worker.ex", """
                defmodule Shop.ConsumerWorker do
                  use GenServer

                  def start_link(args), do: GenServer.start_link(__MODULE__, args)

                  def init(args), do: {:ok, args}

                  def handle_call({:consume, message}, _from, state), do: {:reply, Shop.Repo.insert(message), state}
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

    @Test
    void aPoolsWorkerIsStartedByThePoolAndKeepsThatPlace() {
        ModuleSummary worker = summary("Shop.NotificationWorker");
        assertEquals(Supervision.Status.DYNAMIC, worker.supervision().status(), worker.supervision().toString());
        assertEquals("the :poolboy pool :message_worker", worker.supervision().parent());
        assertEquals(Placement.WORKER_POOL, worker.placementToday());
        assertEquals(Placement.WORKER_POOL, worker.placementRecommended());
        assertEquals(Verdict.FITS, worker.verdict());
        String entry = ElixirSketches.childrenEntry(ShopProject.input(result, "Shop.NotificationWorker"));
        assertTrue(entry.contains(":poolboy.child_spec(:message_worker, message_worker_config, [])"), entry);
    }

    @Test
    void aWorkerNamedInAHelperThroughAConfigurationDefaultIsFound() {
        ModuleSummary consumer = summary("Shop.ConsumerWorker");
        assertEquals("the :poolboy pool :consumer_pool", consumer.supervision().parent(),
                consumer.supervision().toString());
        assertEquals(Placement.WORKER_POOL, consumer.placementToday());
    }

    @Test
    void anAwsRequestIsExternalIo() {
        var m = result.project().processModules().stream().filter(p -> p.name().equals("Shop.NotificationWorker"))
                .findFirst().orElseThrow();
        assertTrue(m.is(io.github.otpadvisor.project.Property.ISOLATION_NEED));
    }
}
