package io.github.otpadvisor.assess;

import java.util.List;

/** Wording shared by evidence and findings. */
public final class Words {
    private Words() {
    }

    /** Up to {@code max} items joined with "; ", then "and N more". */
    public static String join(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join("; ", items);
        }
        return String.join("; ", items.subList(0, max)) + "; and " + (items.size() - max) + " more";
    }
}
