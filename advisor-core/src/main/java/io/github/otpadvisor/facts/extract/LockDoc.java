package io.github.otpadvisor.facts.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence of a GenServer's {@code @moduledoc} that says the process exists to serialize (tai's
 * OrderTransitionWorker: "acts as a locking mechanism to ensure an order can only be updated sequentially to avoid
 * race conditions"): a runtime reason its code alone does not show when the work happens in another module.
 */
final class LockDoc {
    private static final Pattern SAYS = Pattern.compile("(?i)\\b(lock(ing)?\\s+mechanism|mutex|mutual exclusion"
            + "|serializ(e|es|ed|ing)\\s+(access|writes|updates|requests|calls)|one at a time|sequentially"
            + "|race conditions?)\\b");
    private static final int LONGEST = 140;

    private LockDoc() {
    }

    /** The sentence that says so, shortened to a quote; null when the doc says nothing of the kind. */
    static String sentence(String doc) {
        if (doc == null) {
            return null;
        }
        Matcher m = SAYS.matcher(doc);
        if (!m.find()) {
            return null;
        }
        int start = Math.max(doc.lastIndexOf(". ", m.start()) + 1, doc.lastIndexOf("\n\n", m.start()) + 1);
        int end = doc.indexOf('.', m.end());
        String s = doc.substring(Math.max(0, start), end < 0 ? doc.length() : end + 1).replaceAll("\\s+", " ").strip();
        return s.length() <= LONGEST ? s : s.substring(0, LONGEST - 1) + "\u2026";
    }
}
