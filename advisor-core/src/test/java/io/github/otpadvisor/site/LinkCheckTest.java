package io.github.otpadvisor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckTest {
    @TempDir
    Path site;

    private void page(String path, String html) throws IOException {
        Path p = site.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, html);
    }

    @Test
    void linksToPagesFoldersAnchorsAndImagesThatExistPass() throws IOException {
        page("index.html", "<a href=\"usage.html#Suppressions_and_baselines\">u</a> <img src='img/a.png'>"
                + "<a href=\"sub/\">s</a> <a href=\"#top\">t</a><a id=\"top\"></a>"
                + "<a href=\"https://example.org/x.html\">e</a> <a href=\"mailto:a@b\">m</a>"
                + "<a href=\"sub/p%20q.html?x=1&amp;y=2\">q</a>");
        page("usage.html", "<section><h2><a id=\"Suppressions_and_baselines\"></a>S</h2></section>");
        page("img/a.png", "png");
        page("sub/index.html", "<a href=\"../index.html\">back</a>");
        page("sub/p q.html", "x");
        LinkCheck.Result r = new LinkCheck(site).check();
        assertEquals(List.of(), r.broken());
        assertEquals(4, r.pages());
        assertEquals(6, r.links());
    }

    @Test
    void missingFilesAnchorsAndLinksOutOfTheSiteAreBroken() throws IOException {
        page("a/index.html", "<a href=\"gone.html\">1</a> <a href=\"../b.html#nope\">2</a>"
                + " <a href=\"../../outside.html\">3</a> <img src=\"missing.svg\">");
        page("b.html", "<p id=\"yes\">b</p>");
        LinkCheck.Result r = new LinkCheck(site).check();
        assertEquals(List.of(
                "a/index.html: gone.html (no such file)",
                "a/index.html: ../b.html#nope (no anchor 'nope' in b.html)",
                "a/index.html: ../../outside.html (outside the site)",
                "a/index.html: missing.svg (no such file)"), r.broken().stream().map(s -> s.replace('\\', '/')).toList());
    }
}
