package io.github.otpadvisor.cli;

import io.github.otpadvisor.run.ConfigurationException;
import io.github.otpadvisor.run.Spelling;
import java.io.PrintStream;
import java.util.List;

/** One sub-command of the runnable jar. */
interface Command {
    /**
     * Exit status: 0 success, 1 the command's own failure (findings at the threshold, files that did not
     * parse), 2 usage or I/O, 3 internal error (a defect of ours or a JVM limit; {@link Main} reports it).
     */
    int EXIT_OK = 0;
    int EXIT_FAILED = 1;
    int EXIT_USAGE = 2;
    int EXIT_INTERNAL = 3;

    String name();

    /** One line: the arguments it takes. */
    String synopsis();

    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException;

    /**
     * A configuration the run layer refused: a usage error naming the option, or, for a file the user named
     * whose content is wrong (a baseline that is not JSON), that file's {@code path:line:column: message}.
     */
    static int configurationError(ConfigurationException e, PrintStream err) throws UsageException {
        if (e.setting() != null) {
            throw new UsageException(e.message(Spelling.OPTION));
        }
        err.println(e.getMessage());
        return EXIT_USAGE;
    }
}
