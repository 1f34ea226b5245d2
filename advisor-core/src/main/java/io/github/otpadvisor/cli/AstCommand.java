package io.github.otpadvisor.cli;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.elixir.ast.QuotedPrinter;
import io.github.otpadvisor.output.AtomicFiles;
import io.github.otpadvisor.scan.ScanProblem;
import io.github.otpadvisor.scan.ScanRequest;
import io.github.otpadvisor.scan.ScanResult;
import io.github.otpadvisor.scan.SourceFile;
import io.github.otpadvisor.scan.SourceScanner;
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
            ScanResult scan = SourceScanner.scan(ScanRequest.everything(root));
            for (ScanProblem problem : scan.problems()) {
                err.println(problem.format());
                failed = true;
            }
            for (SourceFile file : scan.files()) {
                ParseResult result = frontEnd.parseFile(file.path());
                if (!result.ok()) {
                    err.println(result.error().format(file.path().toString()));
                    failed = true;
                    continue;
                }
                String dump = QuotedPrinter.print(result.ast()); // iterative: any depth prints
                if (outDir == null) {
                    out.println(dump);
                } else if (!write(outDir, file, dump, err)) {
                    return EXIT_USAGE;
                }
            }
        }
        return failed ? EXIT_FAILED : EXIT_OK;
    }

    /** Writes {@code DIR/<file relative to the argument>.ast}; a file argument keeps its own name. */
    private static boolean write(Path outDir, SourceFile file, String dump, PrintStream err) {
        Path target = file.derived(outDir, ".ast").normalize();
        if (!target.startsWith(outDir.toAbsolutePath().normalize())) {
            err.println(file.path() + ": refusing to write outside " + outDir);
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
