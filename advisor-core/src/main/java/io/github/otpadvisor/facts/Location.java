package io.github.otpadvisor.facts;

/** Where something was seen: a file (relative to the scanned root, '/' separated) and a 1-based line and column. */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
