package io.github.otpadvisor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a command line into {@code --name value} options, {@code --name} flags and positional arguments.
 * Options are declared up front so a misspelt one is a usage error rather than a file name.
 */
final class Arguments {
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments() {
    }

    static Arguments parse(List<String> args, Set<String> valueOptions) throws UsageException {
        return parse(args, valueOptions, Set.of());
    }

    static Arguments parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions)
            throws UsageException {
        Arguments parsed = new Arguments();
        boolean onlyPositional = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPositional || !arg.startsWith("--")) {
                parsed.positional.add(arg);
            } else if (arg.equals("--")) {
                onlyPositional = true;
            } else {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flagOptions.contains(name)) {
                    if (value != null) {
                        throw new UsageException("option --" + name + " takes no value");
                    }
                    parsed.flags.add(name);
                    continue;
                }
                if (!valueOptions.contains(name)) {
                    throw new UsageException("unknown option --" + name);
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return parsed;
    }

    /** The last value given for an option, or null. */
    String option(String name) {
        List<String> values = options.get(name);
        return values == null ? null : values.get(values.size() - 1);
    }

    /** The last value given for an option as a path, or null. */
    Path path(String name) {
        String value = option(name);
        return value == null ? null : Path.of(value);
    }

    /** Every value of a repeatable option, in order ({@code --format text --format json}). */
    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    /** Whether a flag was given. */
    boolean flag(String name) {
        return flags.contains(name);
    }

    /** A whole number ({@code 1_000} allowed); its range is for the caller to check. */
    long number(String name, long fallback) throws UsageException {
        String value = option(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a whole number, got " + value);
        }
    }

    long longOption(String name, long fallback, long min) throws UsageException {
        long parsed = number(name, fallback);
        if (parsed < min) {
            throw new UsageException("--" + name + " must be at least " + min + ", got " + option(name));
        }
        return parsed;
    }

    List<String> positional() {
        return positional;
    }
}
