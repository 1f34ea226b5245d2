package io.github.otpadvisor.cache;

import io.github.otpadvisor.output.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * Per-file facts of earlier runs, so that a file whose bytes have not changed is not parsed again. An entry is
 * found by the file's path and application and used only when the {@link #hash} of its content is the one stored; the
 * whole cache holds only for the build of otp-advisor that wrote it ({@link CodeIdentity}), the shapes of the fact
 * records ({@link RecordCodec#schema()}) and the file size limit. Each {@code mix.exs} read for its application
 * name is kept by content hash too, so a run where nothing changed parses nothing.
 *
 * <p>The cache is one file, {@value #FILE_NAME}, in the folder given (by default the output folder). It is
 * never trusted: a file of another build or shape is rebuilt silently, a truncated or corrupt one (the CRC-32C at
 * its end, every length and count bounded by the bytes left) with a warning, and an entry that cannot be read
 * back is parsed again. A file by that name that does not start with the cache's header is someone else's: it is
 * left alone and the run goes without a cache. Writes are atomic ({@link AtomicFiles}) and happen only when
 * something changed. Never throws: every problem is a {@link #warnings() warning}. Thread-safe for the per-file
 * stage.
 *
 * <p>Files that did not parse are not cached: their error may come from the heap or the disk, not the file.
 */
public final class FactsCache {
    public static final String FILE_NAME = ".otp-advisor-cache";
    private static final byte[] MAGIC = "otp-advisor facts cache\n".getBytes(StandardCharsets.US_ASCII);
    /** The layout of the file itself; the records' shapes are in the identity. */
    private static final int FORMAT = 1;
    private static final int HASH_BYTES = 16;
    /** Far above any real cache (a few bytes per line of source); a larger file is not read into memory. */
    private static final long MAX_BYTES = 1L << 30;
    /** Made on first use (by reflection over every fact record): a run without a cache never needs it. */
    private static final class Codec {
        static final RecordCodec<CachedFile> CODEC = RecordCodec.of(CachedFile.class);
    }

    private final Path file;
    private final String identity;
    /** The entries of the file read, as slices of its bytes: dropped once the per-file stage is over. */
    private final Map<String, Slice> loaded = new ConcurrentHashMap<>();
    private volatile int loadedEntries;
    private final Map<String, Optional<String>> loadedMix = new ConcurrentHashMap<>();
    /**
     * This run's entries, as values: the facts they hold are the run's own facts, so the cache adds nothing to the
     * heap; they are encoded again only when the file is written, one at a time.
     */
    private final Map<String, Entry> next = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> nextMix = new ConcurrentHashMap<>();
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private volatile boolean changed;
    private volatile boolean unreadableEntry;
    private boolean usable;

    private record Slice(byte[] hash, byte[] data, int from, int to) {
    }

    private record Entry(byte[] hash, CachedFile value) {
    }

    private FactsCache(Path file, String identity) {
        this.file = file;
        this.identity = identity;
    }

    /** No cache: every lookup misses, nothing is written. */
    public static FactsCache disabled() {
        return new FactsCache(null, "");
    }

    /** The cache in {@code dir}, read now; {@code maxFileBytes} is the option that changes which files have facts. */
    public static FactsCache open(Path dir, long maxFileBytes) {
        return open(dir, CodeIdentity.current() + " " + Codec.CODEC.schema() + " " + maxFileBytes);
    }

    /** With a given identity (tests stand for another build). */
    static FactsCache open(Path dir, String identity) {
        FactsCache cache = new FactsCache(dir.toAbsolutePath().normalize().resolve(FILE_NAME), identity);
        cache.load();
        return cache;
    }

    public boolean enabled() {
        return usable;
    }

    /** Where the cache lives, or null when disabled. */
    public Path file() {
        return file;
    }

    /**
     * The content hash entries are keyed by: the length, CRC-32C and CRC-32 of the bytes (16 bytes). Two checksums
     * of different polynomials let an accidental change through with a chance of about 2^-64; a cryptographic
     * digest would make a cold JVM spend longer hashing than a warm cache takes to read (SHA-256 runs interpreted
     * for the first megabytes, the CRCs are intrinsics from the first byte).
     */
    public static byte[] hash(byte[] content) {
        CRC32C c = new CRC32C();
        c.update(content);
        CRC32 d = new CRC32();
        d.update(content);
        return ByteBuffer.allocate(HASH_BYTES).putLong(content.length)
                .putInt((int) c.getValue()).putInt((int) d.getValue()).array();
    }

    /** The facts stored for this file, as test code or not, with this content, or null. */
    public CachedFile get(String path, boolean test, String app, byte[] hash) {
        if (!usable) {
            return null;
        }
        String key = key(path, test, app);
        Slice e = loaded.get(key);
        if (e == null || !Arrays.equals(e.hash, hash)) {
            misses.incrementAndGet();
            return null;
        }
        try {
            CachedFile value = Codec.CODEC.decode(e.data, e.from, e.to);
            if (!value.facts().file().equals(path) || value.facts().test() != test
                    || !Objects.equals(value.facts().app(), app)) {
                throw new CacheFormatException("entry of another file");
            }
            next.put(key, new Entry(e.hash, value));
            hits.incrementAndGet();
            return value;
        } catch (CacheFormatException | IllegalArgumentException | ClassCastException | NullPointerException x) {
            unreadableEntry = true;
            misses.incrementAndGet();
            return null;
        }
    }

    /**
     * Stores a file's facts for the next run, if they read back equal: a value the codec cannot reproduce
     * exactly (a record whose constructor reshapes what it is given) is not stored, so it is parsed each time.
     */
    public void put(String path, boolean test, String app, byte[] hash, CachedFile value) {
        if (!usable) {
            return;
        }
        try {
            byte[] data = Codec.CODEC.encode(value);
            if (!Codec.CODEC.decode(data, 0, data.length).equals(value)) {
                return;
            }
        } catch (RuntimeException e) {
            return; // not storable: the file is simply analyzed again next time
        }
        next.put(key(path, test, app), new Entry(hash, value));
        changed = true;
    }

    /**
     * No more {@link #get} calls this run: the bytes of the cache file read are let go (on a large tree they are
     * a third of the size of the facts, and the later stages need that heap).
     */
    public void lookupsDone() {
        loaded.clear();
    }

    /** The application named by a {@code mix.exs} with this content hash: empty for none, null when not stored. */
    public Optional<String> mixApp(byte[] hash) {
        if (!usable) {
            return null;
        }
        String key = HexFormat.of().formatHex(hash);
        Optional<String> app = loadedMix.get(key);
        if (app != null) {
            nextMix.put(key, app);
        }
        return app;
    }

    public void putMixApp(byte[] hash, Optional<String> app) {
        if (usable) {
            nextMix.put(HexFormat.of().formatHex(hash), app);
            changed = true;
        }
    }

    public int hits() {
        return hits.get();
    }

    public int misses() {
        return misses.get();
    }

    /** What went wrong with the cache, one sentence each; the run's results never depend on it. */
    public List<String> warnings() {
        synchronized (warnings) {
            List<String> all = new ArrayList<>(warnings);
            if (unreadableEntry) {
                all.add(file + ": some entries could not be read back and were rebuilt");
            }
            return all;
        }
    }

    /** Writes this run's entries (files not seen this run are dropped), atomically, if anything changed. */
    public void save() {
        if (!usable) {
            return;
        }
        if (!changed && next.size() == loadedEntries && nextMix.size() == loadedMix.size()) {
            return; // the file on disk says exactly this already
        }
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !CacheFiles.startsWith(file, MAGIC)) {
                warnings.add(file + ": not an otp-advisor cache (it appeared during the run); left alone");
                return;
            }
            AtomicFiles.write(file, this::writeTo);
        } catch (IOException | RuntimeException e) {
            warnings.add(file + ": cannot write the cache: " + e.getMessage());
        }
    }

    /**
     * The file, streamed: the header and each entry encoded one at a time (the whole file in memory would double
     * the heap a large tree needs at the end of the run), the CRC-32C of everything before it last.
     */
    private void writeTo(OutputStream target) throws IOException {
        CRC32C crc = new CRC32C();
        OutputStream out = new CheckedOutputStream(new BufferedOutputStream(target, 1 << 16), crc);
        Bytes.Out head = new Bytes.Out();
        head.raw(MAGIC);
        head.varint(FORMAT);
        head.utf8(identity);
        Map<String, Optional<String>> mix = new TreeMap<>(nextMix);
        head.varint(mix.size());
        mix.forEach((hash, app) -> {
            head.utf8(hash);
            head.byte1(app.isPresent() ? 1 : 0);
            app.ifPresent(head::utf8);
        });
        Map<String, Entry> entries = new TreeMap<>(next);
        head.varint(entries.size());
        head.writeTo(out);
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            byte[] data = Codec.CODEC.encode(e.getValue().value());
            Bytes.Out entry = new Bytes.Out();
            entry.utf8(e.getKey());
            entry.raw(e.getValue().hash());
            entry.varint(data.length);
            entry.writeTo(out);
            out.write(data);
        }
        out.flush();
        long sum = crc.getValue();
        for (int shift = 24; shift >= 0; shift -= 8) {
            target.write((int) (sum >>> shift));
        }
        target.flush();
    }

    private void load() {
        try {
            if (Files.exists(file.getParent()) && !Files.isDirectory(file.getParent())) {
                warnings.add(file.getParent() + ": is a file, not a folder; this run uses no cache");
                return;
            }
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                usable = true;
                return;
            }
            if (!CacheFiles.startsWith(file, MAGIC)) {
                warnings.add(file + ": not an otp-advisor cache; left alone, this run uses no cache");
                return;
            }
            usable = true;
            if (Files.size(file) > MAX_BYTES) {
                warnings.add(file + ": too large to be a cache of ours; rebuilt");
                changed = true;
                return;
            }
            read(Files.readAllBytes(file));
        } catch (IOException e) {
            warnings.add(file + ": cannot read the cache (" + e.getMessage() + "); rebuilt");
            changed = true;
        }
    }

    private void read(byte[] bytes) {
        try {
            Bytes.In in = new Bytes.In(bytes, MAGIC.length, bytes.length);
            if (in.varint() != FORMAT) {
                changed = true;
                return; // another version's layout: rebuilt without a word, as after any upgrade
            }
            if (bytes.length < MAGIC.length + 4 || !CacheFiles.crcMatches(bytes)) {
                warnings.add(file + ": corrupt or truncated cache; rebuilt");
                changed = true;
                return;
            }
            in = new Bytes.In(bytes, MAGIC.length, bytes.length - 4);
            in.varint();
            if (!in.utf8().equals(identity)) {
                changed = true;
                return; // written by another build or for another file size limit
            }
            Map<String, Optional<String>> mix = new HashMap<>();
            int mixCount = in.length();
            for (int i = 0; i < mixCount; i++) {
                String hash = in.utf8();
                int present = in.byte1();
                mix.put(hash, present == 1 ? Optional.of(in.utf8()) : Optional.empty());
            }
            Map<String, Slice> entries = new HashMap<>();
            int count = in.length();
            for (int i = 0; i < count; i++) {
                String key = in.utf8();
                byte[] hash = in.raw(HASH_BYTES);
                int length = in.length();
                int from = in.skip(length);
                entries.put(key, new Slice(hash, bytes, from, from + length));
            }
            if (!in.atEnd()) {
                throw new CacheFormatException("trailing bytes");
            }
            loadedMix.putAll(mix);
            loaded.putAll(entries);
            loadedEntries = entries.size();
        } catch (CacheFormatException e) {
            warnings.add(file + ": corrupt cache (" + e.getMessage() + "); rebuilt");
            changed = true;
        }
    }

    /** The same file is two entries as test code and as production code ({@code includeTests}): other facts. */
    private static String key(String path, boolean test, String app) {
        return path + '\0' + (test ? 't' : 'p') + (app == null ? "-" : "+" + app);
    }
}
