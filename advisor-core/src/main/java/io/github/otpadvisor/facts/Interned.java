package io.github.otpadvisor.facts;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One shared copy of the strings facts repeat file after file (module and function names, paths): a large tree's
 * facts hold hundreds of thousands of them, most of them equal. The JVM's string table holds interned strings
 * weakly, so a long-lived JVM (Maven's, between modules) keeps none of them after a run.
 */
final class Interned {
    private Interned() {
    }

    static String of(String s) {
        return s == null ? null : s.intern();
    }

    /** {@link Set#copyOf} of shared strings. */
    static Set<String> copyOf(Set<String> in) {
        return Set.copyOf(in.stream().map(Interned::of).toList());
    }

    /** {@link java.util.List#copyOf} of shared strings. */
    static java.util.List<String> copyOf(java.util.List<String> in) {
        return java.util.List.copyOf(in.stream().map(Interned::of).toList());
    }

    /** An unmodifiable copy in the same order, of shared strings; the empty and one-element sets take no table. */
    static Set<String> set(Set<String> in) {
        if (in == null || in.isEmpty()) {
            return Set.of();
        }
        if (in.size() == 1) {
            return Set.of(of(in.iterator().next()));
        }
        if (in.size() > 32) {
            Set<String> out = new LinkedHashSet<>(in.size() * 4 / 3 + 1);
            in.forEach(s -> out.add(of(s)));
            return Collections.unmodifiableSet(out);
        }
        return OrderedNames.of(in);
    }
}
