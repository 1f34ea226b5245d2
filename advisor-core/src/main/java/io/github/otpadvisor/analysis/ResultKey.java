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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The digest of everything an analysis result depends on besides the build of otp-advisor (which the cache file
 * holds apart): the options; each selected file's root, paths and content; every {@code mix.exs} from the file's
 * folder up to its root (they say which application it belongs to); and what the scan could not read. Two runs
 * with one key give one result. Reading and hashing the files is the whole cost: no parsing.
 */
public final class ResultKey {
    private ResultKey() {
    }

    public static byte[] of(ScanResult scan, AnalysisOptions options) {
        MessageDigest digest = sha256();
        Map<String, Object> severities = new TreeMap<>(options.severities());
        text(digest, "options " + severities + " " + new TreeSet<>(options.disabled()) + " "
                + options.maxFileBytes() + " " + options.includeTests());
        for (ScanProblem p : scan.problems()) {
            text(digest, "problem " + p.path() + "\0" + p.reason());
        }
        List<SourceFile> files = scan.files();
        List<byte[]> contents = files.parallelStream().map(f -> content(f.path(), options.maxFileBytes())).toList();
        Map<Path, String> mixes = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            SourceFile f = files.get(i);
            Path root = f.root().toAbsolutePath().normalize();
            text(digest, "file " + root + "\0" + f.relativePath() + "\0" + f.displayPath() + "\0"
                    + mixChain(f.path().toAbsolutePath().normalize().getParent(), root, mixes));
            digest.update(contents.get(i));
        }
        return digest.digest();
    }

    /** The content's hash; its size when above the limit (the analysis reads no more); why it cannot be read. */
    private static byte[] content(Path path, long maxBytes) {
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                return ("large " + size).getBytes(StandardCharsets.UTF_8);
            }
            return FactsCache.hash(Files.readAllBytes(path));
        } catch (IOException | RuntimeException e) {
            return ("unreadable " + e.getClass().getName() + " " + e.getMessage()).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The hashes of the mix.exs files from {@code dir} up to {@code root}, nearest first. */
    private static String mixChain(Path dir, Path root, Map<Path, String> memo) {
        if (dir == null || !dir.startsWith(root)) {
            return "";
        }
        String known = memo.get(dir);
        if (known != null) {
            return known;
        }
        Path mix = dir.resolve("mix.exs");
        String own = Files.isRegularFile(mix, LinkOption.NOFOLLOW_LINKS)
                ? java.util.HexFormat.of().formatHex(content(mix, Long.MAX_VALUE)) + ";" : "-;";
        String chain = own + (dir.equals(root) ? "" : mixChain(dir.getParent(), root, memo));
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
