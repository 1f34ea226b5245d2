package io.github.otpadvisor.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Elixir versions a {@code mix.exs} declares ({@code elixir: "~> 1.3.0"} in its {@code project/0}): a sketch that
 * needs a newer Elixir (DynamicSupervisor, PartitionSupervisor) says so, since the project may still run the older.
 *
 * @param text     the requirement as written ({@code ~> 1.3.0})
 * @param location where it is written
 */
public record ElixirRequirement(String text, Location location) {
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

    /**
     * The oldest {@code major.minor} the requirement admits, as {@code major * 1000 + minor}, or -1 when it names
     * none: the smallest version it writes ({@code ~> 1.3.0} and {@code >= 1.3.0} admit 1.3; of
     * {@code ~> 1.4 or ~> 1.5}, 1.4).
     */
    public int oldest() {
        Matcher m = VERSION.matcher(text);
        int out = -1;
        while (m.find()) {
            int v = Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2));
            out = out < 0 ? v : Math.min(out, v);
        }
        return out;
    }
}
