package io.github.otpadvisor.cli;

import io.github.otpadvisor.run.ConfigurationException;
import io.github.otpadvisor.run.DecideAnswer;
import io.github.otpadvisor.run.DecideOutcome;
import io.github.otpadvisor.run.DecideRequest;
import io.github.otpadvisor.run.FeatureDecision;
import io.github.otpadvisor.run.Setting;
import io.github.otpadvisor.run.RunException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code decide --feature NAME [--description TEXT] [--yes QUESTION]... [--no QUESTION]... [--project PATH]
 * [--out FILE] [--templates DIR]}: the decision model for a planned feature (RULEBOOK §3), from a person's answers,
 * written as the seed's {@code otp-decision.md} (the same run as the Maven goal, {@link FeatureDecision}), to stdout
 * without {@code --out}. Every question not answered yes is taken as no; one the decision passes without an answer,
 * and answers that contradict each other, are warned about on stderr and in the report, naming the question.
 * With {@code --project} the report shows that project's existing patterns and its sketches reuse its names.
 */
final class DecideCommand implements Command {
    @Override
    public String name() {
        return "decide";
    }

    @Override
    public String synopsis() {
        return "--feature NAME [--description TEXT] [--yes " + DecideAnswer.keys("|")
                + "]... [--no QUESTION]... [--project PATH] [--out FILE] [--templates DIR]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("feature", "description", "yes", "no", "project", "out", "templates"));
        if (!parsed.positional().isEmpty()) {
            throw new UsageException("decide takes no PATH, got " + parsed.positional().get(0));
        }
        try {
            Set<DecideAnswer> yes = EnumSet.noneOf(DecideAnswer.class);
            for (String key : parsed.all("yes")) {
                yes.add(DecideAnswer.parse(key));
            }
            Set<DecideAnswer> no = EnumSet.noneOf(DecideAnswer.class);
            for (String key : parsed.all("no")) {
                no.add(DecideAnswer.parse(key, Setting.NO_ANSWERS));
            }
            DecideOutcome outcome = FeatureDecision.decide(DecideRequest.builder(Path.of(""))
                    .feature(parsed.option("feature"))
                    .description(parsed.option("description"))
                    .yes(yes)
                    .no(no)
                    .project(parsed.path("project"))
                    .decisionFile(parsed.path("out"))
                    .templateDirectory(parsed.path("templates"))
                    .toolVersion(Version.current())
                    .build());
            for (String w : outcome.warnings()) {
                err.println("otp-advisor decide: warning: " + w);
            }
            if (outcome.file() == null) {
                out.print(outcome.markdown());
            } else {
                err.println("wrote " + outcome.file());
            }
            return EXIT_OK;
        } catch (ConfigurationException e) {
            return Command.configurationError(e, err);
        } catch (RunException e) {
            err.println(e.getMessage());
            return EXIT_USAGE;
        }
    }
}
