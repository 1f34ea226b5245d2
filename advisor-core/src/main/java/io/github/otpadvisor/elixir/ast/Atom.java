package io.github.otpadvisor.elixir.ast;

/**
 * An atom, by its name without the colon: {@code :ok} is {@code Atom("ok")}, the alias {@code String}
 * as an atom is {@code Atom("Elixir.String")}. {@code nil}, {@code true} and {@code false} are atoms too.
 */
public record Atom(String name) implements Quoted {
    public static final Atom NIL = new Atom("nil");
    public static final Atom TRUE = new Atom("true");
    public static final Atom FALSE = new Atom("false");

    public Atom {
        java.util.Objects.requireNonNull(name, "name");
    }

    public static Atom of(String name) {
        return switch (name) {
            case "nil" -> NIL;
            case "true" -> TRUE;
            case "false" -> FALSE;
            default -> new Atom(name);
        };
    }
}
