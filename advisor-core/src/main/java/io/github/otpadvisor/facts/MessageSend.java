package io.github.otpadvisor.facts;

import java.util.List;

/**
 * A message or call sent to a process: {@code GenServer.call/cast}, {@code Agent.*}, {@code send/2},
 * {@code Process.send_after} (RULEBOOK OTP007, OTP009, OTP012).
 *
 * @param kind         what sends it
 * @param target       to whom
 * @param message      the message as written ({@code {:put, key, value}}); for Agent calls, the function
 * @param messageTag   its leading atom, or null
 * @param module       the module where the call is written (null in scripts outside a module)
 * @param function     the enclosing function as {@code name/arity}, or null
 * @param agentFunction for Agent calls: whether the function passed is a plain get/put/update
 * @param wholeLargeValues large values ({@code conn}, {@code socket}, {@code state}) put whole into the message
 * @param inTest       the file is under {@code test/}
 * @param agentWork    for Agent calls: what the function does inside the Agent, or null
 * @param largeElements of {@link #wholeLargeValues}, those that are an element of a tuple message
 *                     ({@code {:record, conn}}), with their position (RULEBOOK OTP009)
 * @param shape        the message's shape as it arrives ({@code :erlang.start_timer} wraps it in
 *                     {@code {:timeout, ref, msg}}); {@link MessageShape#ANY} when it is a variable or a call
 * @param fromOwnProcess the call runs in the module's own process: in one of its callbacks ({@code init/1},
 *                     {@code handle_*}, {@code terminate/2}) or a private helper only they call, and not inside a
 *                     function given to another process ({@code Task.start(fn -> .. end)}) or to an unknown
 *                     library; so {@code self()} there is the module's process (RULEBOOK OTP012)
 * @param agentCode    for Agent calls: the code as written that a sketch moves (into a handler, a table access), or
 *                     null when not read back exactly
 * @param timeout      for a call, the timeout it passes as written ({@code :infinity}, {@code 30_000}); null when
 *                     it passes none (the default, 5 s) or for a cast or a send
 */
public record MessageSend(Kind kind, Target target, String message, String messageTag, Location location,
                          String module, String function, Simplicity agentFunction, List<String> wholeLargeValues,
                          boolean inTest, AgentWork agentWork, List<LargeElement> largeElements, MessageShape shape,
                          boolean fromOwnProcess, AgentCode agentCode, String timeout) {
    public MessageSend {
        shape = shape == null ? MessageShape.ANY : shape;
        wholeLargeValues = List.copyOf(wholeLargeValues);
        largeElements = largeElements == null ? List.of() : List.copyOf(largeElements);
    }

    /** The same send, with {@link #fromOwnProcess} set. */
    public MessageSend withFromOwnProcess(boolean own) {
        return new MessageSend(kind, target, message, messageTag, location, module, function, agentFunction,
                wholeLargeValues, inTest, agentWork, largeElements, shape, own, agentCode, timeout);
    }

    /** Without {@link #agentCode}. */
    public MessageSend(Kind kind, Target target, String message, String messageTag, Location location, String module,
                       String function, Simplicity agentFunction, List<String> wholeLargeValues, boolean inTest,
                       AgentWork agentWork, List<LargeElement> largeElements, MessageShape shape,
                       boolean fromOwnProcess) {
        this(kind, target, message, messageTag, location, module, function, agentFunction, wholeLargeValues, inTest,
                agentWork, largeElements, shape, fromOwnProcess, null, null);
    }

    /**
     * An Agent call's code as written.
     *
     * @param fn     the function it passes ({@code fn state -> Map.get(state, key) end}, {@code &Map.get(&1, key)})
     * @param call   the call itself ({@code Agent.get(__MODULE__, &Map.get(&1, key))}; without its first argument
     *               when that is piped in)
     * @param caller the body of the function clause it is written in, or null
     * @param params that clause's parameters as written ({@code key, value}), or null
     */
    public record AgentCode(String fn, String call, String caller, String params) {
    }

    /** Without {@link #shape} (unknown) and {@link #fromOwnProcess} (false). */
    public MessageSend(Kind kind, Target target, String message, String messageTag, Location location, String module,
                       String function, Simplicity agentFunction, List<String> wholeLargeValues, boolean inTest,
                       AgentWork agentWork, List<LargeElement> largeElements) {
        this(kind, target, message, messageTag, location, module, function, agentFunction, wholeLargeValues, inTest,
                agentWork, largeElements, MessageShape.ANY, false);
    }

    /** Without {@link #largeElements}. */
    public MessageSend(Kind kind, Target target, String message, String messageTag, Location location, String module,
                       String function, Simplicity agentFunction, List<String> wholeLargeValues, boolean inTest,
                       AgentWork agentWork) {
        this(kind, target, message, messageTag, location, module, function, agentFunction, wholeLargeValues, inTest,
                agentWork, List.of());
    }

    /** A large value put whole as element {@code index} (0-based) of a tuple message of {@code size} elements. */
    public record LargeElement(String variable, int index, int size) {
    }

    /** Without {@link #agentWork} (not an Agent call, or not read). */
    public MessageSend(Kind kind, Target target, String message, String messageTag, Location location, String module,
                       String function, Simplicity agentFunction, List<String> wholeLargeValues, boolean inTest) {
        this(kind, target, message, messageTag, location, module, function, agentFunction, wholeLargeValues, inTest,
                null);
    }

    /**
     * What the function given to an Agent call does inside the Agent process (RULEBOOK OTP001, OTP006).
     *
     * @param stateUntouched an {@code update}/{@code cast} function that returns its argument unchanged and never
     *                       reads it ({@code fn state -> send_mail(); state end})
     * @param serverWork     a GenServer's job done inside the Agent: a monitor, link, timer or {@code receive} in
     *                       the function, or branching logic ({@code case}/{@code cond}/{@code if}/{@code with})
     *                       in a {@code get_and_update} that is not a plain get/put; each with where it is
     * @param readModifyWrite an {@code update}/{@code get_and_update}/{@code cast} function that puts under a key a
     *                       value built from the state ({@code Map.put(state, :events, [e | state.events])}): atomic
     *                       in the Agent, a read then a write that can lose another caller's change in a table
     */
    public record AgentWork(boolean stateUntouched, List<Evidence> serverWork, boolean readModifyWrite) {
        public AgentWork {
            serverWork = List.copyOf(serverWork);
        }
    }

    public enum Kind {
        GENSERVER_CALL, GENSERVER_CAST, AGENT_GET, AGENT_UPDATE, AGENT_GET_AND_UPDATE, AGENT_CAST, SEND, SEND_AFTER,
        /** {@code :gen_statem.call/cast}, and {@code GenStateMachine.call/cast} that delegate to them. */
        GEN_STATEM_CALL, GEN_STATEM_CAST, GEN_STATE_MACHINE_CALL, GEN_STATE_MACHINE_CAST;

        /** A call or cast to a {@code :gen_statem}, however written. */
        public boolean genStatem() {
            return this == GEN_STATEM_CALL || this == GEN_STATEM_CAST || this == GEN_STATE_MACHINE_CALL
                    || this == GEN_STATE_MACHINE_CAST;
        }

        public boolean agent() {
            return this == AGENT_GET || this == AGENT_UPDATE || this == AGENT_GET_AND_UPDATE || this == AGENT_CAST;
        }

        public String label() {
            return switch (this) {
                case GENSERVER_CALL -> "GenServer.call";
                case GENSERVER_CAST -> "GenServer.cast";
                case AGENT_GET -> "Agent.get";
                case AGENT_UPDATE -> "Agent.update";
                case AGENT_GET_AND_UPDATE -> "Agent.get_and_update";
                case AGENT_CAST -> "Agent.cast";
                case SEND -> "send";
                case SEND_AFTER -> "Process.send_after";
                case GEN_STATEM_CALL -> ":gen_statem.call";
                case GEN_STATEM_CAST -> ":gen_statem.cast";
                case GEN_STATE_MACHINE_CALL -> "GenStateMachine.call";
                case GEN_STATE_MACHINE_CAST -> "GenStateMachine.cast";
            };
        }
    }
}
