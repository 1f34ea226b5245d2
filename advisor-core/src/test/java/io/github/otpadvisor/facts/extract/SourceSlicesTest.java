package io.github.otpadvisor.facts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.ModuleFacts;
import org.junit.jupiter.api.Test;

/** Handler and init bodies are kept as written, and only when they read back to the same code. */
class SourceSlicesTest {
    private static final String REAPER = """
            defmodule Reaper.Cache.Server do
              use GenServer

              @default_size 2_000

              def init(opts) do
                size = Keyword.get(opts, :size, @default_size)
                {:ok, %{size: size, queue: :queue.new()}}
              end

              def handle_cast({:put, value}, state) do
                # keep the newest
                new_queue = :queue.in(value, state.queue)

                {:noreply, %{state | queue: ensure_size_of_queue(new_queue, state.size)}}
              end

              def handle_call({:exists?, value}, _from, state),
                do: {:reply, :queue.member(value, state.queue), state}

              def handle_call({:log, event}, _from, state) do
                Logger.info("event #{inspect(event)} done", tag: "end")
                msg = ~s(do "end")
                {:reply, :ok, state}
              end

              def handle_call(:boom, _from, state) do
                :ok
              rescue
                _ -> {:reply, :error, state}
              end

              defp ensure_size_of_queue(queue, size), do: queue
            end
            """;

    private static ModuleFacts module() {
        FileFacts f = FileFactsExtractor.extractSource("lib/reaper/cache/server.ex", "reaper", REAPER);
        return f.modules().get(0);
    }

    private static ClauseSummary clause(String tag) {
        return module().clauses().stream().filter(c -> tag.equals(c.messageTag())).findFirst().orElseThrow();
    }

    @Test
    void aDoBlockBodyIsKeptAsWrittenWithItsCommentsAndDedented() {
        assertEquals("""
                # keep the newest
                new_queue = :queue.in(value, state.queue)

                {:noreply, %{state | queue: ensure_size_of_queue(new_queue, state.size)}}""", clause("put").body());
    }

    @Test
    void aKeywordBodyIsTheExpressionAfterDo() {
        assertEquals("{:reply, :queue.member(value, state.queue), state}", clause("exists?").body());
    }

    @Test
    void stringsInterpolationsAndSigilsHidingDoAndEndDoNotCutTheBody() {
        assertEquals("""
                Logger.info("event #{inspect(event)} done", tag: "end")
                msg = ~s(do "end")
                {:reply, :ok, state}""", clause("log").body());
    }

    @Test
    void aBodyThatDoesNotReadBackAsTheSameCodeIsNotKept() {
        // an implicit try: the text between do and end is not the clause's body alone
        assertNull(clause("boom").body());
    }

    @Test
    void initKeepsItsParameterAndBody() {
        var init = module().init();
        assertEquals("opts", init.body().param());
        assertEquals("size = Keyword.get(opts, :size, @default_size)\n{:ok, %{size: size, queue: :queue.new()}}",
                init.body().text());
    }

    @Test
    void withoutTheSourceNothingIsKept() {
        FileFacts f = FileFactsExtractor.extract("lib/x.ex", "x",
                new io.github.otpadvisor.elixir.ElixirFrontEnd().parse(REAPER).ast());
        assertNull(f.modules().get(0).clauses().get(0).body());
    }

    @Test
    void anAgentCallKeepsItsFunctionTheCallAndItsCallerAsWritten() {
        String src = """
                defmodule Attrs do
                  def url do
                    link =
                      Agent.get(__MODULE__, &Map.get(&1, :link)) ||
                        "#{root()}/apps"

                    "#{link}/new"
                  end

                  defp ensure(id) do
                    __MODULE__
                    |> Agent.get_and_update(fn state ->
                      try do
                        {:ok, state}
                      rescue
                        e -> {{:error, e}, state}
                      end
                    end)
                  end
                end
                """;
        FileFacts f = FileFactsExtractor.extractSource("lib/attrs.ex", "a", src);
        var get = f.sends().get(0).agentCode();
        assertEquals("&Map.get(&1, :link)", get.fn());
        assertEquals("Agent.get(__MODULE__, &Map.get(&1, :link))", get.call());
        assertEquals("link =\n  Agent.get(__MODULE__, &Map.get(&1, :link)) ||\n    \"#{root()}/apps\"\n\n\"#{link}/new\"",
                get.caller());
        var gau = f.sends().get(1).agentCode();
        assertEquals("""
                fn state ->
                  try do
                    {:ok, state}
                  rescue
                    e -> {{:error, e}, state}
                  end
                end""", gau.fn());
        assertEquals("Agent.get_and_update(fn state ->\n  try do\n    {:ok, state}\n  rescue\n"
                + "    e -> {{:error, e}, state}\n  end\nend)", gau.call());
    }
}
