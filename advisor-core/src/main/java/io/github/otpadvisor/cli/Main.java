package io.github.otpadvisor.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The runnable jar: {@code java -jar otp-advisor-core-*-cli.jar COMMAND ...}. */
public final class Main {
    private static final List<Command> COMMANDS = List.of(new AnalyzeCommand(), new DecideCommand(), new AstCommand(),
            new BenchCommand());

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command line and returns its exit status; nothing is thrown for any input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? Command.EXIT_USAGE : Command.EXIT_OK;
        }
        for (Command command : COMMANDS) {
            if (command.name().equals(args[0])) {
                try {
                    return command.run(Arrays.asList(args).subList(1, args.length), out, err);
                } catch (UsageException e) {
                    err.println("otp-advisor " + command.name() + ": " + e.getMessage());
                    err.println("usage: otp-advisor " + command.name() + " " + command.synopsis());
                    return Command.EXIT_USAGE;
                } finally {
                    out.flush();
                    err.flush();
                }
            }
        }
        err.println("otp-advisor: unknown command '" + args[0] + "'");
        usage(err);
        return Command.EXIT_USAGE;
    }

    private static void usage(PrintStream stream) {
        stream.println("usage: otp-advisor COMMAND [OPTIONS] PATH...");
        for (Command command : COMMANDS) {
            stream.println("  " + command.name() + " " + command.synopsis());
        }
    }
}
