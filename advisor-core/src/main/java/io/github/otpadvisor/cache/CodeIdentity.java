package io.github.otpadvisor.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Which build of otp-advisor is running, for the cache key: facts written by another build may be wrong for this
 * one. A release is its version. A snapshot or an unpackaged build changes without changing its version, so it
 * is also the jar's size and modification time, or for a classes folder the count, sizes and newest time of its
 * class files: a rebuild invalidates the cache.
 */
final class CodeIdentity {
    private static volatile String current;

    private CodeIdentity() {
    }

    static String current() {
        String id = current;
        if (id == null) {
            id = of(CodeIdentity.class);
            current = id;
        }
        return id;
    }

    static String of(Class<?> anchor) {
        String version = anchor.getPackage().getImplementationVersion();
        if (version != null && !version.endsWith("-SNAPSHOT")) {
            return version;
        }
        return (version == null ? "dev" : version) + " " + build(anchor);
    }

    private static String build(Class<?> anchor) {
        try {
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown-" + System.nanoTime(); // nothing to recognise the build by: never reuse
            }
            Path where = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(where)) {
                BasicFileAttributes a = Files.readAttributes(where, BasicFileAttributes.class);
                return "jar " + where + " " + a.size() + " " + a.lastModifiedTime().toMillis();
            }
            long[] sum = new long[3];
            try (Stream<Path> files = Files.walk(where)) {
                files.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                    try {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                        sum[0]++;
                        sum[1] += a.size();
                        sum[2] = Math.max(sum[2], a.lastModifiedTime().toMillis());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return "classes " + where + " " + sum[0] + " " + sum[1] + " " + sum[2];
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown-" + System.nanoTime();
        }
    }
}
