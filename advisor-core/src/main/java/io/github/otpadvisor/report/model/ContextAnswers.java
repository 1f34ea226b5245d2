package io.github.otpadvisor.report.model;

import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.project.PropertyValue;
import io.github.otpadvisor.project.RuntimeProperties;
import java.util.List;

/**
 * The "BEAM Architecture Context" section: the seed's four questions answered from the runtime
 * properties, each with the why and the evidence the facts recorded.
 */
final class ContextAnswers {
    private ContextAnswers() {
    }

    /**
     * {@code purpose}, when a purpose keeps the process (the recommendation's questions are answered for
     * it), is said beside a "stateless: yes", which would read as a contradiction of them otherwise.
     */
    static List<ContextAnswer> of(RuntimeProperties p, java.util.Optional<String> purpose) {
        return List.of(
                answer("Does this need concurrency?", p.get(Property.CONCURRENCY_NEED),
                        "callers work concurrently with it: casts, async work or calls from several modules",
                        "no casts or async work were found, and no two other modules call its process"),
                isolation(p),
                answer("Does this need shared state?", p.get(Property.HOLDS_STATE),
                        "state is kept between operations and read or changed by its callbacks",
                        "no callback reads or changes a state carried between operations"),
                answer("Is this stateless?", p.get(Property.STATELESS),
                        "no state, timeouts, monitors, info handling or owned resources were found"
                                + purpose.map(x -> "; its purpose, " + x + ", still keeps a process (the"
                                + " recommendation's questions are answered for it)").orElse(""),
                        "it keeps something alive between operations"));
    }

    /**
     * A "no" beside calls of unknown effect names them: "no external I/O" would be a claim the analysis cannot make
     * (domolixir's Hue.Discover runs an SSDP search through Huex).
     */
    private static ContextAnswer isolation(RuntimeProperties p) {
        String q = "Does this need isolation?";
        PropertyValue v = p.get(Property.ISOLATION_NEED);
        if (!v.value() && !p.mayDoIo().isEmpty()) {
            return new ContextAnswer(q, false, "none found that the analysis knows: no trapped exits, port, socket "
                    + "(call or message), owned ETS table, or file, database or network call; but it calls code "
                    + "whose effects are not known here and may do I/O",
                    p.mayDoIo());
        }
        return answer(q, v, "it owns something whose crash must be contained (trapped exits, ports, sockets, ETS tables "
                        + "or external I/O)",
                "none found in its own code: no trapped exits, port, socket (call or message), owned ETS table or "
                        + "external I/O");
    }

    private static ContextAnswer answer(String question, PropertyValue v, String whyYes, String whyNo) {
        List<Evidence> evidence = v.evidence();
        return new ContextAnswer(question, v.value(), v.value() ? whyYes : whyNo, evidence);
    }
}
