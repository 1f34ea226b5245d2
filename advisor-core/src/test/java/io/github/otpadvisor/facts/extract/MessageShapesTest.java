package io.github.otpadvisor.facts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.ModuleFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts OTP012 reads: message shapes, where a send runs, open clauses, default arguments. */
class MessageShapesTest {
    private static FileFacts facts(String source) {
        return FileFactsExtractor.extractSource("lib/s.ex", null, source);
    }

    private static MessageSend sendAt(FileFacts f, int line) {
        return f.sends().stream().filter(s -> s.location().line() == line).findFirst().orElseThrow();
    }

    @Test
    void sentMessagesAndPatternsHaveShapes() {
        FileFacts f = facts("""
                defmodule S do
                  use GenServer
                  @tick {:tick, 1}
                  def init(x) do
                    send(self(), {:load, x, "a"})
                    Process.send_after(self(), @tick, 10)
                    :erlang.start_timer(10, self(), :poll)
                    :timer.send_interval(10, :beat)
                    send(self(), x)
                    {:ok, x}
                  end
                  def handle_info({:tick, n} = msg, state) when n > 0, do: {:noreply, state}
                  def handle_info(msg, _state), do: {:noreply, msg}
                end
                """);
        assertEquals("{:load, _, \"a\"}", sendAt(f, 5).shape().toString());
        assertEquals("{:tick, 1}", sendAt(f, 6).shape().toString(), "module attributes are followed");
        assertEquals("{:timeout, _, :poll}", sendAt(f, 7).shape().toString(), "start_timer wraps the message");
        assertEquals(":beat", sendAt(f, 8).shape().toString());
        assertEquals("self()", sendAt(f, 8).target().text(), ":timer.send_interval/2 sends to the caller");
        assertEquals("_", sendAt(f, 9).shape().toString(), "a variable message is unknown");
        List<ClauseSummary> hi = f.modules().get(0).clauses("handle_info");
        assertEquals("{:tick, _}", hi.get(0).messageShape().toString());
        assertTrue(hi.get(0).messageShape().mayMatch(sendAt(f, 6).shape()));
        assertFalse(hi.get(0).messageShape().mayMatch(sendAt(f, 5).shape()));
        assertFalse(hi.get(0).matchesAll(), "a pattern with a guard");
        assertTrue(hi.get(1).matchesAll());
    }

    @Test
    void onlyCodeThatRunsInTheProcessSendsFromIt() {
        FileFacts f = facts("""
                defmodule S do
                  use GenServer
                  def api, do: send(self(), :a)
                  def init(x) do
                    helper()
                    shared()
                    Task.start(fn -> send(self(), :b) end)
                    Enum.each([1], fn i -> send(self(), {:c, i}) end)
                    :telemetry.attach("x", [:e], fn _, _, _, _ -> send(self(), :d) end, nil)
                    Task.start(&worker/0)
                    {:ok, x}
                  end
                  defp helper, do: send(self(), :e)
                  defp shared, do: send(self(), :f)
                  def other, do: shared()
                  defp worker, do: send(self(), :g)
                end
                """);
        assertFalse(sendAt(f, 3).fromOwnProcess(), "a public function runs in its caller");
        assertFalse(sendAt(f, 7).fromOwnProcess(), "a Task closure runs in the task");
        assertTrue(sendAt(f, 8).fromOwnProcess(), "Enum runs its function here");
        assertFalse(sendAt(f, 9).fromOwnProcess(), "a library callback may run anywhere");
        assertTrue(sendAt(f, 13).fromOwnProcess(), "a private helper only init/1 calls");
        assertFalse(sendAt(f, 14).fromOwnProcess(), "a helper a public function also calls");
        assertFalse(sendAt(f, 16).fromOwnProcess(), "a helper started as a task");
    }

    @Test
    void openClausesAndDefaults() {
        FileFacts f = facts("""
                defmodule M do
                  defmacro __using__(_) do
                    quote do
                      def handle_info(:x, s), do: {:noreply, s}
                    end
                  end
                end
                defmodule H do
                  @before_compile M
                  def init(a, b \\\\ 1), do: {:ok, {a, b}}
                end
                defmodule P do
                  use GenServer
                  def init(a), do: {:ok, a}
                end
                """);
        List<ModuleFacts> ms = f.modules();
        assertTrue(ms.get(0).openClauses(), "a __using__ quote that defines a callback");
        assertTrue(ms.get(1).openClauses(), "@before_compile");
        assertFalse(ms.get(2).openClauses());
        assertTrue(ms.get(1).function("init", 2).orElseThrow().acceptsArity(1));
    }
}
