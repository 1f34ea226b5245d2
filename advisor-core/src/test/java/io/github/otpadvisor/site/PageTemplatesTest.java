package io.github.otpadvisor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageTemplatesTest {
    @TempDir
    Path dir;

    @Test
    void snippetsAreTheTaggedLinesDedentedInAFencedBlock() throws IOException {
        Files.writeString(dir.resolve("A.java"), """
                class A {
                    void f() {
                        // tag::body[]
                        int x = 1;

                            x++;
                        // end::body[]
                    }
                }
                """);
        String page = new PageTemplates(dir, Map.of()).expand("# T\n\n<!-- snippet: A.java#body -->\n\nafter\n", "t.md");
        assertEquals("# T\n\n```java\nint x = 1;\n\n    x++;\n```\n\nafter\n", page);
    }

    @Test
    void generatedPartsReplaceTheirLine() throws IOException {
        String page = new PageTemplates(dir, Map.of("table", () -> "| a |\n|---|\n"))
                .expand("before\n<!-- generated: table -->\nafter\n", "t.md");
        assertEquals("before\n| a |\n|---|\nafter\n", page);
    }

    @Test
    void aMissingTagFileOrPartStopsTheBuildNamingThePage() throws IOException {
        Files.writeString(dir.resolve("A.java"), "// tag::one[]\nx\n// end::one[]\n");
        PageTemplates t = new PageTemplates(dir, Map.of());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> t.expand("<!-- snippet: A.java#two -->\n", "p.md"))
                .getMessage().startsWith("p.md: "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> t.expand("<!-- snippet: B.java#one -->\n", "p.md"))
                .getMessage().contains("does not exist"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> t.expand("<!-- generated: nope -->\n", "p.md"))
                .getMessage().contains("no generated part 'nope'"));
    }

    @Test
    void theSitePagesTemplatesAllExpand() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        PageTemplates t = new PageTemplates(module, SiteContent.generatedParts());
        try (var files = Files.list(module.resolve(SiteContent.TEMPLATES))) {
            for (Path f : files.toList()) {
                String page = t.expand(Files.readString(f), f.getFileName().toString());
                assertTrue(!page.contains("<!-- generated:") && !page.contains("<!-- snippet:"), f.toString());
            }
        }
    }
}
