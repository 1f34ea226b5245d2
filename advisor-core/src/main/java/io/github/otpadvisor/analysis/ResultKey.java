package io.github.otpadvisor.analysis;

import io.github.otpadvisor.cache.FactsCache;
import io.github.otpadvisor.scan.ScanProblem;
import io.github.otpadvisor.scan.ScanResult;
import io.github.otpadvisor.scan.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The digest of everything an analysis result depends on besides the build of otp-advisor (which the cache file
 * holds apart): the options; each selected file's root, paths and content; every {@code mix.exs} from the file's
 * folder up to its root (they say which application it belongs to); and what the scan could not read. Two runs
 * with one key give one result. Reading and hashing the files is the whole cost, no parsing; a file whose size and
 * modification time are those of its {@link FileStamp} is not even read.
 */
public final class ResultKey {
    private ResultKey() {
    }

    /** A stamp younger than this when taken may hide an edit made in the same tick of the file system's clock. */
    private static final long RACY_MILLIS = 3_000;

    /**
     * The key, and the stamps to keep for the next run.
     *
     * @param key    the digest
     * @param stamps the files read for it, with the hash each had (only those old enough to be trusted later)
     */
    public record Computed(byte[] key, List<FileStamp> stamps) {
    }

    public static byte[] of(ScanResult scan, AnalysisOptions options) {
        return of(scan, options, Map.of()).key();
    }

    /** The key, taking the hash of each file whose size and time are those of its stamp in {@code known}. */
    public static Computed of(ScanResult scan, AnalysisOptions options, Map<String, FileStamp> known) {
        long now = System.currentTimeMillis();
        MessageDigest digest = sha256();
        Map<String, Object> severities = new TreeMap<>(options.severities());
        text(digest, "options " + severities + " " + new TreeSet<>(options.disabled()) + " "
                + options.maxFileBytes() + " " + options.includeTests());
        for (ScanProblem p : scan.problems()) {
            text(digest, "problem " + p.path() + "\0" + p.reason());
        }
        List<SourceFile> files = scan.files();
        List<Content> contents = files.parallelStream()
                .map(f -> content(f.path().toAbsolutePath().normalize(), options.maxFileBytes(), known)).toList();
        Map<Path, String> mixes = new HashMap<>();
        List<FileStamp> stamps = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            SourceFile f = files.get(i);
            Path root = f.root().toAbsolutePath().normalize();
            text(digest, "file " + root + "\0" + f.relativePath() + "\0" + f.displayPath() + "\0"
                    + mixChain(f.path().toAbsolutePath().normalize().getParent(), root, mixes, known, stamps, now));
            digest.update(contents.get(i).bytes());
            keep(contents.get(i).stamp(), now, stamps);
        }
        return new Computed(digest.digest(), stamps);
    }

    /** What goes into the digest for one file, and its stamp when it has one. */
    private record Content(byte[] bytes, FileStamp stamp) {
    }

    /** The content's hash; its size when above the limit (the analysis reads no more); why it cannot be read. */
    private static Content content(Path path, long maxBytes, Map<String, FileStamp> known) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            long size = a.size();
            if (size > maxBytes) {
                return new Content(("large " + size).getBytes(StandardCharsets.UTF_8), null);
            }
            long modified = a.lastModifiedTime().toMillis();
            FileStamp last = known.get(path.toString());
            if (last != null && last.size() == size && last.modified() == modified) {
                return new Content(HexFormat.of().parseHex(last.hash()), last);
            }
            byte[] hash = FactsCache.hash(Files.readAllBytes(path));
            return new Content(hash, new FileStamp(path.toString(), size, modified, HexFormat.of().formatHex(hash)));
        } catch (IOException | RuntimeException e) {
            return new Content(("unreadable " + e.getClass().getName() + " " + e.getMessage())
                    .getBytes(StandardCharsets.UTF_8), null);
        }
    }

    private static void keep(FileStamp stamp, long now, List<FileStamp> stamps) {
        if (stamp != null && stamp.modified() < now - RACY_MILLIS) {
            stamps.add(stamp);
        }
    }

    /** The hashes of the mix.exs files from {@code dir} up to {@code root}, nearest first. */
    private static String mixChain(Path dir, Path root, Map<Path, String> memo, Map<String, FileStamp> known,
                                   List<FileStamp> stamps, long now) {
        if (dir == null || !dir.startsWith(root)) {
            return "";
        }
        String memoized = memo.get(dir);
        if (memoized != null) {
            return memoized;
        }
        Path mix = dir.resolve("mix.exs");
        String own = "-;";
        if (Files.isRegularFile(mix, LinkOption.NOFOLLOW_LINKS)) {
            Content c = content(mix, Long.MAX_VALUE, known);
            keep(c.stamp(), now, stamps);
            own = HexFormat.of().formatHex(c.bytes()) + ";";
        }
        String chain = own + (dir.equals(root) ? "" : mixChain(dir.getParent(), root, memo, known, stamps, now));
        memo.put(dir, chain);
        return chain;
    }

    private static void text(MessageDigest digest, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        digest.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8),
                (byte) b.length});
        digest.update(b);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
