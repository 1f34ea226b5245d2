package io.github.otpadvisor.decision;

/** The five questions of the decision framework, in the order the seed asks them. */
public enum Question {
    STATELESS(1, "Is this stateless computation?"),
    STATE_BETWEEN_OPERATIONS(2, "Do you need state between operations?"),
    SIMPLE_GET_UPDATE(3, "Is it simple get/update only?"),
    TIMEOUTS_MONITORS_INFO(4, "Do you need timeouts, monitors, or handle_info?"),
    DYNAMIC_CHILDREN(5, "Are children started dynamically?");

    private final int number;
    private final String text;

    Question(int number, String text) {
        this.number = number;
        this.text = text;
    }

    public int number() {
        return number;
    }

    /** The question as the seed words it. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return "Q" + number + " \"" + text + "\"";
    }
}
