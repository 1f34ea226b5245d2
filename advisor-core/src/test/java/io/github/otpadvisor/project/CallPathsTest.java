package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Function-level call paths from request entries and boot steps (RULEBOOK §2 "start rate"). */
class CallPathsTest {
    @TempDir
    Path dir;

    @Test
    void messagesRemoteNodeCallsAndHandlersCarryARequestOn() {
        CallPaths paths = SupervisionSources.link(dir, "a", """
                defmodule MyApp.Handler do
                  @behaviour :ranch_protocol
                  def start_link(ref, transport, opts), do: {:ok, :proc_lib.spawn_link(__MODULE__, :init, [{ref, transport, opts}])}
                  def init(_), do: MyApp.Pool.checkout(:tenant)
                end

                defmodule MyApp.Pool do
                  use GenServer
                  def checkout(t), do: GenServer.call(__MODULE__, {:checkout, t})
                  def handle_call({:checkout, t}, _from, s), do: {:reply, :erpc.call(node(), __MODULE__, :start_pool, [t]), s}
                  def start_pool(t), do: t
                end

                defmodule MyAppWeb.PageLive do
                  use Phoenix.LiveView
                  def mount(_p, _s, socket), do: {:ok, MyApp.Pages.load(socket)}
                end

                defmodule MyApp.Pages do
                  def load(socket), do: socket
                end
                """).callPaths();
        CallPaths.RequestPath p = paths.requestPath("MyApp.Pool", "start_pool/1");
        assertEquals("MyApp.Handler.init/1 -> MyApp.Pool.checkout/1 -> MyApp.Pool.handle_call/3 -> MyApp.Pool.start_pool/1",
                p.text());
        assertEquals("ranch protocol handler", p.entryKind());
        assertFalse(p.humanRate());
        CallPaths.RequestPath human = paths.requestPath("MyApp.Pages", "load/1");
        assertTrue(human.humanRate(), "a person opening a page");
        assertNull(paths.burstPath("MyApp.Pages", "load/1"));
    }

    @Test
    void bootStepsAreNotCarriedByTimers() {
        CallPaths paths = SupervisionSources.link(dir, "a", """
                defmodule MyApp.Application do
                  use Application
                  def start(_t, _a), do: Supervisor.start_link([MyApp.Ticker], strategy: :one_for_one)
                end

                defmodule MyApp.Ticker do
                  use GenServer
                  def start_link(a), do: GenServer.start_link(__MODULE__, a, name: __MODULE__)
                  def init(a), do: {:ok, setup(a), {:continue, :warm}}
                  def handle_continue(:warm, s), do: {:noreply, warm(s)}
                  def handle_info(:tick, s), do: {:noreply, tick(s)}
                  defp setup(a) do
                    Process.send_after(self(), :tick, 1000)
                    a
                  end
                  defp warm(s), do: s
                  defp tick(s), do: s
                end
                """).callPaths();
        assertTrue(paths.atBoot("MyApp.Ticker", "setup/1"));
        assertTrue(paths.atBoot("MyApp.Ticker", "warm/1"));
        assertFalse(paths.atBoot("MyApp.Ticker", "tick/1"), "a timer fires at its own rate");
    }

    @Test
    void aLongChainIsWalkedOnceWithoutRecursion() {
        StringBuilder sb = new StringBuilder("defmodule MyAppWeb.Plug do\n  def init(o), do: o\n"
                + "  def call(conn, _o), do: MyApp.Chain.f0(conn)\nend\n\ndefmodule MyApp.Chain do\n");
        int n = 3_000;
        for (int i = 0; i < n; i++) {
            sb.append("  def f").append(i).append("(x), do: f").append(i + 1).append("(x) || f").append(i + 1)
                    .append("(x)\n");
        }
        sb.append("  def f").append(n).append("(x), do: x\nend\n");
        CallPaths paths = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> SupervisionSources.link(dir, "chain", sb.toString()).callPaths());
        CallPaths.RequestPath p = paths.requestPath("MyApp.Chain", "f" + n + "/1");
        assertEquals(n + 2, p.functions().size());
        assertEquals("MyAppWeb.Plug.call/2", p.functions().get(0));
    }
}
