package io.github.otpadvisor.report.template;

import java.time.Duration;

/**
 * Bounds on rendering one template, since a template folder is user input: FreeMarker itself has no
 * time limit, no output limit and no call-depth limit.
 *
 * @param time        wall-clock time one render may take
 * @param outputChars characters one render may write
 * @param stackBytes  the stack of the thread that renders, which bounds how deeply macros, functions and
 *                    the template parser may nest
 */
public record RenderLimits(Duration time, long outputChars, long stackBytes) {
    /**
     * Far above what the built-in templates need for a large project (thousands of modules render in a
     * second into a few MB, nesting macros a few levels deep), so only a template that loops, recurses or
     * grows without end meets them. 16 MB of stack hold about 10,000 levels of a recursive macro, enough
     * to draw any supervision tree recursively.
     */
    public static final RenderLimits DEFAULT = new RenderLimits(Duration.ofSeconds(30), 64L << 20, 16L << 20);
}
