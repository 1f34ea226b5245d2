package io.github.otpadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** The site report's own decisions before any page is written (the pages themselves: the site-report IT). */
@MojoTest
class ReportMojoTest {
    @Test
    @Basedir("/unit/red")
    @InjectMojo(goal = "report")
    @MojoParameter(name = "skip", value = "true")
    void skipSaysSoAndGeneratesNothing(ReportMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        assertFalse(mojo.canGenerateReport());
        assertEquals(List.of("[INFO] Skipping OTP Advisor report (otp-advisor.skip is true)"), log.lines);
    }
}
