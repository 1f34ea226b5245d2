package io.github.otpadvisor.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One writer at a time per output folder: threads of this JVM queue on a semaphore per folder, processes
 * on an exclusive lock of {@value #NAME} in it. The semaphore comes first because on POSIX closing any
 * channel to the file drops the process's lock, so only one thread here may ever have it open. The file
 * stays (deleting it would let a waiting writer lock a file that no longer has a name while a third one
 * creates a new one). The operating system releases the lock when a process dies: a killed run never
 * blocks the next one.
 */
final class OutputLock implements AutoCloseable {
    static final String NAME = ".otp-advisor.lock";
    private static final long POLL_MILLIS = 20;
    private static final Map<Path, Semaphore> THREADS = new ConcurrentHashMap<>();

    private final Semaphore thread;
    private final FileChannel channel;

    private OutputLock(Semaphore thread, FileChannel channel) {
        this.thread = thread;
        this.channel = channel;
    }

    /** Waits up to {@code wait} for the folder (it must exist), then refuses, naming the lock file. */
    static OutputLock acquire(Path dir, Duration wait) throws IOException {
        Path file = dir.resolve(NAME);
        long deadline = System.nanoTime() + wait.toNanos();
        Semaphore thread = THREADS.computeIfAbsent(dir.toRealPath(), k -> new Semaphore(1));
        try {
            if (!thread.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy(dir, file, wait);
            }
        } catch (InterruptedException e) {
            throw interrupted(file);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            while (tryLock(channel) == null) {
                if (System.nanoTime() - deadline >= 0) {
                    throw busy(dir, file, wait);
                }
                Thread.sleep(POLL_MILLIS);
            }
            return new OutputLock(thread, channel);
        } catch (InterruptedException e) {
            release(thread, channel);
            throw interrupted(file);
        } catch (IOException | RuntimeException e) {
            release(thread, channel);
            throw e;
        }
    }

    /** The lock, or null while another process holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // the same file under another spelling, locked by a thread of ours
        }
    }

    private static OutputRefusedException busy(Path dir, Path file, Duration wait) {
        return new OutputRefusedException(dir + ": another otp-advisor run has been writing its reports here for "
                + wait.toSeconds() + " s (it holds " + file + "); try again when it has finished, or choose "
                + "another output folder");
    }

    private static InterruptedIOException interrupted(Path file) {
        Thread.currentThread().interrupt();
        return new InterruptedIOException("interrupted while waiting for " + file);
    }

    private static void release(Semaphore thread, FileChannel channel) throws IOException {
        try {
            if (channel != null) {
                channel.close(); // releases the file lock
            }
        } finally {
            thread.release();
        }
    }

    @Override
    public void close() throws IOException {
        release(thread, channel);
    }
}
