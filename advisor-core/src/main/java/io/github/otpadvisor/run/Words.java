package io.github.otpadvisor.run;

import java.util.List;

/** Lists of valid values in messages, as people write them. */
final class Words {
    private Words() {
    }

    /** {@code a, b or c}. */
    static String or(List<String> values) {
        int last = values.size() - 1;
        return last <= 0 ? String.join("", values)
                : String.join(", ", values.subList(0, last)) + " or " + values.get(last);
    }
}
