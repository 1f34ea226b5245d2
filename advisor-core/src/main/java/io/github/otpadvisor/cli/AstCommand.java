package io.github.otpadvisor.cli;

import io.github.otpadvisor.ast.QuotedPrinter;
import io.github.otpadvisor.frontend.DeepStack;
import io.github.otpadvisor.frontend.ElixirFrontEnd;
import io.github.otpadvisor.frontend.ParseResult;
import io.github.otpadvisor.source.AtomicFiles;
import io.github.otpadvisor.source.ElixirSources;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code ast [--out DIR] [--max-file-bytes N] PATH...}: prints the quoted form of every Elixir file
 * exactly as Elixir 1.14's {@code inspect(Code.string_to_quoted!(source), limit: :infinity,
 * printable_limit: :infinity)} does. This is how the parser is proved right against Elixir itself.
 */
final class AstCommand implements Command {
    @Override
    public String name() {
        return "ast";
    }

    @Override
    public String synopsis() {
        return "[--out DIR] [--max-file-bytes N] PATH...";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("out", "max-file-bytes"));
        if (parsed.positional().isEmpty()) {
            throw new UsageException("no PATH given");
        }
        ElixirFrontEnd frontEnd = new ElixirFrontEnd(
                parsed.longOption("max-file-bytes", ElixirFrontEnd.DEFAULT_MAX_FILE_BYTES, 1));
        Path outDir = parsed.option("out") == null ? null : Path.of(parsed.option("out"));
        boolean failed = false;
        for (String argument : parsed.positional()) {
            Path root = Path.of(argument);
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                err.println(argument + ": no such file or directory");
                return EXIT_USAGE;
            }
            List<Path> files;
            try {
                files = ElixirSources.under(root);
            } catch (IOException e) {
                err.println(argument + ": cannot list: " + e.getMessage());
                return EXIT_USAGE;
            }
            for (Path file : files) {
                ParseResult result = frontEnd.parseFile(file);
                if (!result.ok()) {
                    err.println(result.error().format(file.toString()));
                    failed = true;
                    continue;
                }
                String dump = DeepStack.run(() -> QuotedPrinter.print(result.ast()),
                        () -> null);
                if (dump == null) {
                    err.println(file + ":1:1: expression nested too deeply to print");
                    failed = true;
                } else if (outDir == null) {
                    out.println(dump);
                } else if (!write(outDir, root, file, dump, err)) {
                    return EXIT_USAGE;
                }
            }
        }
        return failed ? EXIT_FAILED : EXIT_OK;
    }

    /** Writes {@code DIR/<file relative to the argument>.ast}; a file argument keeps its own name. */
    private static boolean write(Path outDir, Path root, Path file, String dump, PrintStream err) {
        Path relative = file.equals(root) ? file.getFileName() : root.relativize(file);
        Path target = outDir.resolve(relative + ".ast").normalize();
        if (!target.startsWith(outDir.normalize())) {
            err.println(file + ": refusing to write outside " + outDir);
            return false;
        }
        try {
            AtomicFiles.write(target, dump + "\n");
            return true;
        } catch (IOException e) {
            err.println(target + ": cannot write: " + e.getMessage());
            return false;
        }
    }
}
