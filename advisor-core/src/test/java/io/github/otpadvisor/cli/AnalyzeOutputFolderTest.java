package io.github.otpadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --out}: a file is named as one, and {@code --out .} leaves the project's own folders alone. */
class AnalyzeOutputFolderTest {
    @TempDir
    Path project;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeProject() throws IOException {
        Files.createDirectories(project.resolve("lib"));
        Files.writeString(project.resolve("lib/cache.ex"), """
                defmodule Shop.Cache do
                  use Agent
                  def start_link(_), do: Agent.start_link(fn -> %{} end, name: __MODULE__)
                end
                """);
    }

    private int run(String... args) {
        err.reset();
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anOutputPathThatIsAFileIsSaidToBeOne() throws IOException {
        Path file = Files.writeString(project.resolve("notes.txt"), "mine");
        assertEquals(2, run("analyze", "--format", "json", "--out", file.toString(), project.toString()));
        assertTrue(err().contains("--out: " + file + " is a file, not a folder"), err());
        assertEquals(2, run("analyze", "--format", "json", "--out", file.resolve("reports").toString(),
                project.toString()));
        assertTrue(err().contains("--out: " + file + " is a file, not a folder"), err());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void outIntoTheProjectKeepsItsOwnHtmlAndMdFolders() throws IOException {
        Files.createDirectories(project.resolve("html"));
        Files.writeString(project.resolve("html/index.html"), "<p>the project's site</p>");
        Files.createDirectories(project.resolve("md"));
        Files.writeString(project.resolve("md/notes.md"), "notes");
        assertEquals(2, run("analyze", "--format", "md", "--format", "html", "--out", project.toString(),
                project.toString()));
        assertTrue(err().contains(project.resolve("md") + ", " + project.resolve("html")
                + ": otp-advisor did not create them"), err());
        assertTrue(err().contains("move them away or choose another output folder"), err());
        assertEquals("<p>the project's site</p>", Files.readString(project.resolve("html/index.html")));
        assertEquals("notes", Files.readString(project.resolve("md/notes.md")));
    }
}
