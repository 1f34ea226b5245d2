package io.github.otpadvisor.cli;

import io.github.otpadvisor.run.Crash;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The runnable jar: {@code java -jar otp-advisor-core-*-cli.jar COMMAND ...}. Exit statuses, as the README
 * documents them: 0 clean, 1 findings (or, for {@code ast}, a file that does not parse), 2 usage or I/O
 * error, 3 internal error. An internal error is one line on stderr; {@code OTP_ADVISOR_DEBUG=1} adds the
 * stack trace.
 */
public final class Main {
    private static final List<Command> COMMANDS = List.of(new AnalyzeCommand(), new DecideCommand(), new AstCommand(),
            new BenchCommand());
    static final String DEBUG_VARIABLE = "OTP_ADVISOR_DEBUG";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command line and returns its exit status; nothing is thrown for any input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String debug = System.getenv(DEBUG_VARIABLE);
        return run(args, out, err, COMMANDS, debug != null && !debug.isEmpty() && !debug.equals("0"));
    }

    /** The same with the commands given (tests add failing ones) and the debug switch read. */
    static int run(String[] args, PrintStream out, PrintStream rawErr, List<Command> commands, boolean debug) {
        PrintStream err = new EscapingPrintStream(rawErr);
        try {
            return dispatch(args, out, err, commands);
        } catch (Throwable e) { // the last line of defence: Errors too (StackOverflowError, OutOfMemoryError)
            err.println("otp-advisor: " + Crash.describe(e));
            if (debug) {
                e.printStackTrace(rawErr);
            }
            return Command.EXIT_INTERNAL;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(String[] args, PrintStream out, PrintStream err, List<Command> commands) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            usage(args.length == 0 ? err : out, commands);
            return args.length == 0 ? Command.EXIT_USAGE : Command.EXIT_OK;
        }
        for (Command command : commands) {
            if (command.name().equals(args[0])) {
                try {
                    return command.run(Arrays.asList(args).subList(1, args.length), out, err);
                } catch (UsageException e) {
                    err.println("otp-advisor " + command.name() + ": " + e.getMessage());
                    err.println("usage: otp-advisor " + command.name() + " " + command.synopsis());
                    return Command.EXIT_USAGE;
                }
            }
        }
        err.println("otp-advisor: unknown command '" + args[0] + "'");
        usage(err, commands);
        return Command.EXIT_USAGE;
    }

    private static void usage(PrintStream stream, List<Command> commands) {
        stream.println("usage: otp-advisor COMMAND [OPTIONS] PATH...");
        for (Command command : commands) {
            stream.println("  " + command.name() + " " + command.synopsis());
        }
    }
}
