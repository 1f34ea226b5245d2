package io.github.otpadvisor.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache file: what is kept, when it is written, and that nothing found in its place is trusted or clobbered. */
class FactsCacheTest {
    private static final String ID = "test-build";
    private static final byte[] CONTENT = "defmodule A do end".getBytes(StandardCharsets.UTF_8);

    private static CachedFile sample() {
        return RecordCodecTest.fixtures().stream().filter(f -> !f.facts().modules().isEmpty()).findFirst()
                .orElseThrow();
    }

    /** A cache holding one file's facts and one mix.exs, as a run leaves it. */
    private static CachedFile written(Path dir) {
        CachedFile value = sample();
        FactsCache cache = FactsCache.open(dir, ID);
        assertTrue(cache.enabled());
        assertNull(cache.get(value.facts().file(), false, "app", FactsCache.hash(CONTENT)));
        cache.put(value.facts().file(), false, "app", FactsCache.hash(CONTENT), value);
        cache.putMixApp(FactsCache.hash(CONTENT), Optional.of("shop"));
        cache.save();
        assertEquals(List.of(), cache.warnings());
        return value;
    }

    @Test
    void aSecondRunFindsWhatTheFirstStored(@TempDir Path dir) {
        CachedFile value = written(dir);
        FactsCache again = FactsCache.open(dir, ID);
        assertEquals(value, again.get(value.facts().file(), false, "app", FactsCache.hash(CONTENT)));
        assertEquals(Optional.of("shop"), again.mixApp(FactsCache.hash(CONTENT)));
        assertEquals(1, again.hits());
        assertEquals(List.of(), again.warnings());
    }

    @Test
    void otherContentAnotherApplicationOrAnotherPathMiss(@TempDir Path dir) {
        CachedFile value = written(dir);
        FactsCache again = FactsCache.open(dir, ID);
        String file = value.facts().file();
        byte[] changed = Arrays.copyOf(CONTENT, CONTENT.length);
        changed[0] ^= 1;
        assertNull(again.get(file, false, "app", FactsCache.hash(changed)));
        assertNull(again.get(file, false, "other", FactsCache.hash(CONTENT)));
        assertNull(again.get(file, false, null, FactsCache.hash(CONTENT)));
        assertNull(again.get("lib/other.ex", false, "app", FactsCache.hash(CONTENT)));
        assertNull(again.get(file, true, "app", FactsCache.hash(CONTENT)), "test code has other facts");
        assertNull(again.mixApp(FactsCache.hash(changed)));
    }

    @Test
    void theHashTellsApartContentsOfTheSameLengthAndChecksum(@TempDir Path dir) {
        assertEquals(16, FactsCache.hash(CONTENT).length);
        byte[] longer = Arrays.copyOf(CONTENT, CONTENT.length + 1);
        assertFalse(Arrays.equals(FactsCache.hash(CONTENT), FactsCache.hash(longer)));
        assertArrayEquals(FactsCache.hash(CONTENT), FactsCache.hash(CONTENT.clone()));
    }

    @Test
    void anotherBuildsCacheIsRebuiltWithoutAWord(@TempDir Path dir) {
        CachedFile value = written(dir);
        FactsCache other = FactsCache.open(dir, "another-build");
        assertTrue(other.enabled());
        assertNull(other.get(value.facts().file(), false, "app", FactsCache.hash(CONTENT)));
        assertEquals(List.of(), other.warnings());
        other.put(value.facts().file(), false, "app", FactsCache.hash(CONTENT), value);
        other.save();
        assertNull(FactsCache.open(dir, ID).get(value.facts().file(), false, "app", FactsCache.hash(CONTENT)),
                "now the other build's");
    }

    @Test
    void aTruncatedOrCorruptCacheIsRebuiltWithAWarning(@TempDir Path dir) throws IOException {
        CachedFile value = written(dir);
        Path file = dir.resolve(FactsCache.FILE_NAME);
        byte[] whole = Files.readAllBytes(file);
        for (int cut : new int[] {whole.length - 1, whole.length / 2, 30}) {
            Files.write(file, Arrays.copyOf(whole, cut));
            FactsCache broken = FactsCache.open(dir, ID);
            assertNull(broken.get(value.facts().file(), false, "app", FactsCache.hash(CONTENT)), "cut at " + cut);
            assertEquals(1, broken.warnings().size(), broken.warnings().toString());
            assertTrue(broken.warnings().get(0).contains("rebuilt"), broken.warnings().toString());
        }
        byte[] flipped = whole.clone();
        flipped[whole.length - 10] ^= 0x55;
        Files.write(file, flipped);
        FactsCache corrupt = FactsCache.open(dir, ID);
        assertNull(corrupt.get(value.facts().file(), false, "app", FactsCache.hash(CONTENT)));
        corrupt.put(value.facts().file(), false, "app", FactsCache.hash(CONTENT), value);
        corrupt.save();
        assertEquals(value, FactsCache.open(dir, ID).get(value.facts().file(), false, "app", FactsCache.hash(CONTENT)),
                "rebuilt");
    }

    @Test
    void aFileByItsNameThatIsNotACacheIsLeftAlone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(FactsCache.FILE_NAME);
        for (String content : List.of("", "my notes\n", "otp-advisor facts cach")) {
            Files.writeString(file, content);
            FactsCache cache = FactsCache.open(dir, ID);
            assertFalse(cache.enabled());
            cache.put("lib/a.ex", false, "app", FactsCache.hash(CONTENT), sample());
            cache.save();
            assertEquals(content, Files.readString(file));
            assertEquals(1, cache.warnings().size());
            assertTrue(cache.warnings().get(0).contains("not an otp-advisor cache; left alone"));
        }
        Files.delete(file);
        Files.createDirectory(file);
        FactsCache folder = FactsCache.open(dir, ID);
        assertFalse(folder.enabled());
        folder.save();
        assertTrue(Files.isDirectory(file));
    }

    @Test
    void nothingIsWrittenWhenNothingChanged(@TempDir Path dir) throws IOException {
        CachedFile value = written(dir);
        Path file = dir.resolve(FactsCache.FILE_NAME);
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, old);
        FactsCache again = FactsCache.open(dir, ID);
        again.get(value.facts().file(), false, "app", FactsCache.hash(CONTENT));
        again.mixApp(FactsCache.hash(CONTENT));
        again.save();
        assertEquals(old, Files.getLastModifiedTime(file));
        FactsCache fewer = FactsCache.open(dir, ID); // a run that no longer has the file: its entry goes
        fewer.mixApp(FactsCache.hash(CONTENT));
        fewer.save();
        assertNull(FactsCache.open(dir, ID).get(value.facts().file(), false, "app", FactsCache.hash(CONTENT)));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file left");
        }
    }

    @Test
    void entriesServedBeforeTheLookupsEndAreWrittenAgainAfterTheFileIsLetGo(@TempDir Path dir) throws IOException {
        CachedFile value = written(dir);
        Path file = dir.resolve(FactsCache.FILE_NAME);
        byte[] first = Files.readAllBytes(file);
        FactsCache again = FactsCache.open(dir, ID);
        assertEquals(value, again.get(value.facts().file(), false, "app", FactsCache.hash(CONTENT)));
        again.mixApp(FactsCache.hash(CONTENT));
        again.lookupsDone();
        assertNull(again.get(value.facts().file(), false, "app", FactsCache.hash(CONTENT)), "nothing served after");
        CachedFile other = RecordCodecTest.fixtures().stream().filter(f -> !f.equals(value)).findFirst().orElseThrow();
        again.put("lib/other.ex", false, "app", FactsCache.hash(CONTENT), other); // something changed: written
        again.save();
        FactsCache third = FactsCache.open(dir, ID);
        assertEquals(value, third.get(value.facts().file(), false, "app", FactsCache.hash(CONTENT)));
        assertEquals(List.of(), third.warnings());
        third.put("lib/other.ex", false, "app", FactsCache.hash(CONTENT), other);
        FactsCache alone = FactsCache.open(dir.resolve("alone"), ID);
        alone.put(value.facts().file(), false, "app", FactsCache.hash(CONTENT), value);
        alone.putMixApp(FactsCache.hash(CONTENT), Optional.of("shop"));
        alone.save();
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("alone").resolve(FactsCache.FILE_NAME)),
                "a streamed write is the same bytes, whatever way the entry came");
    }

    @Test
    void aFolderThatIsAFileMeansNoCache(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("out"), "x");
        FactsCache cache = FactsCache.open(notAFolder, ID);
        assertFalse(cache.enabled());
        cache.save();
        assertEquals("x", Files.readString(notAFolder));
        assertTrue(cache.warnings().get(0).contains("is a file, not a folder"));
    }

    @Test
    void theDisabledCacheMissesAndWritesNothing() {
        FactsCache none = FactsCache.disabled();
        assertFalse(none.enabled());
        assertNull(none.get("a", false, "b", FactsCache.hash(CONTENT)));
        none.put("a", false, "b", FactsCache.hash(CONTENT), sample());
        none.save();
        assertEquals(List.of(), none.warnings());
    }
}
