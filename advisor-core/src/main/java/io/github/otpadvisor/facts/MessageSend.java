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
 */
public record MessageSend(Kind kind, Target target, String message, String messageTag, Location location,
                          String module, String function, Simplicity agentFunction, List<String> wholeLargeValues,
                          boolean inTest) {
    public MessageSend {
        wholeLargeValues = List.copyOf(wholeLargeValues);
    }

    public enum Kind {
        GENSERVER_CALL, GENSERVER_CAST, AGENT_GET, AGENT_UPDATE, AGENT_GET_AND_UPDATE, AGENT_CAST, SEND, SEND_AFTER;

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
            };
        }
    }
}
