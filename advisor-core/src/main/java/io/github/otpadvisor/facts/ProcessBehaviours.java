package io.github.otpadvisor.facts;

/** Which OTP abstraction a {@code use M} or {@code @behaviour M} line makes a module (RULEBOOK §1 "process module"). */
public final class ProcessBehaviours {
    private ProcessBehaviours() {
    }

    public static Abstraction ofUse(String used) {
        return switch (used) {
            case "GenServer" -> Abstraction.GENSERVER;
            case "Agent" -> Abstraction.AGENT;
            case "Supervisor" -> Abstraction.SUPERVISOR;
            case "DynamicSupervisor" -> Abstraction.DYNAMIC_SUPERVISOR;
            case "Task" -> Abstraction.TASK;
            case "GenStateMachine" -> Abstraction.GEN_STATEM;
            default -> Abstraction.NONE;
        };
    }

    public static Abstraction ofBehaviour(String behaviour) {
        return switch (behaviour) {
            case "GenServer", ":gen_server" -> Abstraction.GENSERVER;
            case ":gen_statem" -> Abstraction.GEN_STATEM;
            case "Supervisor", ":supervisor" -> Abstraction.SUPERVISOR;
            default -> Abstraction.NONE;
        };
    }
}
