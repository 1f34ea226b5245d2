package io.github.otpadvisor.run;

import static io.github.otpadvisor.run.DecideAnswer.BOTTLENECK;
import static io.github.otpadvisor.run.DecideAnswer.DYNAMIC_CHILDREN;
import static io.github.otpadvisor.run.DecideAnswer.MANY_READERS;
import static io.github.otpadvisor.run.DecideAnswer.ONE_OFF_ASYNC;
import static io.github.otpadvisor.run.DecideAnswer.SIMPLE_GET_UPDATE;
import static io.github.otpadvisor.run.DecideAnswer.STATE;
import static io.github.otpadvisor.run.DecideAnswer.STATELESS;
import static io.github.otpadvisor.run.DecideAnswer.TIMEOUTS_MONITORS_INFO;

import io.github.otpadvisor.decision.Question;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a person's answers before the framework decides on them: an answer that contradicts another, or a
 * follow-up that the earlier answers make the framework skip, and every question on the decision's path that was
 * neither answered nor implied by another answer (it is taken as no). Each warning names the question to answer,
 * so an incomplete set of answers never turns silently into "Functions".
 */
final class AnswerCheck {
    private AnswerCheck() {
    }

    /**
     * @param yes the questions answered yes
     * @param no  the questions answered no explicitly (the command line's {@code --no}); a question in neither set
     *            was not answered
     */
    static List<String> warnings(Set<DecideAnswer> yes, Set<DecideAnswer> no) {
        List<String> out = new ArrayList<>();
        for (DecideAnswer a : DecideAnswer.values()) {
            if (yes.contains(a) && no.contains(a)) {
                out.add("'" + a.key() + "' is answered both yes and no: it was taken as yes; answer it once ("
                        + spell(a) + ").");
            }
        }
        if (yes.isEmpty() && no.isEmpty()) {
            out.add("No question was answered, and every unanswered question counts as no, which gives Functions: "
                    + "answer " + ask(Question.STATELESS) + " first.");
            return out;
        }
        contradictions(yes, out);
        missing(yes, no, out);
        return out;
    }

    private static void contradictions(Set<DecideAnswer> yes, List<String> out) {
        Set<DecideAnswer> more = EnumSet.noneOf(DecideAnswer.class);
        more.addAll(yes);
        more.remove(STATELESS);
        if (yes.contains(STATELESS) && !more.isEmpty()) {
            out.add("'stateless' contradicts " + keys(more) + ": " + ask(Question.STATELESS)
                    + " decides Functions and the others are ignored. Answer it again: is the work a computation on "
                    + "its inputs alone?");
            return;
        }
        Set<DecideAnswer> needState = EnumSet.noneOf(DecideAnswer.class);
        for (DecideAnswer a : List.of(SIMPLE_GET_UPDATE, MANY_READERS, TIMEOUTS_MONITORS_INFO, DYNAMIC_CHILDREN,
                BOTTLENECK)) {
            if (yes.contains(a)) {
                needState.add(a);
            }
        }
        if (!yes.contains(STATE) && !needState.isEmpty()) {
            out.add(keys(needState) + " describe" + (needState.size() == 1 ? "s" : "") + " state a process keeps, "
                    + "but " + ask(Question.STATE_BETWEEN_OPERATIONS) + " is not answered yes: without it the "
                    + "framework stops at Q2 and ignores " + (needState.size() == 1 ? "it" : "them") + ". Answer Q2.");
        }
        if (yes.contains(STATE) && yes.contains(ONE_OFF_ASYNC)) {
            out.add("'one-off-async' is asked only when no state survives between operations, and 'state' says "
                    + "some does: it is ignored. Answer " + ask(Question.STATE_BETWEEN_OPERATIONS) + " again.");
        }
        if (yes.contains(SIMPLE_GET_UPDATE) && yes.contains(TIMEOUTS_MONITORS_INFO)) {
            out.add("'simple-get-update' and 'timeouts-monitors-info' contradict: state with timers, monitors or "
                    + "messages of its own is not simple get/update, yet Q3 yes decides before Q4 is asked. Answer "
                    + ask(Question.SIMPLE_GET_UPDATE) + " again.");
        }
        if (yes.contains(MANY_READERS) && !yes.contains(SIMPLE_GET_UPDATE)) {
            out.add("'many-readers' refines a yes to " + ask(Question.SIMPLE_GET_UPDATE)
                    + ", which is not answered yes: it is ignored.");
        }
        if (yes.contains(BOTTLENECK) && !yes.contains(DYNAMIC_CHILDREN)) {
            out.add("'bottleneck' refines a yes to " + ask(Question.DYNAMIC_CHILDREN)
                    + ", which is not answered yes: it is ignored.");
        }
    }

    /** Questions on the decision's path that nothing answers, in the framework's order. */
    private static void missing(Set<DecideAnswer> yes, Set<DecideAnswer> no, List<String> out) {
        if (yes.contains(STATELESS)) {
            return;
        }
        boolean q1 = no.contains(STATELESS) || !yes.isEmpty(); // any other yes means it is not a pure computation
        if (!q1) {
            out.add(unanswered(Question.STATELESS, STATELESS));
        }
        boolean q2 = yes.contains(STATE) || no.contains(STATE) || yes.contains(ONE_OFF_ASYNC);
        if (!q2) {
            out.add(unanswered(Question.STATE_BETWEEN_OPERATIONS, STATE));
            return;
        }
        if (!yes.contains(STATE)) {
            return; // functions, or a Task under a Task.Supervisor: Q3 to Q5 are not asked
        }
        boolean q3 = yes.contains(SIMPLE_GET_UPDATE) || no.contains(SIMPLE_GET_UPDATE)
                || yes.contains(TIMEOUTS_MONITORS_INFO);
        if (!q3) {
            out.add(unanswered(Question.SIMPLE_GET_UPDATE, SIMPLE_GET_UPDATE));
        }
        if (yes.contains(SIMPLE_GET_UPDATE) && yes.contains(MANY_READERS)) {
            return; // ETS: no process of its own to place
        }
        if (!yes.contains(SIMPLE_GET_UPDATE) && !yes.contains(TIMEOUTS_MONITORS_INFO)
                && !no.contains(TIMEOUTS_MONITORS_INFO)) {
            out.add(unanswered(Question.TIMEOUTS_MONITORS_INFO, TIMEOUTS_MONITORS_INFO));
        }
        if (!yes.contains(DYNAMIC_CHILDREN) && !no.contains(DYNAMIC_CHILDREN)) {
            out.add(unanswered(Question.DYNAMIC_CHILDREN, DYNAMIC_CHILDREN));
        }
    }

    private static String unanswered(Question q, DecideAnswer a) {
        return ask(q) + " is not answered, so it was taken as no: answer it (" + spell(a) + ").";
    }

    private static String ask(Question q) {
        return "Q" + q.number() + " \"" + q.text() + "\"";
    }

    /** How to answer it on the command line and in the goal. */
    private static String spell(DecideAnswer a) {
        return "--yes or --no " + a.key() + "; the goal's " + a.parameter();
    }

    private static String keys(Set<DecideAnswer> answers) {
        return String.join(", ", answers.stream().map(a -> "'" + a.key() + "'").toList());
    }
}
