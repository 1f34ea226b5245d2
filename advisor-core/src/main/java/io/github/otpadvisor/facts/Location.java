package io.github.otpadvisor.facts;

/** Where something was seen: a file (as the output names it: relative to the repository root, or to its scanned root outside it; '/' separated) and a 1-based line and column. */
public record Location(String file, int line, int column) {
    public Location {
        file = Interned.of(file);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
