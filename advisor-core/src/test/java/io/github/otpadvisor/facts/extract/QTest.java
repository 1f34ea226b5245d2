package io.github.otpadvisor.facts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The public readers of the quoted form: what they read, and that odd shapes give null, not exceptions. */
class QTest {
    private static final ElixirFrontEnd PARSER = new ElixirFrontEnd();

    private static Quoted q(String code) {
        ParseResult r = PARSER.parse(code);
        assertTrue(r.ok(), code);
        return r.ast();
    }

    @Test
    void variables() {
        assertEquals("sku", Q.varName(q("sku")));
        assertTrue(Q.isUsableVar(q("sku")));
        assertFalse(Q.isUsableVar(q("_sku")));
        assertNull(Q.varName(q("sku()")));
        assertNull(Q.varName(q(":sku")));
        assertNull(Q.varName(null));
    }

    @Test
    void tuplesOfAnySize() {
        assertEquals(2, Q.tuple(q("{:a, b}")).size());
        assertEquals(3, Q.tuple(q("{:a, b, c}")).size(), "the {} form");
        assertNull(Q.tuple(q("[:a, b]")));
        assertNull(Q.tuple(null));
    }

    @Test
    void keywordsAndBlocks() {
        Quoted opts = q("[name: __MODULE__, restart: :temporary]");
        assertTrue(Q.isKeyword(opts));
        assertEquals("temporary", Q.atom(Q.kw(opts, "restart")));
        assertNull(Q.kw(opts, "missing"));
        assertNull(Q.kw(q(":x"), "name"));
        assertEquals(2, Q.statements(q("a = 1\na")).size());
        assertEquals("a", Q.varName(Q.last(q("a = 1\na"))));
        assertEquals(List.of(), Q.statements(null));
    }

    @Test
    void remoteCallsAndFields() {
        Call c = (Call) q("GenServer.call(server, {:get, key})");
        assertEquals("call", Q.remoteFun(c));
        assertTrue(Q.isLocal(Q.receiver(c), "__aliases__"));
        assertEquals("count", Q.fieldOf(q("state.count"), "state"));
        assertEquals("count", Q.fieldOf(q("state.count()"), "state"), "parens are not told apart");
        assertNull(Q.fieldOf(q("state.count(1)"), "state"));
        assertNull(Q.fieldOf(q("other.count"), "state"));
        assertNull(Q.remoteFun((Call) q("foo(x)")));
    }

    @Test
    void literalsAndTags() {
        assertTrue(Q.isLiteral(q("{:ok, [1, 2.0, \"s\", @attr, Mod, -1, %{a: __MODULE__}]}")));
        assertFalse(Q.isLiteral(q("{:ok, x}")));
        assertEquals("get", Q.tag(q("{:get, k}")));
        assertEquals("tick", Q.tag(q(":tick")));
        assertEquals("put", Q.tag(q("{:put, k} = msg")));
        assertNull(Q.tag(q("msg")));
    }

    @Test
    void walkVisitsArgumentsBeforeATarget() {
        assertEquals(Set.of("fun", "x"), Q.vars(q("fun.(x)")));
        assertEquals(List.of("x", "fun"), new ArrayList<>(Q.vars(q("fun.(x)"))));
        assertEquals(List.of("a", "b"), new ArrayList<>(Q.vars(q("{a, _c, quote(do: z), b}"))),
                "ignored variables and quoted code are left out");
        assertTrue(Q.usesVar(q("Map.get(state, key)"), "key"));
        assertFalse(Q.usesVar(q("Map.get(state, key)"), null));
        assertTrue(Q.any(q("receive do x -> x end"), x -> Q.isLocal(x, "receive")));
    }

    @Test
    void aDeepTreeDoesNotOverflowTheStack() {
        Quoted deep = q("[".repeat(5_000) + "x" + "]".repeat(5_000));
        assertTrue(Q.usesVar(deep, "x"));
        assertFalse(Q.isLiteral(deep));
    }
}
