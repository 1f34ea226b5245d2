package io.github.otpadvisor.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.project.PropertyValue;
import io.github.otpadvisor.project.RuntimeProperties;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A stateless module kept for its purpose: the context's "stateless: yes" says the purpose keeps a process, as the
 * recommendation's questions, answered for that purpose, say "no" (rig's KafkaToFilter read as a contradiction).
 */
class ContextAnswersTest {
    private static RuntimeProperties stateless() {
        Map<Property, PropertyValue> values = new EnumMap<>(Property.class);
        for (Property p : Property.values()) {
            values.put(p, new PropertyValue(p == Property.STATELESS || p == Property.STARTUP_STEP, List.of()));
        }
        return new RuntimeProperties("Rig.KafkaToFilter", values);
    }

    private static ContextAnswer statelessLine(Optional<Property> purpose) {
        return ContextAnswers.of(stateless(), purpose.map(Property::label)).stream().filter(a -> a.question().equals("Is this stateless?"))
                .findFirst().orElseThrow();
    }

    @Test
    void aPurposeThatKeepsTheProcessIsSaidBesideStatelessYes() {
        ContextAnswer a = statelessLine(Optional.of(Property.STARTUP_STEP));
        assertTrue(a.yes());
        assertTrue(a.why().endsWith("; its purpose, start-up step, still keeps a process (the recommendation's"
                + " questions are answered for it)"), a.why());
    }

    @Test
    void withoutOneTheLineIsAsBefore() {
        assertEquals("no state, timeouts, monitors, info handling or owned resources were found",
                statelessLine(Optional.empty()).why());
    }

    @Test
    void aNoBesideCallsOfUnknownEffectNamesThemInsteadOfClaimingNoIo() {
        RuntimeProperties p = new RuntimeProperties("Home.Discover", stateless().values(), List.of(
                io.github.otpadvisor.facts.Evidence.at(new io.github.otpadvisor.facts.Location("lib/d.ex", 9, 3),
                        "handle_info/2 calls Huex.Discovery.discover/0, library code the analysis does not know: it "
                                + "may do I/O")));
        ContextAnswer a = ContextAnswers.of(p, Optional.empty()).stream()
                .filter(x -> x.question().equals("Does this need isolation?")).findFirst().orElseThrow();
        assertTrue(!a.yes());
        assertTrue(a.why().endsWith("but it calls code whose effects are not known here and may do I/O"), a.why());
        assertTrue(!a.why().contains("or external I/O"), a.why());
        assertEquals(1, a.evidence().size());
    }
}
