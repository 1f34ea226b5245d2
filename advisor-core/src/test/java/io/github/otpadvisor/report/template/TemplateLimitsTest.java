package io.github.otpadvisor.report.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.TemplateMethodModelEx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A user template cannot hang, exhaust the stack or the memory, or write without end: each ends in a
 * {@link Templates.TemplateFailure} naming the template, and rendering goes on working afterwards.
 */
@Timeout(60)
class TemplateLimitsTest {
    /** Small limits, so that each case ends quickly; time enough for a cold start on a busy machine. */
    private static final RenderLimits SMALL = new RenderLimits(Duration.ofSeconds(20), 100_000, 4L << 20);
    /** The same with a short time limit, for the cases that meet it. */
    private static final RenderLimits QUICK = new RenderLimits(Duration.ofMillis(500), 100_000, 4L << 20);

    @TempDir
    Path own;

    private String render(String template, RenderLimits limits) throws Exception {
        Files.writeString(own.resolve("t.ftl"), template);
        return new Templates(own, limits).render("t.ftl", Map.of());
    }

    /** Renders {@code template} as t.ftl and expects a failure naming it and saying {@code why}. */
    private void failsWith(String template, RenderLimits limits, String why) {
        Templates.TemplateFailure e = assertThrows(Templates.TemplateFailure.class, () -> render(template, limits));
        assertTrue(e.getMessage().startsWith("t.ftl: ") && e.getMessage().contains(why), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<#list 1.. as i></#list>",
        "<#list 1.. as i><#list 1.. as j></#list></#list>",
        "<#attempt><#list 1.. as i></#list><#recover>r</#attempt>",
        "<#macro loop><#list 1.. as i></#list></#macro><@loop/>",
        "<#function f><#list 1.. as i></#list><#return 1></#function>${f()}",
        "<#import 'lib.ftl' as lib><@lib.loop/>",
        "<#include 'lib.ftl'><@loop/>",
    })
    void anEndlessLoopStopsAtTheTimeLimit(String template) throws Exception {
        Files.writeString(own.resolve("lib.ftl"), "<#macro loop><#list 1.. as i></#list></#macro>");
        long start = System.nanoTime();
        failsWith(template, QUICK, "took longer than 0.5 s");
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "returned soon after the limit");
        assertTrue(renderThreadEnds("t.ftl"), "the interrupted render stopped rather than being left behind");
    }

    private static boolean renderThreadEnds(String template) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().equals("otp-advisor template " + template))) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @Test
    void workThatIgnoresInterruptionStillEndsTheRenderAtTheLimit() throws Exception {
        // A built-in looping inside FreeMarker (or a regular expression) does not look at the interrupt flag.
        TemplateMethodModelEx stubborn = args -> {
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return null;
        };
        long start = System.nanoTime();
        Files.writeString(own.resolve("stubborn.ftl"), "${stubborn()!}");
        Templates.TemplateFailure e = assertThrows(Templates.TemplateFailure.class,
                () -> new Templates(own, QUICK).render("stubborn.ftl", Map.of("stubborn", stubborn)));
        assertEquals("stubborn.ftl: rendering took longer than 0.5 s (a loop without end?)", e.getMessage());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(2).toNanos(), "did not wait for it");
    }

    static Stream<Arguments> templatesThatMeetALimit() {
        String nested = "${" + "(".repeat(200_000) + "1" + ")".repeat(200_000) + "}";
        return Stream.of(
                Arguments.of("<#list 1.. as i>${i}</#list>", "more than 100000 characters"),
                Arguments.of("<@'<#list 1.. as i>${\"x\"?left_pad(100)}</#list>'?interpret/>",
                        "more than 100000 characters"),
                Arguments.of("<#assign s = 'x'?left_pad(60000)>${s}${s}", "more than 100000 characters"),
                Arguments.of("<#macro r n><@r n + 1/></#macro><@r 0/>", "nested too deeply"),
                Arguments.of("<#function f n><#return f(n + 1)></#function>${f(0)}", "nested too deeply"),
                Arguments.of("<#macro r><#nested><@r><@r/></@r></#macro><@r/>", "nested too deeply"),
                // Too deep for the parser itself.
                Arguments.of(nested, "nested too deeply"),
                // The built-ins allocate the whole string first: no writer sees it.
                Arguments.of("${''?left_pad(2147483647)}", "ran out of memory"),
                Arguments.of("${''?right_pad(2147483647, 'ab')}", "ran out of memory"));
    }

    @ParameterizedTest
    @MethodSource("templatesThatMeetALimit")
    void writingTooMuchRecursingWithoutEndOrExhaustingTheHeapIsAClearError(String template, String why) {
        failsWith(template, SMALL, why);
    }

    @Test
    void aStylesheetLargerThanTheOutputLimitIsRefused() throws Exception {
        Files.createDirectories(own.resolve("html"));
        Files.writeString(own.resolve("html/style.css"), "x".repeat(100_001));
        Templates.TemplateFailure e = assertThrows(Templates.TemplateFailure.class,
                () -> new Templates(own, SMALL).resource("html/style.css"));
        assertEquals("html/style.css: larger than 100000 bytes", e.getMessage());
    }

    @Test
    void renderingGoesOnAfterAFailure() throws Exception {
        Files.writeString(own.resolve("loop.ftl"), "<#list 1.. as i></#list>");
        Files.writeString(own.resolve("ok.ftl"), "<#list 1..3 as i>${i}</#list>");
        Templates templates = new Templates(own, QUICK);
        assertThrows(Templates.TemplateFailure.class, () -> templates.render("loop.ftl", Map.of()));
        assertEquals("123", templates.render("ok.ftl", Map.of()));
        assertEquals("123", templates.render("ok.ftl", Map.of()), "the interruption checks are added once");
    }

    @Test
    void theDefaultLimitsLeaveRoomForLargeReports() {
        assertEquals(Duration.ofSeconds(30), RenderLimits.DEFAULT.time());
        assertTrue(RenderLimits.DEFAULT.outputChars() >= 32L << 20);
    }
}
