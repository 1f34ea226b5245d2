package io.github.otpadvisor.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.project.Supervision;
import io.github.otpadvisor.report.ReportFormat;
import io.github.otpadvisor.report.ReportSettings;
import io.github.otpadvisor.report.ReportWriter;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project macro's {@code __using__} quote holds the GenServer, and its handlers call functions each using module
 * defines (tilex's notifiers): what those functions do is what the handlers do, and the quote's start_link names
 * the using module.
 */
class MacroTemplateHooksTest {
    @TempDir
    Path root;
    private AnalysisResult result;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(root.resolve("lib/notifiers"));
        Files.createDirectories(root.resolve("config"));
        Files.writeString(root.resolve("mix.exs"), """
                defmodule Blog.MixProject do
                  use Mix.Project
                  def project, do: [app: :blog, version: "0.1.0"]
                  def application, do: [mod: {Blog.Application, []}]
                end
                """);
        Files.writeString(root.resolve("config/config.exs"), """
                import Config
                config :blog, :slack_notifier, Blog.Notifiers.Quiet
                config :blog, :webhook_notifier, Blog.Notifiers.Webhook
                config :blog, :tweet_notifier, Blog.Notifiers.Tweet
                """);
        Files.writeString(root.resolve("lib/application.ex"), """
                defmodule Blog.Application do
                  use Application
                  def start(_type, _args) do
                    Supervisor.start_link([Blog.NotifiersSupervisor], strategy: :one_for_one)
                  end
                end
                """);
        Files.writeString(root.resolve("lib/notifiers_supervisor.ex"), """
                defmodule Blog.NotifiersSupervisor do
                  use Supervisor
                  def start_link([]), do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)
                  def init(_), do: Supervisor.init(children(), strategy: :one_for_one)
                  def children, do: [slack_notifier(), webhook_notifier(), tweet_notifier()]
                  defp slack_notifier, do: Application.get_env(:blog, :slack_notifier)
                  defp webhook_notifier, do: Application.get_env(:blog, :webhook_notifier)
                  defp tweet_notifier, do: Application.get_env(:blog, :tweet_notifier)
                end
                """);
        Files.writeString(root.resolve("lib/notifiers/notifier.ex"), """
                defmodule Blog.Notifier do
                  @callback handle_post_created(term(), String.t()) :: any
                  defmacro __using__(_) do
                    quote location: :keep do
                      use GenServer
                      @behaviour Blog.Notifier
                      def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                      def post_created(post, url), do: GenServer.cast(__MODULE__, {:post_created, post, url})
                      def init(state), do: {:ok, state}
                      def report(text), do: GenServer.call(__MODULE__, {:report, text})
                      def handle_cast({:post_created, post, url}, state) do
                        handle_post_created(post, url)
                        {:noreply, state}
                      end
                      def handle_call({:report, text}, _from, state), do: {:reply, String.length(text), state}
                    end
                  end
                end
                """);
        Files.writeString(root.resolve("lib/notifiers/webhook.ex"), """
                defmodule Blog.Notifiers.Webhook do
                  use Blog.Notifier
                  def handle_post_created(post, url) do
                    payload = %{title: post.title, url: url}
                    deliver(payload)
                  end
                  defp deliver(payload), do: Req.post("https://hooks.example", json: payload)
                end
                """);
        Files.writeString(root.resolve("lib/notifiers/tweet.ex"), """
                defmodule Blog.Notifiers.Tweet do
                  use Blog.Notifier
                  def handle_post_created(post, url) do
                    "#{post.title} #{url}"
                    |> send_tweet
                  end
                  def send_tweet(text), do: Req.post!("https://api.example/tweets", json: %{text: text})
                end
                """);
        Files.writeString(root.resolve("lib/notifiers/quiet.ex"), """
                defmodule Blog.Notifiers.Quiet do
                  use Blog.Notifier
                  def handle_post_created(post, url), do: String.upcase(post.title <> url)
                end
                """);
        Files.writeString(root.resolve("lib/collector.ex"), """
                defmodule Blog.Collector do
                  @callback collect(term()) :: term()
                  defmacro __using__(_) do
                    quote do
                      @behaviour Blog.Collector
                      def start_link(%{name: name} = state), do: GenServer.start_link(__MODULE__, state, name: name)
                      def init(state) do
                        Process.send_after(self(), :collect, state.frequency)
                        {:ok, state}
                      end
                      def handle_info(:collect, state) do
                        collect(state)
                        Process.send_after(self(), :collect, state.frequency)
                        {:noreply, state}
                      end
                    end
                  end
                end
                defmodule Blog.Collectors.Stats do
                  use Blog.Collector
                  def collect(state), do: state
                end
                """);
        result = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
    }

    @Test
    void aQuoteThatStartsAGenServerWithoutUseGenServerMakesOne() {
        // poa-netstats-agent's collectors: start_link and the callbacks in the quote, no `use GenServer`
        Assessment a = result.assessments().of("Blog.Collectors.Stats").orElseThrow();
        assertEquals(io.github.otpadvisor.facts.Abstraction.GENSERVER, a.module().abstraction());
        assertTrue(a.module().facts().abstractionEvidence().text().contains("GenServer.start_link(__MODULE__"),
                a.module().facts().abstractionEvidence().text());
    }

    @Test
    void theUsingModulesIoIsWhatTheQuotesHandlerDoes() {
        Assessment a = result.assessments().of("Blog.Notifiers.Webhook").orElseThrow();
        assertEquals(Pattern.GENSERVER, a.decision().abstraction(), a.decision().rationale());
        assertEquals(Verdict.FITS, a.verdict(), a.decision().rationale());
        // Q4 said yes for the I/O alone (a call too, so not a cast-only background queue): the rationale says that, not "state with timeouts"
        assertTrue(a.decision().rationale().startsWith("It keeps no state, but handle_cast({:post_created, post, url}"
                + ", ...) does external I/O: Req.post("), a.decision().rationale());
    }

    @Test
    void aBarePipedCallReachesTheFunction() {
        Assessment a = result.assessments().of("Blog.Notifiers.Tweet").orElseThrow();
        assertEquals(Verdict.FITS, a.verdict(), a.decision().rationale());
        assertTrue(a.decision().rationale().contains("Req.post!("), a.decision().rationale());
    }

    @Test
    void aHookThatOnlyComputesLeavesTheProcessWithoutReason() {
        Assessment a = result.assessments().of("Blog.Notifiers.Quiet").orElseThrow();
        assertEquals(Pattern.FUNCTIONS, a.decision().abstraction(), a.decision().rationale());
    }

    @Test
    void theQuotesStartLinkRegistersTheUsingModule() {
        Assessment a = result.assessments().of("Blog.Notifiers.Webhook").orElseThrow();
        assertEquals(Placement.STATIC_CHILD, a.decision().placement(), a.decision().rationale());
    }

    @Test
    void theConfiguredEntryIsTheOneReadingItsKey() {
        Supervision s = result.project().supervision("Blog.Notifiers.Webhook");
        assertTrue(s.why().contains("get_env(:blog, :webhook_notifier)"), s.why());
        assertFalse(s.why().contains(":slack_notifier"), s.why());
    }

    @Test
    void theReportWarnsOfRealIoAndWritesAnEntryThatParses() throws Exception {
        Path out = root.resolve("out");
        ReportWriter.write(result, new ReportSettings(Set.of(ReportFormat.MD), out, null, "test"));
        String md = Files.readString(out.resolve("md/modules/Blog.Notifiers.Webhook/otp-decision.md"));
        assertTrue(md.contains("test \"handles each message it is sent\""), md);
        // the configuration may start it in the test environment: the test takes the running one when it runs
        assertTrue(md.contains("pid = Process.whereis(Webhook) || start_supervised!({Webhook, []})"), md);
        assertTrue(md.contains("# post_created/2 reaches Req.post("), md);
        assertTrue(md.contains("this test does that I/O for real"), md);
        assertTrue(md.contains("{Blog.Notifiers.Webhook, []}"), md);
        assertFalse(md.contains("{Blog.Notifiers.Webhook, _}"), md);
    }
}
