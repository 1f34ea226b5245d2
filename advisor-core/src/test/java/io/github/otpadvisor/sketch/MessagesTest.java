package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How {@link Messages} reads printed messages back: pattern shapes and free variables, in first-use order. */
class MessagesTest {
    @Test
    void parsesOnlyShortReadableText() {
        assertTrue(Messages.parses("{:put, sku, price}"));
        assertFalse(Messages.parses("{:put, "));
        assertFalse(Messages.parses(" "));
        assertFalse(Messages.parses(null));
        assertFalse(Messages.parses(":" + "a".repeat(2_000)), "longer than printed facts are");
    }

    @Test
    void patternOfAnAtomOrATaggedTuple() {
        assertEquals(Optional.of(new Messages.Pattern(0, List.of())), Messages.pattern(":items"));
        assertEquals(Optional.of(new Messages.Pattern(2, List.of("sku", "price"))),
                Messages.pattern("{:put, _sku, price}"));
        assertEquals(Optional.of(new Messages.Pattern(3, Arrays.asList("a", null, null))),
                Messages.pattern("{:three, a, 1, %{}}"), "a literal or a map is not a named argument");
        assertEquals(Optional.of(new Messages.Pattern(2, List.of("a", "b"))), Messages.pattern("{:pair, a, b}"),
                "the {} form of a two-tuple reads the same");
        assertEquals(Optional.of(new Messages.Pattern(1, Arrays.asList((String) null))),
                Messages.pattern("{:x, _}"));
    }

    @Test
    void noPatternWithoutALeadingAtom() {
        assertEquals(Optional.empty(), Messages.pattern("{sku, :put}"));
        assertEquals(Optional.empty(), Messages.pattern("{}"));
        assertEquals(Optional.empty(), Messages.pattern("{:put, k} = msg"), "a match is not read");
        assertEquals(Optional.empty(), Messages.pattern("msg"));
        assertEquals(Optional.empty(), Messages.pattern("{:put, "));
    }

    @Test
    void namedNeedsDistinctVariables() {
        assertTrue(Messages.pattern("{:put, sku, price}").orElseThrow().named());
        assertFalse(Messages.pattern("{:put, sku, sku}").orElseThrow().named());
        assertFalse(Messages.pattern("{:put, sku, 1}").orElseThrow().named());
    }

    @Test
    void freeVariablesInOrderOfFirstUse() {
        assertEquals(List.of("sku", "price"), Messages.freeVariables("{:put, sku, price, sku}"));
        assertEquals(List.of("account"), Messages.freeVariables("fn state -> Map.get(state, account) end"));
        assertEquals(List.of("b"), Messages.freeVariables("{:x, a = b, a}"), "a match binds its left side");
        assertEquals(List.of("fun", "x"), Messages.freeVariables("{:apply, fun.(x)}"),
                "a call's target comes before its arguments");
        assertEquals(List.of("mod", "arg"), Messages.freeVariables("mod.run(arg)"));
        assertEquals(List.of("user"), Messages.freeVariables("{:get, user.id}"));
    }

    @Test
    void freeVariablesLeaveOutIgnoredPinnedAndUnreadable() {
        assertEquals(List.of(), Messages.freeVariables("{:x, _ignored, __MODULE__}"));
        assertEquals(List.of("k"), Messages.freeVariables("fn %{^k => v} -> v end"), "a pin uses, it does not bind");
        assertEquals(List.of("opts", "x"), Messages.freeVariables("cond do opts.on -> x end"),
                "a call target on the left of -> binds nothing");
        assertEquals(List.of(), Messages.freeVariables("{:put, "));
        assertEquals(List.of(), Messages.freeVariables(null));
    }
}
