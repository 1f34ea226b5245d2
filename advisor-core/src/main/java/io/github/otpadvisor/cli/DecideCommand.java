package io.github.otpadvisor.cli;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.output.AtomicFiles;
import io.github.otpadvisor.report.ReportException;
import io.github.otpadvisor.report.ReportWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code decide --feature NAME [--description TEXT] [--yes QUESTION]... [--out FILE] [--templates DIR]}:
 * the decision model for a planned feature (RULEBOOK §3), from a person's answers, written as the seed's
 * {@code otp-decision.md}. Every question not answered yes is answered no.
 */
final class DecideCommand implements Command {
    /**
     * The answer keys, in the order the framework asks: Q1 stateless; Q2 state between operations, or
     * one-off async work; Q3 simple get/update, and many readers of one store; Q4 timeouts, monitors or
     * handle_info; Q5 dynamic children, and a DynamicSupervisor bottleneck.
     */
    static final List<String> QUESTIONS = List.of("stateless", "state", "one-off-async", "simple-get-update",
            "many-readers", "timeouts-monitors-info", "dynamic-children", "bottleneck");

    @Override
    public String name() {
        return "decide";
    }

    @Override
    public String synopsis() {
        return "--feature NAME [--description TEXT] [--yes " + String.join("|", QUESTIONS)
                + "]... [--out FILE] [--templates DIR]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("feature", "description", "yes", "out", "templates"));
        if (!parsed.positional().isEmpty()) {
            throw new UsageException("decide takes no PATH, got " + parsed.positional().get(0));
        }
        String feature = parsed.option("feature");
        if (feature == null || feature.isBlank()) {
            throw new UsageException("--feature NAME is required");
        }
        for (String yes : parsed.all("yes")) {
            if (!QUESTIONS.contains(yes)) {
                throw new UsageException("--yes takes one of " + String.join(", ", QUESTIONS) + ", got " + yes);
            }
        }
        Path templates = parsed.option("templates") == null ? null : Path.of(parsed.option("templates"));
        if (templates != null && !Files.isDirectory(templates)) {
            throw new UsageException("--templates " + templates + ": no such folder");
        }
        Answers answers = answers(Set.copyOf(parsed.all("yes")));
        try {
            String md = ReportWriter.renderFeatureDecision(feature, parsed.option("description"), answers, templates,
                    Version.current());
            if (parsed.option("out") == null) {
                out.print(md);
            } else {
                AtomicFiles.write(Path.of(parsed.option("out")), md);
                err.println("wrote " + parsed.option("out"));
            }
            return EXIT_OK;
        } catch (ReportException e) {
            err.println(e.getMessage());
        } catch (IOException e) {
            err.println("cannot write " + parsed.option("out") + ": " + e.getMessage());
        }
        return EXIT_USAGE;
    }

    static Answers answers(Set<String> yes) {
        return Answers.builder().stateless(yes.contains("stateless")).stateBetweenOps(yes.contains("state"))
                .oneOffAsync(yes.contains("one-off-async")).simpleGetUpdate(yes.contains("simple-get-update"))
                .manyReaders(yes.contains("many-readers")).timeoutsMonitorsInfo(yes.contains("timeouts-monitors-info"))
                .dynamicChildren(yes.contains("dynamic-children")).supervisorBottleneck(yes.contains("bottleneck"))
                .build();
    }
}
