package io.github.otpadvisor.report.model;

import io.github.otpadvisor.facts.Evidence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of "BEAM Architecture Context": the question as the seed asks it, yes or no, why, and the
 * file:line evidence behind the answer.
 */
public record ContextAnswer(String question, boolean yes, String why, List<Evidence> evidence) {
    /** Evidence lines a report shows for one answer; the rest is folded into a count. */
    public static final int SHOWN = 3;

    public ContextAnswer {
        evidence = List.copyOf(evidence);
    }

    /**
     * The strongest few: the first {@link #SHOWN} at distinct lines, in the facts' order (a clause that reads the
     * state and returns a new one is two entries at one line: the second adds little).
     */
    public List<Evidence> shown() {
        List<Evidence> out = new ArrayList<>();
        Set<String> lines = new HashSet<>();
        for (Evidence e : evidence) {
            if (out.size() < SHOWN && lines.add(e.file() + ":" + e.line())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The evidence not in {@link #shown()}, in order (the HTML page folds it under a details element). */
    public List<Evidence> folded() {
        List<Evidence> shown = shown();
        List<Evidence> out = new ArrayList<>(evidence);
        shown.forEach(out::remove);
        return out;
    }
}
