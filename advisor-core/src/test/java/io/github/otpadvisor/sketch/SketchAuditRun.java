package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit over real applications, run by {@code scripts/sketch-audit.sh}: {@code -Dotp.audit=NAME=ROOT=REPORTS,...}
 * (ROOT the scanned project, REPORTS the {@code --out} folder of {@code analyze --format md}), writing a TSV of
 * counts to {@code -Dotp.audit.out} and the counted items beside it ({@code .details.tsv}). Skipped without
 * {@code otp.audit}.
 */
class SketchAuditRun {
    @Test
    void auditRealApplications() throws Exception {
        String spec = System.getProperty("otp.audit");
        assumeTrue(spec != null && !spec.isBlank(), "no -Dotp.audit given");
        Path out = Path.of(System.getProperty("otp.audit.out", "target/sketch-audit.tsv"));
        List<String> rows = new ArrayList<>(List.of(SketchAudit.Counts.header()));
        List<String> details = new ArrayList<>(List.of("app\tmodule\tkind\twhat"));
        for (String item : spec.split(",")) {
            String[] p = item.split("=", 3);
            SketchAudit.Counts c = SketchAudit.audit(p[0], Path.of(p[1]), Path.of(p[2]));
            rows.add(c.row());
            c.details().forEach(d -> details.add(c.app() + "\t" + d));
        }
        if (Boolean.getBoolean("otp.audit.bypass")) {
            rows.add("");
            rows.add("app\tbypass_modules\trewrites\tbypass_lost");
            for (String item : spec.split(",")) {
                String[] p = item.split("=", 3);
                rows.add(p[0] + "\t" + everyRewrite(Path.of(p[1]), details, p[0]));
            }
        }
        Files.writeString(out, String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        Files.writeString(Path.of(out.toString().replaceFirst("\\.tsv$", "") + ".details.tsv"),
                String.join("\n", details) + "\n", StandardCharsets.UTF_8);
        System.out.println(String.join("\n", rows));
    }

    /**
     * With {@code -Dotp.audit.bypass=true}: each module of the project with functions that read or write shared
     * memory directly, rewritten to every decision the model gives (not only its own): its modules, the rewrites
     * and the functions lost (moved into a call or dropped), as a TSV row's cells.
     */
    private static String everyRewrite(Path root, List<String> details, String app) {
        var project = new io.github.otpadvisor.analysis.Analyzer(io.github.otpadvisor.analysis.AnalysisOptions
                .defaults()).analyze(io.github.otpadvisor.scan.ScanRequest.of(root)).project();
        int modules = 0;
        int rewrites = 0;
        int lost = 0;
        for (var own : io.github.otpadvisor.assess.Assessor.assess(project).all()) {
            if (own.module().facts().api().stream().noneMatch(io.github.otpadvisor.facts.ApiFunction::bypass)) {
                continue;
            }
            modules++;
            for (var d : SketchCases.decisions()) {
                SketchInput in = SketchInput.of(own.withDecision(d), project);
                if (in.code().fits()) {
                    continue;
                }
                rewrites++;
                for (String x : SketchAudit.dropped(own.module().facts(), ElixirSketches.implementation(in))) {
                    if (x.startsWith("bypass\t")) {
                        lost++;
                        details.add(app + "\t" + own.name() + " as " + SketchCases.label(d) + "\t" + x);
                    }
                }
            }
        }
        return modules + "\t" + rewrites + "\t" + lost;
    }
}
