package io.github.otpadvisor.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last result comes back only for its own key and build; anything else is a miss, never an error. */
class ResultCacheTest {
    record Stored(int files, List<String> findings) {
    }

    private static final byte[] KEY = {1, 2, 3};

    /** What the cache holds under {@code key}, as a run reads it: its last result when the keys match. */
    private static Optional<Stored> under(ResultCache<Stored> cache, byte[] key) {
        return cache.last().filter(s -> s.matches(key)).map(ResultCache.Stored::value);
    }
    private static final Stored VALUE = new Stored(3, List.of("OTP001 lib/a.ex:1", "OTP005 lib/b.ex:9"));

    @Test
    void theResultComesBackForItsKeyAndBuildOnly(@TempDir Path dir) {
        ResultCache.open(dir, Stored.class, "build-1").put(KEY, VALUE);
        assertEquals(Optional.of(VALUE), under(ResultCache.open(dir, Stored.class, "build-1"), KEY));
        assertEquals(Optional.empty(), under(ResultCache.open(dir, Stored.class, "build-1"), new byte[] {1, 2, 4}));
        ResultCache<Stored> other = ResultCache.open(dir, Stored.class, "build-2");
        assertEquals(Optional.empty(), under(other, KEY), "written by another build");
        assertEquals(List.of(), other.warnings());
    }

    @Test
    void aTruncatedFileIsAMissWithAWarning(@TempDir Path dir) throws Exception {
        ResultCache.open(dir, Stored.class, "b").put(KEY, VALUE);
        Path file = dir.resolve(ResultCache.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        ResultCache<Stored> cache = ResultCache.open(dir, Stored.class, "b");
        assertEquals(Optional.empty(), under(cache, KEY));
        assertEquals(1, cache.warnings().size());
        cache.put(KEY, VALUE);
        assertEquals(Optional.of(VALUE), under(ResultCache.open(dir, Stored.class, "b"), KEY));
    }

    @Test
    void aFileInTheFoldersPlaceMeansNoCache(@TempDir Path dir) throws Exception {
        Path notADir = Files.writeString(dir.resolve("out"), "x");
        ResultCache<Stored> cache = ResultCache.open(notADir, Stored.class, "b");
        cache.put(KEY, VALUE);
        assertEquals(Optional.empty(), under(cache, KEY));
        assertTrue(cache.warnings().get(0).endsWith("is a file, not a folder; this run uses no cache"));
        assertEquals("x", Files.readString(notADir));
    }
}
