package io.github.otpadvisor.analysis;

/**
 * A file's content hash as last seen, with the size and modification time it had then: a file whose size and time
 * are still those is not read again to build the {@link ResultKey} (as Gradle's file hasher and git's index do).
 * Only stamps older than the run that took them by a safe margin are kept, so an edit within the file system's
 * time granularity is never hidden.
 *
 * @param path     the file, absolute
 * @param size     its size in bytes
 * @param modified its last modification time, in milliseconds
 * @param hash     {@link io.github.otpadvisor.cache.FactsCache#hash} of its content, in hex
 */
public record FileStamp(String path, long size, long modified, String hash) {
}
