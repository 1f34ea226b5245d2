package io.github.otpadvisor.elixir;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs recursive work (parsing, printing) so that deeply nested input cannot kill the caller with a
 * {@link StackOverflowError}: first on the calling thread, which is fast, and if that overflows once
 * more on a fresh thread with a large stack. The parser also caps nesting, so the retry is bounded.
 */
public final class DeepStack {
    /** Reserved, not committed: the OS only maps what the recursion touches. */
    private static final long LARGE_STACK_BYTES = 1L << 30;

    private DeepStack() {
    }

    /**
     * The value of {@code work}; {@code onOverflow} supplies the answer when even the large stack
     * is not enough.
     */
    public static <T> T run(Supplier<T> work, Supplier<T> onOverflow) {
        try {
            return work.get();
        } catch (StackOverflowError first) {
            return onLargeStack(work, onOverflow);
        }
    }

    private static <T> T onLargeStack(Supplier<T> work, Supplier<T> onOverflow) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (StackOverflowError e) {
                result.set(onOverflow.get());
            } catch (RuntimeException | Error e) {
                // Rethrown on the caller's thread, which handles it as if it had happened there; left here, an
                // Error (OutOfMemoryError) would be printed by the thread's default handler and lost.
                failure.set(e);
            }
        }, "otp-advisor-deep-stack", LARGE_STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}
