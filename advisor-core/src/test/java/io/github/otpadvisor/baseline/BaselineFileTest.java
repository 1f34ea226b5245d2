package io.github.otpadvisor.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.output.OutputRefusedException;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Severity;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the baseline file: only a baseline of ours is replaced, with the usual modes. */
class BaselineFileTest {
    private static final List<Finding> FINDINGS = List.of(new Finding("OTP004", Severity.ERROR, "lib/cache.ex",
            2, 3, "MyApp.Cache", "a global cache", Pattern.ETS, "v2:00000000000000000000000000000001"));

    @Test
    void aFileOfTheUserUnderTheBaselineNameIsNotOverwritten(@TempDir Path dir) throws Exception {
        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project/>");
        OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> Baseline.write(pom, FINDINGS));
        assertEquals(pom + ": not a baseline of otp-advisor (it has no \"tool\": \"otp-advisor\"), and otp-advisor "
                + "replaces only its own; move it away or name another baseline file", e.getMessage());
        assertEquals("<project/>", Files.readString(pom));
    }

    @Test
    void aBaselineOfOursIsReplacedEvenWithAMergeConflictInItsFindings(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("otp-advisor-baseline.json");
        Baseline.write(file, FINDINGS);
        String conflicted = Files.readString(file).replace("\"findings\": [", "\"findings\": [\n<<<<<<< HEAD");
        assertNotEquals(Baseline.toJson(FINDINGS), conflicted);
        Files.writeString(file, conflicted);
        Baseline.write(file, FINDINGS);
        assertEquals(Baseline.toJson(FINDINGS), Files.readString(file));
    }

    @Test
    void theFileGetsTheModesOfAnyFileTheUserCreates(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        Path plain = Files.writeString(dir.resolve("plain"), "x");
        Path file = dir.resolve("otp-advisor-baseline.json");
        Baseline.write(file, FINDINGS);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
    }
}
