package io.github.otpadvisor.report.template;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one render on a thread of its own, so that the {@link RenderLimits} hold whatever a template does:
 * the stack of that thread bounds recursion, the caller waits no longer than the time limit and then
 * interrupts it, and a stack overflow or an exhausted heap ends that render only. Each becomes a
 * {@link Templates.TemplateFailure} naming the template.
 */
final class RenderThread {
    /** One render: load the template and process it into the bounded output. */
    interface Work {
        void run() throws IOException, TemplateException;
    }

    private RenderThread() {
    }

    static void run(String name, RenderLimits limits, Work work)
            throws Templates.TemplateFailure, IOException, TemplateException {
        FutureTask<Void> task = new FutureTask<>(() -> {
            work.run();
            return null;
        });
        Thread thread = new Thread(null, task, "otp-advisor template " + name, limits.stackBytes());
        // A render that ignores the interrupt (a loop inside a FreeMarker built-in or a regular expression)
        // cannot be stopped safely in Java: it is left behind and must not keep the JVM alive.
        thread.setDaemon(true);
        thread.start();
        try {
            task.get(limits.time().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new Templates.TemplateFailure(name + ": rendering took longer than " + seconds(limits)
                    + " s (a loop without end?)");
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while rendering " + name);
        } catch (ExecutionException e) {
            throw failure(name, e.getCause());
        }
    }

    /**
     * Throws what the render threw, a limit it met as a failure naming the template; an unchecked exception
     * is returned for the caller to throw.
     */
    private static RuntimeException failure(String name, Throwable t)
            throws Templates.TemplateFailure, IOException, TemplateException {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BoundedOutput.LimitExceeded) {
                throw new Templates.TemplateFailure(name + ": " + c.getMessage() + " (a loop without end?)");
            }
        }
        if (t instanceof StackOverflowError) {
            throw new Templates.TemplateFailure(name + ": macro or function calls, or the template's own "
                    + "expressions, are nested too deeply (a macro or function that calls itself without end?)");
        } else if (t instanceof OutOfMemoryError) {
            throw new Templates.TemplateFailure(name + ": ran out of memory while rendering (a string or list "
                    + "built too large, such as ?left_pad with a huge width?)");
        } else if (t instanceof IOException e) {
            throw e;
        } else if (t instanceof TemplateException e) {
            throw e;
        } else if (t instanceof Error e) {
            throw e;
        }
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    private static String seconds(RenderLimits limits) {
        return BigDecimal.valueOf(limits.time().toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
