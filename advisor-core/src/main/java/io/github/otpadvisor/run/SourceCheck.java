package io.github.otpadvisor.run;

import io.github.otpadvisor.scan.ScanResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the source roots and patterns selected, before any parsing, and the warnings when they select less than
 * the user meant: a run over 0 files, or an include/exclude pattern that matches no Elixir file (a typo or a
 * moved folder), must not pass without a word.
 *
 * @param files          how many files were selected
 * @param noElixirCode   there is no Elixir file below the roots at all (a Java module of a reactor), so the
 *                       patterns were not at fault
 * @param warnings       one sentence each, naming the setting and the roots (relative to the base directory)
 */
public record SourceCheck(int files, boolean noElixirCode, List<String> warnings) {
    public SourceCheck {
        warnings = List.copyOf(warnings);
    }

    /** Nothing to analyze. */
    public boolean empty() {
        return files == 0;
    }

    static SourceCheck of(RunPlan plan, ScanResult scan) {
        RunRequest request = plan.request();
        String below = roots(request.baseDir(), plan.scan().roots());
        if (scan.seen() == 0) {
            String outside = plan.scan().leftToOthers().isEmpty() ? "" : " outside the modules' folders";
            return new SourceCheck(0, true, List.of("no Elixir file (.ex, .exs) below " + below + outside
                    + ": nothing analyzed, no report written"));
        }
        List<String> warnings = new ArrayList<>();
        for (String p : scan.unmatchedIncludes()) {
            warnings.add("includes pattern '" + p + "' matches no Elixir file below " + below);
        }
        for (String p : scan.unmatchedExcludes()) {
            warnings.add("excludes pattern '" + p + "' matches no Elixir file below " + below
                    + ", so it leaves nothing out");
        }
        if (scan.files().isEmpty()) {
            warnings.add("the includes and excludes select none of the " + scan.seen() + " Elixir "
                    + (scan.seen() == 1 ? "file" : "files") + " below " + below
                    + ": nothing analyzed, no report written");
        }
        return new SourceCheck(scan.files().size(), false, warnings);
    }

    /** Relative to the base directory when below it (as the findings are named), else as given. */
    private static String roots(Path baseDir, List<Path> roots) {
        Path base = baseDir.toAbsolutePath().normalize();
        return roots.stream().map(r -> {
            Path abs = r.toAbsolutePath().normalize();
            String shown = abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
            return shown.isEmpty() ? "." : shown.replace('\\', '/');
        }).collect(Collectors.joining(", "));
    }
}
