package io.github.otpadvisor.facts;

/**
 * One observation backing a claim: where (file, 1-based line and column) and what was seen, in words
 * ({@code "handle_call({:get, key}, ...) only reads key of the state map"}).
 */
public record Evidence(String file, int line, int column, String text) {
    public static Evidence at(Location where, String text) {
        return where == null ? new Evidence("", 0, 0, text) : new Evidence(where.file(), where.line(), where.column(), text);
    }

    public Location location() {
        return new Location(file, line, column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + text;
    }
}
