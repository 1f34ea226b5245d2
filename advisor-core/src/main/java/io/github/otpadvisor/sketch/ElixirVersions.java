package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.ElixirRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a sketch uses that the project's declared Elixir may not have (issue 11, read cold at the thirteenth stop:
 * evercam-server declares {@code elixir: "~> 1.3.0"} and was handed DynamicSupervisor, which came with 1.6): a first
 * comment names each such feature, the version that brought it and the requirement as the project writes it.
 */
final class ElixirVersions {
    /** {@code module}: the module whose use in the project's own code shows it already has the feature, or null. */
    private record Feature(String name, Pattern used, int since, String module) {
    }

    private static final List<Feature> FEATURES = List.of(
            new Feature("Registry", Pattern.compile("(?<![\\w.])Registry\\.|\\{Registry,|:via, Registry\\b"), 1004,
                    "Registry"),
            new Feature("DynamicSupervisor", Pattern.compile("(?<![\\w.])DynamicSupervisor\\b"), 1006,
                    "DynamicSupervisor"),
            new Feature("start_supervised!/1", Pattern.compile("(?<![\\w.])start_supervised!\\("), 1006, null),
            new Feature("handle_continue/2", Pattern.compile("(?<![\\w.])handle_continue\\(|\\{:continue, "), 1007,
                    null),
            new Feature("PartitionSupervisor", Pattern.compile("(?<![\\w.])PartitionSupervisor\\b"), 1014,
                    "PartitionSupervisor"));

    private ElixirVersions() {
    }

    /**
     * The newest Elixir the code of {@code app} already needs for a feature a sketch may use, or -1: logflare declares
     * {@code ~> 1.4} and runs PartitionSupervisor (1.14), so a note asking for 1.6 tells its readers nothing
     * (readers of the fresh batch: "the code already uses PartitionSupervisor").
     */
    static int usedBy(io.github.otpadvisor.project.ProjectFacts project, String app) {
        int out = -1;
        for (Feature f : FEATURES) {
            if (f.module() != null && f.since() > out && project.names(app, f.module())) {
                out = f.since();
            }
        }
        return out;
    }

    /** {@code sketch} with a first comment for what it uses that {@code declared} may lack; as it is otherwise. */
    static String noted(String sketch, ElixirRequirement declared) {
        if (sketch == null || declared == null || declared.oldest() < 0) {
            return sketch;
        }
        List<String> newer = new ArrayList<>();
        int since = 0;
        for (Feature f : FEATURES) {
            if (f.since() > Math.max(declared.oldest(), declared.usedSince())
                    && f.used().matcher(code(sketch)).find()) {
                newer.add(f.name() + " (" + version(f.since()) + ")");
                since = Math.max(since, f.since());
            }
        }
        if (newer.isEmpty()) {
            return sketch;
        }
        String where = declared.location() == null ? "" : " (" + declared.location().file()
                + (declared.location().line() > 0 ? ":" + declared.location().line() : "") + ")";
        CodeWriter w = new CodeWriter();
        // ~> 1.4 admits 1.6 as well: only its lower bound is too old (readers: "~> 1.4 already allows Elixir 1.6")
        FitsSketch.comment(w, "Needs Elixir " + version(since) + " or later: " + String.join(", ", newer)
                + "; the project declares elixir: \"" + declared.text() + "\"" + where + (declared.admitsFrom(since)
                ? ", which admits it but also older versions: raise the lower bound to ~> " + version(since)
                + " so the project is not built where it is missing."
                : ", so raise it (and the Elixir it runs on) first."));
        return w + "\n" + sketch;
    }

    /** The sketch without its comment lines: a feature a comment names is not one the code uses. */
    private static String code(String sketch) {
        StringBuilder out = new StringBuilder();
        for (String l : sketch.split("\n", -1)) {
            if (!l.strip().startsWith("#")) {
                out.append(l).append('\n');
            }
        }
        return out.toString();
    }

    private static String version(int v) {
        return v / 1000 + "." + v % 1000;
    }
}
