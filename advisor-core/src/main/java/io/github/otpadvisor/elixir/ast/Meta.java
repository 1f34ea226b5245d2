package io.github.otpadvisor.elixir.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * The metadata of a {@link Call}: where it starts (line and column, always kept for findings) and the
 * entries Elixir 1.14 prints with {@code Code.string_to_quoted/1}'s default options.
 *
 * <p>Elixir builds metadata as {@code [{line, L}]} and prepends entries such as {@code delimiter:},
 * {@code no_parens:} or {@code ambiguous_op:}; {@link #with} does the same, so {@link #entries()}
 * lists them in the order Elixir prints them. Nodes Elixir prints with empty metadata ({@code []},
 * e.g. {@code __block__}) still know their position: {@link #printsLine()} is false for them.
 */
public final class Meta {
    /** Position unknown, prints as {@code []}. */
    public static final Meta EMPTY = new Meta(0, 0, false, List.of());

    private final int line;
    private final int column;
    private final boolean printsLine;
    private final List<Entry> extra;

    private Meta(int line, int column, boolean printsLine, List<Entry> extra) {
        this.line = line;
        this.column = column;
        this.printsLine = printsLine;
        this.extra = extra;
    }

    /** Metadata that prints as {@code [line: L]}. Lines and columns are 1-based. */
    public static Meta at(int line, int column) {
        return new Meta(line, column, true, List.of());
    }

    /** A position that prints as {@code []} (Elixir drops the line for some nodes). */
    public static Meta silentAt(int line, int column) {
        return new Meta(line, column, false, List.of());
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public boolean printsLine() {
        return printsLine;
    }

    /** A copy with {@code key: value} in front, as Elixir's {@code [{Key, Value} | Meta]}. */
    public Meta with(String key, Quoted value) {
        Entry first = new Entry(key, value);
        List<Entry> entries;
        if (extra.isEmpty()) {
            entries = List.of(first);
        } else {
            Entry[] all = new Entry[extra.size() + 1];
            all[0] = first;
            for (int i = 1; i < all.length; i++) {
                all[i] = extra.get(i - 1);
            }
            entries = List.of(all);
        }
        return new Meta(line, column, printsLine, entries);
    }

    /** A copy that no longer prints its line (the position is still kept). */
    public Meta withoutPrintedLine() {
        return new Meta(line, column, false, extra);
    }

    /** The value of an extra entry, or null. */
    public Quoted get(String key) {
        for (Entry e : extra) {
            if (e.key().equals(key)) {
                return e.value();
            }
        }
        return null;
    }

    /** The printed keyword list, in Elixir's order: the extra entries, then {@code line:}. */
    public List<Entry> entries() {
        if (!printsLine) {
            return extra;
        }
        List<Entry> all = new ArrayList<>(extra.size() + 1);
        all.addAll(extra);
        all.add(new Entry("line", Int.of(line)));
        return all;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Meta m && m.line == line && m.column == column && m.printsLine == printsLine
                && m.extra.equals(extra);
    }

    @Override
    public int hashCode() {
        return (line * 31 + column) * 31 + extra.hashCode();
    }

    @Override
    public String toString() {
        return "Meta" + entries() + "@" + line + ":" + column;
    }

    /** One keyword entry. */
    public record Entry(String key, Quoted value) {
    }
}
