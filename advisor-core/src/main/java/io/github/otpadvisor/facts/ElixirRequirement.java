package io.github.otpadvisor.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Elixir versions a {@code mix.exs} declares ({@code elixir: "~> 1.3.0"} in its {@code project/0}): a sketch that
 * needs a newer Elixir (DynamicSupervisor, PartitionSupervisor) says so, since the project may still run the older.
 *
 * @param text     the requirement as written ({@code ~> 1.3.0})
 * @param location where it is written
 * @param usedSince the newest Elixir ({@code major * 1000 + minor}) the project's own code already needs, from what
 *                 it uses (logflare's PartitionSupervisor: 1.14), or -1 when not known: a sketch needing no newer one
 *                 has nothing to say about the requirement
 */
public record ElixirRequirement(String text, Location location, int usedSince) {
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

    /** As the mix.exs declares it, before anything is known of what the code uses. */
    public ElixirRequirement(String text, Location location) {
        this(text, location, -1);
    }

    /** The same requirement, with what the project's code already needs. */
    public ElixirRequirement withUsedSince(int version) {
        return new ElixirRequirement(text, location, version);
    }

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

    private static final Pattern CLAUSE = Pattern.compile("(~>|>=|<=|==|>|<)?\\s*(\\d+)\\.(\\d+)(\\.\\d+)?");

    /**
     * Whether it admits some version at {@code version} ({@code major * 1000 + minor}) or later: {@code ~> 1.4} admits
     * everything up to 2.0, so 1.6 too; {@code ~> 1.3.0} admits only 1.3.x. Alternatives joined with {@code or} each
     * count; a clause it cannot read admits nothing.
     */
    public boolean admitsFrom(int version) {
        for (String alternative : text.split("\\bor\\b")) {
            boolean all = true;
            boolean read = false;
            for (String part : alternative.split("\\band\\b")) {
                Matcher m = CLAUSE.matcher(part.strip());
                if (!m.find()) {
                    all = false;
                    break;
                }
                read = true;
                int major = Integer.parseInt(m.group(2));
                int v = major * 1000 + Integer.parseInt(m.group(3));
                String op = m.group(1) == null ? "==" : m.group(1);
                boolean ok = switch (op) {
                    case "~>" -> version < (m.group(4) != null ? v + 1 : (major + 1) * 1000);
                    case ">=", ">" -> true;
                    case "<" -> v > version;
                    default -> v >= version; // == and <=
                };
                all &= ok;
            }
            if (read && all) {
                return true;
            }
        }
        return false;
    }
}
