package io.github.otpadvisor.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.run.BaselineRecorder;
import io.github.otpadvisor.run.RunPlan;
import io.github.otpadvisor.run.RunRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline goal records today's findings; analyze then passes on them and says how many it hid. */
@MojoTest
class BaselineMojoTest {
    @TempDir
    Path tmp;

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "baseline")
    void recordsTodaysFindings(BaselineMojo mojo) throws Exception {
        Path file = tmp.resolve("baseline.json");
        setVariableValueToObject(mojo, "baselineFile", file.toFile());
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertTrue(Files.isRegularFile(file));
        assertEquals("[INFO] OTP Advisor: recorded 1 finding in " + file + "; analyze now fails only on new ones",
                log.lines.get(0));
    }

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "baseline")
    @MojoParameter(name = "includes", value = "apps/**")
    void aRunOverNothingKeepsTheBaselineThatExists(BaselineMojo mojo) throws Exception {
        Path file = tmp.resolve("baseline.json");
        Files.writeString(file, "{\"kept\": true}");
        setVariableValueToObject(mojo, "baselineFile", file.toFile());
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertEquals("{\"kept\": true}", Files.readString(file), "an empty baseline must not replace a real one");
        assertTrue(log.has("[WARNING] OTP Advisor: includes pattern 'apps/**' matches no Elixir file below ."),
                log::toString);
    }

    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "analyze")
    void analyzeHidesRecordedFindings(AnalyzeMojo mojo) throws Exception {
        Path file = tmp.resolve("baseline.json");
        Path basedir = Path.of(MojoExtension.getBasedir());
        BaselineRecorder.record(RunPlan.validate(RunRequest.builder(basedir).build()), file);
        setVariableValueToObject(mojo, "baselineFile", file.toFile());
        setVariableValueToObject(mojo, "outputDirectory", tmp.resolve("out").toFile());
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertTrue(log.has("[INFO] OTP Advisor: 0 findings"), log::toString);
        assertTrue(log.has("[INFO] OTP Advisor: 1 finding in the baseline " + file + " not shown"), log::toString);
    }
}
