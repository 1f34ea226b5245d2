package io.github.otpadvisor.facts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.StartSite.Trait;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the code around a start call shows (OTP005's facts), one snippet per case, both sides. */
class StartTraitsTest {
    private static List<StartSite> sites(String body) {
        return FileFactsExtractor.extractSource("lib/my_app/x.ex", "my_app", body).startSites();
    }

    private static StartSite only(String body) {
        List<StartSite> s = sites(body);
        assertEquals(1, s.size(), s.toString());
        return s.get(0);
    }

    @Test
    void startFunctionsAreStartLinkChildSpecStartsAndTheirPrivateHelpers() {
        List<StartSite> s = sites("""
                defmodule M do
                  def child_spec(o), do: %{id: __MODULE__, start: {__MODULE__, :go, [o]}}
                  def go(o), do: Task.start_link(fn -> o end)
                  def start_link(o), do: helper(o)
                  defp helper(o), do: Agent.start_link(fn -> o end)
                  def other(o), do: Task.start_link(fn -> o end)
                end
                """);
        assertEquals(List.of(true, true, false), s.stream().map(x -> x.has(Trait.IN_START_FUNCTION)).toList());
    }

    @Test
    void awaitedThroughPipesHelpersAndReturns() {
        String m = """
                defmodule M do
                  def a(x), do: Task.async(fn -> x end) |> Task.await()
                  def b(xs), do: xs |> Enum.map(&Task.async(fn -> &1 end)) |> Task.await_many()
                  def c(x) do
                    t = Task.async(fn -> x end)
                    collect(t)
                  end
                  defp collect(t), do: Task.yield(t, 100)
                  def d(x), do: Task.async(fn -> x end)
                  def e(x) do
                    Task.async(fn -> x end)
                    :ok
                  end
                  def f(xs), do: Enum.each(xs, fn x -> Task.async(fn -> x end) end)
                end
                """;
        assertEquals(List.of(true, true, true, true, false, false), sites(m).stream().map(StartSite::awaited).toList());
    }

    @Test
    void theOwnersHandleInfoCollectsTheReply() {
        String owner = """
                defmodule L do
                  use Phoenix.LiveView
                  def handle_event("go", _, socket), do: {:noreply, assign(socket, task: Task.async(fn -> 1 end))}
                  def handle_info({ref, r}, socket) do
                    Process.demonitor(ref, [:flush])
                    {:noreply, assign(socket, r: r)}
                  end
                end
                """;
        assertTrue(only(owner).awaited());
        assertFalse(only(owner.replace("Process.demonitor(ref, [:flush])", ":ok")).awaited(),
                "{ref, r} with nothing tying ref to a task is any message");
    }

    @Test
    void callerWaitsOrHangs() {
        String hang = """
                defmodule M do
                  def f do
                    p = self()
                    spawn(fn -> send(p, :x) end)
                    receive do
                      :x -> :ok
                    end
                  end
                end
                """;
        assertTrue(only(hang).has(Trait.CALLER_HANGS));
        assertTrue(only(hang.replace(":x -> :ok", ":x -> :ok\n    after\n      10 -> :timeout")).has(Trait.CALLER_WAITS));
        assertTrue(only(hang.replace("spawn(", "spawn_link(")).has(Trait.CALLER_WAITS), "a link ends the wait");
        StartSite inside = only("""
                defmodule M do
                  def f(pid), do: spawn(fn -> receive do: (:x -> send(pid, :y)) end)
                end
                """);
        assertFalse(inside.has(Trait.CALLER_WAITS) || inside.has(Trait.CALLER_HANGS), "the child's receive is not the caller's");
    }

    @Test
    void reportsBackAndTimers() {
        StartSite back = only("defmodule M do\n def f(x) do\n p = self()\n spawn_link(fn -> send(p, x) end)\n end\nend\n");
        assertTrue(back.has(Trait.REPORTS_BACK));
        assertFalse(only("defmodule M do\n def f(x), do: spawn_link(fn -> send(x.pid, x) end)\nend\n")
                .has(Trait.REPORTS_BACK), "x.pid is not a variable of the caller's");
        assertTrue(only("defmodule M do\n def f(p, t) do\n Task.start(fn ->\n :timer.sleep(t)\n send(p, :tick)\n end)\n end\nend\n")
                .has(Trait.TIMER));
        assertFalse(only("defmodule M do\n def f(p) do\n spawn(fn ->\n send(p, :tick)\n Process.sleep(10)\n end)\n end\nend\n")
                .has(Trait.TIMER), "it must end by sending");
    }

    @Test
    void devOnlyBehindMixEnvGuards() {
        assertTrue(only("defmodule M do\n if Mix.env() == :dev do\n def f, do: spawn(fn -> 1 end)\n end\nend\n")
                .has(Trait.DEV_ONLY));
        assertTrue(only("defmodule M do\n def f do\n unless Mix.env() == :prod, do: spawn(fn -> 1 end)\n end\nend\n")
                .has(Trait.DEV_ONLY));
        assertTrue(only("defmodule M do\n @dev Mix.env() in [:dev, :test]\n def f do\n if @dev, do: spawn(fn -> 1 end)\n end\nend\n")
                .has(Trait.DEV_ONLY));
        assertFalse(only("defmodule M do\n def f do\n if Mix.env() == :prod, do: spawn(fn -> 1 end)\n end\nend\n")
                .has(Trait.DEV_ONLY));
        assertFalse(only("defmodule M do\n def f do\n if Mix.env() != :test, do: spawn(fn -> 1 end)\n end\nend\n")
                .has(Trait.DEV_ONLY), "!= :test includes prod");
        assertTrue(only("defmodule M do\n def f do\n if Mix.env() != :test, do: :ok, else: spawn(fn -> 1 end)\n end\nend\n")
                .has(Trait.DEV_ONLY));
    }

    @Test
    void mixAndReleaseTasksAreShortLived() {
        assertTrue(only("defmodule Mix.Tasks.Go do\n use Mix.Task\n def run(_), do: spawn(fn -> 1 end)\nend\n")
                .has(Trait.SHORT_LIVED));
        assertTrue(only("defmodule App.Release do\n def migrate, do: Task.start(fn -> 1 end)\nend\n")
                .has(Trait.SHORT_LIVED));
        assertFalse(only("defmodule App.Build do\n def go, do: Task.start(fn -> Application.load(:x) end)\nend\n")
                .has(Trait.SHORT_LIVED));
    }
}
