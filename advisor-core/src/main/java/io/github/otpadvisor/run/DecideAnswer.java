package io.github.otpadvisor.run;

import io.github.otpadvisor.decision.Answers;
import java.util.Arrays;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The yes-answers a person can give the decision framework for a planned feature, in the order it asks
 * them, each with its command-line key ({@code decide --yes state}) and its Maven parameter
 * ({@code -Dotp-advisor.stateBetweenOps}). Every answer not given is no.
 */
public enum DecideAnswer {
    /** Q1: stateless computation. */
    STATELESS("stateless", "stateless", Answers.Builder::stateless),
    /** Q2: state must survive between operations. */
    STATE("state", "stateBetweenOps", Answers.Builder::stateBetweenOps),
    /** Q2 follow-up: the work is one-off and asynchronous. */
    ONE_OFF_ASYNC("one-off-async", "oneOffAsync", Answers.Builder::oneOffAsync),
    /** Q3: only simple get/update of the state. */
    SIMPLE_GET_UPDATE("simple-get-update", "simpleGetUpdate", Answers.Builder::simpleGetUpdate),
    /** Q3 follow-up: one shared store read by many callers. */
    MANY_READERS("many-readers", "manyReaders", Answers.Builder::manyReaders),
    /** Q4: timeouts, monitors or handle_info are needed. */
    TIMEOUTS_MONITORS_INFO("timeouts-monitors-info", "timeoutsMonitorsInfo", Answers.Builder::timeoutsMonitorsInfo),
    /** Q5: children are started dynamically. */
    DYNAMIC_CHILDREN("dynamic-children", "dynamicChildren", Answers.Builder::dynamicChildren),
    /** Q5 follow-up: many request paths start children of one DynamicSupervisor. */
    BOTTLENECK("bottleneck", "supervisorBottleneck", Answers.Builder::supervisorBottleneck);

    private final String key;
    private final String parameter;
    private final BiFunction<Answers.Builder, Boolean, Answers.Builder> setter;

    DecideAnswer(String key, String parameter, BiFunction<Answers.Builder, Boolean, Answers.Builder> setter) {
        this.key = key;
        this.parameter = parameter;
        this.setter = setter;
    }

    /** The command-line key: {@code decide --yes one-off-async}. */
    public String key() {
        return key;
    }

    /** The Maven goal's boolean parameter: {@code oneOffAsync}. */
    public String parameter() {
        return parameter;
    }

    /** The answer with this key; an unknown one is a configuration error listing the keys. */
    public static DecideAnswer parse(String key) throws ConfigurationException {
        return parse(key, Setting.ANSWERS);
    }

    /** The same, reported against {@code setting} ({@code --no}). */
    public static DecideAnswer parse(String key, Setting setting) throws ConfigurationException {
        for (DecideAnswer a : values()) {
            if (a.key.equals(key)) {
                return a;
            }
        }
        throw new ConfigurationException(setting, "unknown answer '" + key + "'; expected " + keys(", "));
    }

    /** Every key in the framework's order, joined: {@code stateless|state|...} for a usage line. */
    public static String keys(String separator) {
        return String.join(separator, Arrays.stream(values()).map(DecideAnswer::key).toList());
    }

    /** The framework's answers: yes for these, no for every other question. */
    public static Answers answers(Set<DecideAnswer> yes) {
        Answers.Builder b = Answers.builder();
        for (DecideAnswer a : values()) {
            b = a.setter.apply(b, yes.contains(a));
        }
        return b.build();
    }
}
