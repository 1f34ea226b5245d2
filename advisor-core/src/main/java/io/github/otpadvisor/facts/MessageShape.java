package io.github.otpadvisor.facts;

import java.util.List;

/**
 * The shape of a message, enough to tell whether a callback head can match it (RULEBOOK OTP012): atoms and
 * tuples precisely, other literals by their text, everything else (variables, calls, binaries built at runtime)
 * as {@link Kind#ANY}. Read from a clause head it is a pattern; read from a {@code send} it is a value.
 *
 * @param kind     what it is
 * @param text     the atom's name, the literal's source text, the struct's module (null for {@code %mod{}})
 * @param elements for a tuple, its elements
 */
public record MessageShape(Kind kind, String text, List<MessageShape> elements) {
    public static final MessageShape ANY = new MessageShape(Kind.ANY, null, List.of());

    public enum Kind {
        /** A variable, {@code _}, a call, an operator: anything (in a pattern), unknown (in a value). */
        ANY,
        ATOM,
        TUPLE,
        /** A number, string or charlist literal. */
        LITERAL,
        /** A list (its elements are not compared). */
        LIST,
        /** A map ({@code %{}}): a map pattern matches any map with those keys, so only the kind is compared. */
        MAP,
        /** A struct ({@code %Mod{}}). */
        STRUCT
    }

    public MessageShape {
        elements = elements == null ? List.of() : List.copyOf(elements);
    }

    public static MessageShape atom(String name) {
        return new MessageShape(Kind.ATOM, name, List.of());
    }

    public static MessageShape tuple(List<MessageShape> elements) {
        return new MessageShape(Kind.TUPLE, null, elements);
    }

    /** Whether this pattern may match {@code value}: true unless they certainly differ. */
    public boolean mayMatch(MessageShape value) {
        if (kind == Kind.ANY || value == null || value.kind == Kind.ANY) {
            return true;
        }
        return switch (kind) {
            case ATOM, LITERAL -> value.kind == kind && text.equals(value.text);
            case TUPLE -> value.kind == Kind.TUPLE && value.elements.size() == elements.size() && elementsMatch(value);
            case LIST -> value.kind == Kind.LIST;
            case MAP -> value.kind == Kind.MAP || value.kind == Kind.STRUCT;
            // struct names may be written through different aliases: any struct or map may be the one
            case STRUCT -> value.kind == Kind.STRUCT || value.kind == Kind.MAP;
            case ANY -> true;
        };
    }

    private boolean elementsMatch(MessageShape value) {
        for (int i = 0; i < elements.size(); i++) {
            if (!elements.get(i).mayMatch(value.elements.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The leading atom of a tuple, or the atom itself; null otherwise. */
    public String tag() {
        if (kind == Kind.ATOM) {
            return text;
        }
        return kind == Kind.TUPLE && !elements.isEmpty() && elements.get(0).kind == Kind.ATOM
                ? elements.get(0).text : null;
    }

    /** Elixir-like text: {@code {:tick, _}}. */
    @Override
    public String toString() {
        return switch (kind) {
            case ANY -> "_";
            case ATOM -> text.equals("nil") || text.equals("true") || text.equals("false") ? text : ":" + text;
            case LITERAL -> text;
            case LIST -> "[...]";
            case MAP -> "%{...}";
            case STRUCT -> "%" + (text == null ? "_" : text) + "{}";
            case TUPLE -> "{" + String.join(", ", elements.stream().map(MessageShape::toString).toList()) + "}";
        };
    }
}
