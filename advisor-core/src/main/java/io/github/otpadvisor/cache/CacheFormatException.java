package io.github.otpadvisor.cache;

/** Cache bytes that are not what this version writes: truncated, corrupt or of another shape. Never escapes the package. */
final class CacheFormatException extends RuntimeException {
    CacheFormatException(String message) {
        super(message, null, false, false);
    }
}
