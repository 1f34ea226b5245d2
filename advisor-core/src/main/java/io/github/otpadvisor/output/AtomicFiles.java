package io.github.otpadvisor.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Writes single files so that a reader sees the old content or the new one, never a half-written file:
 * the text goes into a hidden sibling, renamed over the target. The sibling is created as any file the
 * user creates (the umask's modes; temp-file APIs would force 0600 onto the result). Siblings that a
 * killed run left are deleted by the next write of the same file once they are older than any write takes.
 */
public final class AtomicFiles {
    /** A live write takes seconds at most; an older sibling was left by a run that died. */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The same for bytes. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** What a streamed write puts into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The same, the content streamed into the file (the facts cache: too large to build in memory first). */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // The temporary name is text made into a path again: only ASCII survives every platform charset.
        String name = target.getFileName().toString().replaceAll("[^\\x20-\\x7e]", "_");
        deleteLeftovers(dir, name);
        byte[] suffix = new byte[8];
        RANDOM.nextBytes(suffix);
        Path tmp = dir.resolve("." + name + "." + HexFormat.of().formatHex(suffix) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            FileTrees.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Siblings of this version ({@code .name.<hex>.tmp}) and of earlier ones ({@code .name<digits>.tmp}). */
    private static void deleteLeftovers(Path dir, String name) throws IOException {
        Pattern leftover = Pattern.compile(Pattern.quote("." + name) + "(?:\\.[0-9a-f]{16}|\\d+)\\.tmp");
        Instant before = Instant.now().minus(LEFTOVER_AGE);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dir,
                p -> leftover.matcher(p.getFileName().toString()).matches())) {
            for (Path p : siblings) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
