package io.github.otpadvisor.decision;

/**
 * Answers to the framework's questions, whether a person gives them for a planned feature or the
 * analyzer derives them from a module's facts. Later questions are only read when earlier ones lead
 * to them, as in the seed, so a person need not answer what is not asked.
 *
 * @param stateless          Q1: stateless computation
 * @param stateBetweenOps    Q2: state must survive between operations
 * @param oneOffAsync        Q2 follow-up: the work is one-off and asynchronous (Task)
 * @param simpleGetUpdate    Q3: only simple get/update of the state
 * @param manyReaders        Q3 follow-up: one shared store read by many callers (ETS rather than Agent)
 * @param timeoutsMonitorsInfo Q4: timeouts, monitors or handle_info are needed
 * @param dynamicChildren    Q5: processes are started dynamically (per user, session, room...)
 * @param supervisorBottleneck Q5 follow-up: one DynamicSupervisor takes starts from many request paths
 */
public record Answers(boolean stateless, boolean stateBetweenOps, boolean oneOffAsync, boolean simpleGetUpdate,
                      boolean manyReaders, boolean timeoutsMonitorsInfo, boolean dynamicChildren,
                      boolean supervisorBottleneck) {

    /** Starts from "nothing needed": every answer no. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction, so callers name each answer they give. */
    public static final class Builder {
        private boolean stateless;
        private boolean stateBetweenOps;
        private boolean oneOffAsync;
        private boolean simpleGetUpdate;
        private boolean manyReaders;
        private boolean timeoutsMonitorsInfo;
        private boolean dynamicChildren;
        private boolean supervisorBottleneck;

        public Builder stateless(boolean v) {
            stateless = v;
            return this;
        }

        public Builder stateBetweenOps(boolean v) {
            stateBetweenOps = v;
            return this;
        }

        public Builder oneOffAsync(boolean v) {
            oneOffAsync = v;
            return this;
        }

        public Builder simpleGetUpdate(boolean v) {
            simpleGetUpdate = v;
            return this;
        }

        public Builder manyReaders(boolean v) {
            manyReaders = v;
            return this;
        }

        public Builder timeoutsMonitorsInfo(boolean v) {
            timeoutsMonitorsInfo = v;
            return this;
        }

        public Builder dynamicChildren(boolean v) {
            dynamicChildren = v;
            return this;
        }

        public Builder supervisorBottleneck(boolean v) {
            supervisorBottleneck = v;
            return this;
        }

        public Answers build() {
            return new Answers(stateless, stateBetweenOps, oneOffAsync, simpleGetUpdate, manyReaders,
                    timeoutsMonitorsInfo, dynamicChildren, supervisorBottleneck);
        }
    }
}
