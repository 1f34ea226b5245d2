package io.github.otpadvisor.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a command line into {@code --name value} options and positional arguments. Options are
 * declared up front so a misspelt one is a usage error rather than a file name.
 */
final class Arguments {
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments() {
    }

    static Arguments parse(List<String> args, Set<String> valueOptions) throws UsageException {
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

    /** Every value of a repeatable option, in order ({@code --format text --format json}). */
    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    long longOption(String name, long fallback, long min) throws UsageException {
        String value = option(name);
        if (value == null) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.replace("_", ""));
            if (parsed < min) {
                throw new UsageException("--" + name + " must be at least " + min + ", got " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a whole number, got " + value);
        }
    }

    List<String> positional() {
        return positional;
    }
}
