package io.github.otpadvisor.facts.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Meta;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.project.ProjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RobustnessTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "defmodule do end", "defmodule x do end", "defmodule A", "defmodule A, do: nil",
        "defmodule A do use end", "defmodule A do use GenServer; def init, do: 1 end",
        "defmodule A do alias end", "defmodule A do alias __MODULE__.{} end", "alias Foo.{Bar, 1}",
        "GenServer.start_link()", "Supervisor.start_link()", "Supervisor.init(1, 2)", ":ets.new(1, 2)",
        "Task.start(1, 2, 3)", "DynamicSupervisor.start_child()", "DynamicSupervisor.start_child(x, y)",
        "send()", "Agent.get_and_update(a, fn -> 1 end)", "Process.register(self(), :\"a#{b}\")",
        "defmodule A do def handle_call(a), do: 1; def handle_call(m, f, s) when is_nil(s), do: s end",
        "defmodule A do use GenServer; def init(_), do: fn -> 1 end; def handle_info(m, %{} = s), do: {:noreply} end",
        "defmodule A do use Supervisor; def init(_), do: {:ok, {:bad}} end",
        "defmodule A do @behaviour; @x; def unquote(name)(a), do: a end",
        "quote do defmodule X do use GenServer end end",
        "defmodule A do def start_link(a), do: GenServer.start_link(a, name: {:via, Registry}) end",
        "defmodule A do defp v(id), do: v(id); def s(id), do: GenServer.start_link(A, 1, name: v(id)) end",
        "x |> GenServer.call(:m) |> Task.await()", "children = children ++ children; Supervisor.start_link(children, [])"
    })
    void oddShapesNeverThrow(String source) {
        FileFacts f = assertDoesNotThrow(() -> FileFactsExtractor.extractSource("lib/odd.ex", null, source));
        assertDoesNotThrow(() -> ProjectFacts.link(List.of(f)));
    }

    /** glific's Absinthe.Plug and blockscout's RPCTranslatorForwarder: each was "only partly read" (issue 11). */
    @Test
    void aModuleThatDelegatesInitAndCallIsReadWhole() {
        FileFacts f = FileFactsExtractor.extractSource("lib/plug.ex", null, """
                defmodule Shop.Plug do
                  defdelegate init(opts), to: Absinthe.Plug
                  defdelegate call(conn, opts), to: Absinthe.Plug
                end
                """);
        assertEquals(List.of(), f.problems());
        assertEquals(List.of("Shop.Plug"), f.modules().stream().map(m -> m.name()).toList());
    }

    @Test
    void randomTreesNeverThrow() {
        Random r = new Random(42);
        List<FileFacts> all = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Quoted ast = random(r, 0);
            FileFacts f = assertDoesNotThrow(() -> FileFactsExtractor.extract("lib/r.ex", "r", ast));
            all.add(f);
        }
        assertDoesNotThrow(() -> ProjectFacts.link(all));
    }

    @Test
    void deepNestingIsSurvived() {
        StringBuilder sb = new StringBuilder("defmodule Deep do\n use GenServer\n def handle_call(m, _, s), do: {:reply, ");
        for (int i = 0; i < 3000; i++) {
            sb.append("[");
        }
        for (int i = 0; i < 3000; i++) {
            sb.append("]");
        }
        sb.append(", s)\nend\n");
        FileFacts f = assertDoesNotThrow(() -> FileFactsExtractor.extractSource("lib/deep.ex", null, sb.toString()));
        assertTrue(f.modules().size() <= 1);
    }

    @Test
    void unparsableSourceIsReported() {
        FileFacts f = FileFactsExtractor.extractSource("lib/bad.ex", "app", "defmodule A do\n def f(, do: 1\nend\n");
        assertTrue(f.syntaxError() != null);
        assertEquals(0, f.modules().size());
    }

    private static final String[] NAMES = {"defmodule", "def", "defp", "use", "alias", "@", "__aliases__", "{}",
        "%{}", "fn", "->", "|>", "=", "case", "quote", "spawn", "send", "__block__", "x", "state", "GenServer",
        "start_link", "handle_call", "init", ".", "when", "&", "<<>>"};

    private static Quoted random(Random r, int depth) {
        int k = depth > 6 ? r.nextInt(3) : r.nextInt(7);
        Meta meta = Meta.at(1 + r.nextInt(50), 1 + r.nextInt(20));
        return switch (k) {
            case 0 -> Atom.of(NAMES[r.nextInt(NAMES.length)]);
            case 1 -> Call.variable(NAMES[r.nextInt(NAMES.length)], meta);
            case 2 -> Atom.of("Elixir.Shop.X" + r.nextInt(3));
            case 3 -> new QList(children(r, depth));
            case 4 -> new Tuple(List.of(random(r, depth + 1), random(r, depth + 1)));
            case 5 -> new Call(Atom.of(NAMES[r.nextInt(NAMES.length)]), meta, children(r, depth));
            default -> new Call(new Call(Atom.of("."), meta, List.of(random(r, depth + 1), Atom.of(NAMES[r.nextInt(NAMES.length)]))),
                    meta, children(r, depth));
        };
    }

    private static List<Quoted> children(Random r, int depth) {
        int n = r.nextInt(4);
        List<Quoted> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(random(r, depth + 1));
        }
        return out;
    }
}
