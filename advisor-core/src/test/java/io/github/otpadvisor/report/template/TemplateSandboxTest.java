package io.github.otpadvisor.report.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A user template sees the report model and nothing else: record components, the records' own derived
 * values, lists, maps, strings, numbers and booleans. No method of the JDK or of FreeMarker is reachable,
 * whichever way a template asks.
 */
class TemplateSandboxTest {
    public record Item(String label, int rank) {
    }

    public record Sample(String name, int count, String app, boolean on, List<Item> items, Map<String, String> tags,
                         Path secret) {
        /** A derived value, like {@code SeverityCounts.total()}. */
        public int twice() {
            return count * 2;
        }

        public void touch() {
        }

        public String greet(String who) {
            return "hello " + who;
        }
    }

    private static final Sample SAMPLE = new Sample("Shop.Cache", 3, null, true,
            List.of(new Item("a", 1), new Item("b", 2)), new TreeMap<>(Map.of("k", "v", "x", "y")), Path.of("/etc"));

    @TempDir
    Path own;

    private String render(String template) throws Exception {
        Files.writeString(own.resolve("t.ftl"), template);
        return new Templates(own).render("t.ftl", Map.of("m", SAMPLE));
    }

    @Test
    void componentsDerivedValuesListsMapsAndScalarsRenderAsBefore() throws Exception {
        assertEquals("Shop.Cache Shop.Cache 3 6 6 true - 2 a:1 b:2 k=v x=y v 2",
                render("${m.name} ${m.name()} ${m.count} ${m.twice} ${m.twice()} ${m.on?c} ${m.app!\"-\"} "
                        + "${m.items?size} <#list m.items as i>${i.label}:${i.rank}<#sep> </#list> "
                        + "<#list m.tags as k, v>${k}=${v}<#sep> </#list> ${m.tags[\"k\"]} ${m.tags?keys?size}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "${m.getClass().getProtectionDomain()}",
        "${m.getClass()}",
        "${m.hashCode()}",
        "${m.toString()}",
        "${m.equals(m)?c}",
        "${m.touch()}",
        "${m.greet('x')}",
        "${m.items.getClass()}",
        "${m.items[0].getClass()}",
        "${m.tags.getClass()}",
        "${m.name.getClass()}",
        "${m.secret}",
        "${m.secret.toFile()}",
        "${.locale_object.getDisplayName()}",
        "${.data_model.getClass()}",
        "${statics['java.lang.System'].getProperty('user.home')}",
        "${'m.getClass()'?eval}",
        "<@'$' + '{m.getClass().getProtectionDomain()}'?interpret/>",
        "${m?api.getClass()}",
        "<#assign ex = 'freemarker.template.utility.Execute'?new()>${ex('id')}",
        "<#assign oc = 'freemarker.template.utility.ObjectConstructor'?new()>${oc('java.io.File', '/')}",
    })
    void nothingButTheModelIsReachable(String template) {
        Templates.TemplateFailure e = assertThrows(Templates.TemplateFailure.class, () -> render(template));
        assertTrue(e.getMessage().startsWith("t.ftl:1:"), e.getMessage());
    }

    @Test
    void aMemberOutsideTheModelIsMissingAndNamed() {
        Templates.TemplateFailure e = assertThrows(Templates.TemplateFailure.class,
                () -> render("${m.getClass().getProtectionDomain()}"));
        assertEquals("t.ftl:1:3: The following has evaluated to null or missing: m.getClass", e.getMessage());
    }

    @Test
    void aValueOutsideTheModelIsNamedInTheError() {
        Templates.TemplateFailure e = assertThrows(Templates.TemplateFailure.class, () -> render("${m.secret}"));
        assertTrue(e.getMessage().contains("not part of the report model"), e.getMessage());
    }
}
