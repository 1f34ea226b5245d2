package io.github.otpadvisor.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the runnable jar. */
interface Command {
    /** Exit status: 0 success, 1 the command's own failure (e.g. files that did not parse), 2 usage or I/O. */
    int EXIT_OK = 0;
    int EXIT_FAILED = 1;
    int EXIT_USAGE = 2;

    String name();

    /** One line: the arguments it takes. */
    String synopsis();

    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException;
}
