package io.github.otpadvisor.elixir.ast;

import java.util.List;

/**
 * The three-element form {@code {target, meta, args}}: a call, an operator, a special form, or a variable.
 *
 * <p>{@code target} is an {@link Atom} for local calls, operators and variables, or another node for
 * remote and anonymous calls ({@code {{:., _, [mod, :fun]}, _, args}}). {@code args} is {@code null}
 * for a variable, whose third element Elixir prints as {@code nil}.
 */
public record Call(Quoted target, Meta meta, List<Quoted> args) implements Quoted {
    public Call {
        java.util.Objects.requireNonNull(target, "target");
        java.util.Objects.requireNonNull(meta, "meta");
        args = args == null || args instanceof FrozenList ? args : List.copyOf(args);
    }

    public static Call variable(String name, Meta meta) {
        return new Call(Atom.of(name), meta, null);
    }

    public boolean isVariable() {
        return args == null;
    }

    /** The name of a local call, operator or variable; null for remote or anonymous calls. */
    public String name() {
        return target instanceof Atom a ? a.name() : null;
    }

    /** Elixir's printed form; iterative, so a deeply nested tree cannot overflow the stack here. */
    @Override
    public String toString() {
        return QuotedPrinter.print(this);
    }
}
