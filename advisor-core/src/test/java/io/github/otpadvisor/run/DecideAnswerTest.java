package io.github.otpadvisor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.otpadvisor.decision.Answers;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One enum for the decide answers: the command line's keys, the goal's parameters, the framework's answers. */
class DecideAnswerTest {
    @Test
    void theKeysPeopleTypeAreKept() {
        assertEquals("stateless|state|one-off-async|simple-get-update|many-readers|timeouts-monitors-info"
                + "|dynamic-children|bottleneck", DecideAnswer.keys("|"));
    }

    @Test
    void eachAnswerSetsItsOwnQuestionAndNoOther() throws Exception {
        assertEquals(Answers.builder().build(), DecideAnswer.answers(Set.of()));
        assertEquals(Answers.builder().stateless(true).build(), answers("stateless"));
        assertEquals(Answers.builder().stateBetweenOps(true).build(), answers("state"));
        assertEquals(Answers.builder().oneOffAsync(true).build(), answers("one-off-async"));
        assertEquals(Answers.builder().simpleGetUpdate(true).build(), answers("simple-get-update"));
        assertEquals(Answers.builder().manyReaders(true).build(), answers("many-readers"));
        assertEquals(Answers.builder().timeoutsMonitorsInfo(true).build(), answers("timeouts-monitors-info"));
        assertEquals(Answers.builder().dynamicChildren(true).build(), answers("dynamic-children"));
        assertEquals(Answers.builder().supervisorBottleneck(true).build(), answers("bottleneck"));
        assertEquals(new Answers(true, true, true, true, true, true, true, true),
                DecideAnswer.answers(EnumSet.allOf(DecideAnswer.class)));
    }

    @Test
    void theGoalsParametersAreTheAnswersRecordsNames() {
        for (DecideAnswer a : DecideAnswer.values()) {
            Answers only = DecideAnswer.answers(Set.of(a));
            try {
                assertEquals(true, Answers.class.getMethod(a.parameter()).invoke(only), a.parameter());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(a.parameter() + " is not an answer", e);
            }
        }
    }

    @Test
    void anUnknownKeyNamesTheValidOnes() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> DecideAnswer.parse("maybe"));
        assertEquals("--yes: unknown answer 'maybe'; expected stateless, state, one-off-async, simple-get-update, "
                + "many-readers, timeouts-monitors-info, dynamic-children, bottleneck", e.message(Spelling.OPTION));
    }

    private static Answers answers(String key) throws ConfigurationException {
        return DecideAnswer.answers(Set.of(DecideAnswer.parse(key)));
    }
}
