package io.github.otpadvisor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.scan.ScanRequest;
import io.github.otpadvisor.scan.SourceFile;
import io.github.otpadvisor.scan.SourceScanner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-file stage gives the same facts, failures and suppressions in the same order on one thread or many. */
class PerFileTest {
    @Test
    void theThreadCountChangesNothing() {
        List<SourceFile> files = SourceScanner.scan(ScanRequest.everything(Path.of("src/test/resources/rules")))
                .files();
        assertTrue(files.size() > 50, "a corpus worth splitting: " + files.size());
        ElixirFrontEnd frontEnd = new ElixirFrontEnd(ElixirFrontEnd.DEFAULT_MAX_FILE_BYTES);
        List<PerFile.Result> one = PerFile.analyze(files, frontEnd, 1, false);
        List<PerFile.Result> four = PerFile.analyze(files, frontEnd, 4, false);
        assertEquals(files.size(), four.size());
        for (int i = 0; i < files.size(); i++) {
            assertEquals(one.get(i).facts(), four.get(i).facts(), files.get(i).relativePath());
            assertEquals(one.get(i).failure(), four.get(i).failure(), files.get(i).relativePath());
            assertEquals(one.get(i).suppressions().problems(), four.get(i).suppressions().problems());
        }
    }
}
