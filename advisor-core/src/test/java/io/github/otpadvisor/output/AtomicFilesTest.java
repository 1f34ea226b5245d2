package io.github.otpadvisor.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single files: the usual modes, and the hidden siblings of killed runs deleted once they are old. */
class AtomicFilesTest {
    @Test
    void theFileGetsTheModesOfAnyFileTheUserCreates(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        Path plain = Files.writeString(dir.resolve("plain"), "x");
        AtomicFiles.write(dir.resolve("a.md"), "new");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("a.md")));
    }

    @Test
    void oldSiblingsOfKilledRunsAreDeletedAndLiveOnesKept(@TempDir Path dir) throws Exception {
        FileTime longAgo = FileTime.from(Instant.now().minus(AtomicFiles.LEFTOVER_AGE).minusSeconds(60));
        for (String left : List.of(".a.md123.tmp", ".a.md.0123456789abcdef.tmp")) {
            Files.setLastModifiedTime(Files.writeString(dir.resolve(left), "half"), longAgo);
        }
        Files.writeString(dir.resolve(".a.md.fedcba9876543210.tmp"), "another run writing right now");
        Files.setLastModifiedTime(Files.writeString(dir.resolve(".b.md123.tmp"), "another file's"), longAgo);
        AtomicFiles.write(dir.resolve("a.md"), "new");
        try (Stream<Path> list = Files.list(dir)) {
            assertEquals(List.of(".a.md.fedcba9876543210.tmp", ".b.md123.tmp", "a.md"),
                    list.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("new", Files.readString(dir.resolve("a.md")));
    }

    @Test
    void aFileIsReplacedWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/x.json");
        AtomicFiles.write(file, "old");
        AtomicFiles.write(file, "new");
        assertEquals("new", Files.readString(file));
        assertTrue(Files.isRegularFile(file));
        assertFalse(Files.exists(dir.resolve("sub/.x.json.tmp")));
    }
}
