package io.github.otpadvisor.cache;

import io.github.otpadvisor.output.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The result of the last run, kept under a key that digests every input it came from (the files' content, which
 * Mix application each belongs to, the options): a re-run whose inputs are all the same takes the result as it is
 * and parses, links and checks nothing. It holds one result: the last run's.
 *
 * <p>One file, {@value #FILE_NAME}, beside the facts cache, trusted no more than it: written by another build, for
 * another record shape or under another key, it is a miss; truncated or corrupt (the CRC-32C at its end), a miss
 * with a warning; a file by that name that does not start with its header is someone else's, left alone, and the
 * run goes without it. Writes are atomic. Never throws.
 *
 * @param <T> the record the result is stored as
 */
public final class ResultCache<T extends Record> {
    public static final String FILE_NAME = ".otp-advisor-result";
    private static final byte[] MAGIC = "otp-advisor result cache\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    /** Far above any real result (a few hundred bytes per finding); a larger file is not read into memory. */
    private static final long MAX_BYTES = 1L << 28;

    private final Path file;
    private final RecordCodec<T> codec;
    private final String identity;
    private final List<String> warnings = new ArrayList<>();
    private boolean usable;

    private ResultCache(Path file, RecordCodec<T> codec, String identity) {
        this.file = file;
        this.codec = codec;
        this.identity = identity;
    }

    /** The result cache in {@code dir}, holding results as {@code type}. */
    public static <T extends Record> ResultCache<T> open(Path dir, Class<T> type) {
        RecordCodec<T> codec = RecordCodec.of(type);
        return open(dir, codec, CodeIdentity.current() + " " + codec.schema());
    }

    /** With a given identity (tests stand for another build). */
    static <T extends Record> ResultCache<T> open(Path dir, Class<T> type, String identity) {
        return open(dir, RecordCodec.of(type), identity);
    }

    private static <T extends Record> ResultCache<T> open(Path dir, RecordCodec<T> codec, String identity) {
        ResultCache<T> cache = new ResultCache<>(dir.toAbsolutePath().normalize().resolve(FILE_NAME), codec,
                identity);
        try {
            Path parent = cache.file.getParent();
            if (Files.exists(parent) && !Files.isDirectory(parent)) {
                cache.warnings.add(parent + ": is a file, not a folder; this run uses no cache");
            } else if (Files.exists(cache.file, LinkOption.NOFOLLOW_LINKS) && !CacheFiles.startsWith(cache.file, MAGIC)) {
                cache.warnings.add(cache.file + ": not an otp-advisor cache; left alone, this run uses no cache");
            } else {
                cache.usable = true;
            }
        } catch (IOException e) {
            cache.warnings.add(cache.file + ": cannot read the cache (" + e.getMessage() + "); rebuilt");
            cache.usable = true;
        }
        return cache;
    }

    /**
     * What the file holds: the last run's key and result, when it was written by this build for this record shape.
     *
     * @param key   the digest of the inputs the result came from
     * @param value the result
     */
    public record Stored<T>(byte[] key, T value) {
        /** Whether the result was made from inputs with this digest. */
        public boolean matches(byte[] other) {
            return Arrays.equals(key, other);
        }
    }

    /** The last run's key and result, or empty. */
    public Optional<Stored<T>> last() {
        if (!usable || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
                return Optional.empty(); // replaced by someone else since the cache was opened: put leaves it alone
            }
            Bytes.In in = new Bytes.In(bytes, MAGIC.length, bytes.length);
            if (in.varint() != FORMAT) {
                return Optional.empty(); // another version's layout: replaced by this run's
            }
            if (bytes.length < MAGIC.length + 4 || !CacheFiles.crcMatches(bytes)) {
                warnings.add(file + ": corrupt or truncated cache; rebuilt");
                return Optional.empty();
            }
            in = new Bytes.In(bytes, MAGIC.length, bytes.length - 4);
            in.varint();
            if (!in.utf8().equals(identity)) {
                return Optional.empty(); // another build
            }
            byte[] key = in.raw(in.length());
            int length = in.length();
            int from = in.skip(length);
            if (!in.atEnd()) {
                throw new CacheFormatException("trailing bytes");
            }
            return Optional.of(new Stored<>(key, codec.decode(bytes, from, from + length)));
        } catch (RuntimeException e) { // a CacheFormatException, or a record that refuses what was read
            warnings.add(file + ": corrupt cache (" + e.getMessage() + "); rebuilt");
            return Optional.empty();
        } catch (IOException e) {
            warnings.add(file + ": cannot read the cache (" + e.getMessage() + "); rebuilt");
            return Optional.empty();
        }
    }

    /** Stores {@code value} under {@code key} in place of what the file held. */
    public void put(byte[] key, T value) {
        if (!usable) {
            return;
        }
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !CacheFiles.startsWith(file, MAGIC)) {
                warnings.add(file + ": not an otp-advisor cache (it appeared during the run); left alone");
                return;
            }
            byte[] data = codec.encode(value);
            Bytes.Out out = new Bytes.Out();
            out.raw(MAGIC);
            out.varint(FORMAT);
            out.utf8(identity);
            out.varint(key.length);
            out.raw(key);
            out.varint(data.length);
            out.raw(data);
            byte[] body = out.toByteArray();
            CRC32C crc = new CRC32C();
            crc.update(body);
            long sum = crc.getValue();
            AtomicFiles.write(file, target -> {
                target.write(body);
                for (int shift = 24; shift >= 0; shift -= 8) {
                    target.write((int) (sum >>> shift));
                }
            });
        } catch (IOException | RuntimeException e) {
            warnings.add(file + ": cannot write the cache: " + e.getMessage());
        }
    }

    /** What went wrong with the file; never a reason to fail the run. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
