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
        Files.writeString(out, String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        Files.writeString(Path.of(out.toString().replaceFirst("\\.tsv$", "") + ".details.tsv"),
                String.join("\n", details) + "\n", StandardCharsets.UTF_8);
        System.out.println(String.join("\n", rows));
    }
}
