package io.github.otpadvisor.report.model;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File-name-safe, unique identifiers for pages. A module name is user input (a {@code defmodule :"../x"}
 * is legal Elixir), so it never becomes a path as it is: only ASCII letters, digits, {@code .}, {@code _}
 * and {@code -} survive, the rest becomes {@code _}; leading dots go (no {@code ..}, no hidden files);
 * the length is capped; names reserved on Windows get a suffix; and slugs that collide ignoring case (two
 * modules on a case-insensitive file system) get {@code -2}, {@code -3}... in the order asked.
 */
public final class Slugs {
    private static final int MAX = 100;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    private final Set<String> used = new HashSet<>();

    /** A new slug for {@code name}, unique among those this instance gave out. */
    public String next(String name) {
        String base = sanitize(name);
        String slug = base;
        for (int n = 2; !used.add(slug.toLowerCase(Locale.ROOT)); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** The safe form of one name, not yet made unique. */
    public static String sanitize(String name) {
        StringBuilder sb = new StringBuilder();
        String s = name == null ? "" : name;
        for (int i = 0; i < s.length() && sb.length() < MAX; i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.' && sb.length() > 0;
            sb.append(ok ? c : '_');
        }
        while (sb.length() > 0 && (sb.charAt(sb.length() - 1) == '.')) {
            sb.setLength(sb.length() - 1); // Windows drops trailing dots: "a." and "a" would be one file
        }
        String out = sb.length() == 0 ? "module" : sb.toString();
        String stem = out.contains(".") ? out.substring(0, out.indexOf('.')) : out;
        return RESERVED.contains(stem.toLowerCase(Locale.ROOT)) ? "_" + out : out;
    }
}
