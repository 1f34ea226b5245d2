package io.github.otpadvisor.facts;

import java.util.List;

/**
 * How a project's own test gets to its start of a process, as written, so a test sketch can start it the same way
 * (issue 11, "tests that test": a test that starts it with what the project's setup builds was only a pointer, and
 * readers capped each such report at 3 for asserting nothing).
 *
 * @param header    the test module's {@code alias}, {@code import} and {@code require} lines
 * @param helpers   the test module's own functions the copied code calls (also through each other), each whole
 * @param setups    the {@code setup} and {@code setup_all} calls that run before it (the module's, then its
 *                  {@code describe}'s), each whole; for a start in a setup, up to and including that one
 * @param context   the test's context parameter ({@code %{user: user}}), or null (none, or a start in a setup)
 * @param before    the test's statements before the one that starts it, as one piece of code, or null
 * @param statement the statement that starts it ({@code {:ok, pid} = Cache.start_link(opts)}); null for a setup's
 * @param pid       the variable that statement binds the pid to, or null
 * @param contextPid for a start in a setup, the context key the setup returns the pid under ({@code pid:}), or null
 */
public record TestPreamble(List<String> header, List<String> helpers, List<String> setups, String context,
                           String before, String statement, String pid, String contextPid) {
    public TestPreamble {
        header = List.copyOf(header);
        helpers = List.copyOf(helpers);
        setups = List.copyOf(setups);
    }
}
