package io.github.otpadvisor.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32C;

/** What both cache files check before they trust or replace a file: their header, and the CRC-32C at the end. */
final class CacheFiles {
    private CacheFiles() {
    }

    /** The last four bytes are the CRC-32C of all before them. */
    static boolean crcMatches(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        long stored = 0;
        for (int i = bytes.length - 4; i < bytes.length; i++) {
            stored = (stored << 8) | (bytes[i] & 0xFF);
        }
        return crc.getValue() == stored;
    }

    /** Whether a regular file (not a link) starts with {@code magic}: only such a file is ever replaced. */
    static boolean startsWith(Path path, byte[] magic) throws IOException {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (var in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        }
    }
}
