package io.github.otpadvisor.report.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of a user's template folder are read by their real path and only from inside the folder's real
 * path: a link that stays inside works, a link that leads out is a clear error (never a crash, never a
 * file from elsewhere copied into the report).
 */
class TemplateFolderTest {
    @TempDir
    Path dir;
    Path own;
    Path outside;

    @BeforeEach
    void folders() throws Exception {
        own = Files.createDirectories(dir.resolve("own"));
        Files.createDirectories(own.resolve("html"));
        outside = Files.writeString(dir.resolve("secret.txt"), "SECRET");
    }

    private static String failure(Templates.TemplateFailure e, String name) {
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("outside the template folder"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void aStylesheetLinkedFromOutsideIsRefused() throws Exception {
        Files.createSymbolicLink(own.resolve("html/style.css"), outside);
        Templates templates = new Templates(own);
        failure(assertThrows(Templates.TemplateFailure.class, () -> templates.resource("html/style.css")),
                "html/style.css");
    }

    @Test
    void aTemplateLinkedFromOutsideIsAClearError() throws Exception {
        Files.createSymbolicLink(own.resolve("html/index.html.ftlh"), outside);
        Templates templates = new Templates(own);
        for (int i = 0; i < 2; i++) {
            failure(assertThrows(Templates.TemplateFailure.class, () -> templates.render("html/index.html.ftlh",
                    Map.of())), "html/index.html.ftlh");
        }
    }

    @Test
    void anIncludedFileLinkedFromOutsideIsAClearError() throws Exception {
        Files.createSymbolicLink(own.resolve("html/secret.txt"), outside);
        Files.writeString(own.resolve("html/index.html.ftlh"), "<#include 'secret.txt' parse=false>");
        Templates templates = new Templates(own);
        String message = assertThrows(Templates.TemplateFailure.class,
                () -> templates.render("html/index.html.ftlh", Map.of())).getMessage();
        assertTrue(message.startsWith("html/index.html.ftlh:1:"), message);
        assertTrue(message.contains("html/secret.txt: ") && message.contains("outside the template folder"), message);
    }

    @Test
    void anIncludeCannotBackOutOfTheFolder() throws Exception {
        Files.writeString(own.resolve("html/index.html.ftlh"), "<#include '../../secret.txt' parse=false>");
        String message = assertThrows(Templates.TemplateFailure.class,
                () -> new Templates(own).render("html/index.html.ftlh", Map.of())).getMessage();
        assertTrue(message.startsWith("html/index.html.ftlh:1:"), message);
    }

    @Test
    void aFolderLinkedFromOutsideIsRefusedToo() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(shared.resolve("style.css"), "shared");
        Files.delete(own.resolve("html"));
        Files.createSymbolicLink(own.resolve("html"), shared);
        failure(assertThrows(Templates.TemplateFailure.class, () -> new Templates(own).resource("html/style.css")),
                "html/style.css");
    }

    @Test
    void aDanglingLinkIsAClearError() throws Exception {
        Files.createSymbolicLink(own.resolve("html/style.css"), dir.resolve("gone.css"));
        String message = assertThrows(Templates.TemplateFailure.class,
                () -> new Templates(own).resource("html/style.css")).getMessage();
        assertTrue(message.startsWith("html/style.css: ") && message.contains("missing"), message);
    }

    @Test
    void linksThatStayInsideTheFolderWork() throws Exception {
        Files.writeString(own.resolve("base.css"), "own css");
        Files.createSymbolicLink(own.resolve("html/style.css"), own.resolve("base.css"));
        Files.writeString(own.resolve("page.ftlh"), "own ${x}");
        Files.createSymbolicLink(own.resolve("html/index.html.ftlh"), Path.of("../page.ftlh"));
        Templates templates = new Templates(own);
        assertEquals("own css", templates.resource("html/style.css"));
        assertEquals("own 1", templates.render("html/index.html.ftlh", Map.of("x", 1)));
    }

    @Test
    void theTemplateFolderMayItselfBeALink() throws Exception {
        Files.writeString(own.resolve("html/style.css"), "own css");
        Path link = Files.createSymbolicLink(dir.resolve("link"), own);
        assertEquals("own css", new Templates(link).resource("html/style.css"));
    }

    @Test
    void aFolderWhereAFileIsExpectedIsAClearError() throws Exception {
        Files.createDirectories(own.resolve("html/style.css"));
        String message = assertThrows(Templates.TemplateFailure.class,
                () -> new Templates(own).resource("html/style.css")).getMessage();
        assertTrue(message.startsWith("html/style.css: ") && message.contains("not a regular file"), message);
    }

    @Test
    void filesTheFolderDoesNotHaveComeFromTheBuiltIns() throws Exception {
        assertTrue(new Templates(own).resource("html/style.css").contains("{"));
    }
}
