package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Which OTP application a file belongs to: the {@code app:} of the nearest {@code mix.exs} at or above
 * the file's directory, not above the scan root (umbrella {@code apps/*} included). Thread-safe; each
 * {@code mix.exs} is read once.
 */
public final class MixProjects {
    private final Path root;
    private final Function<Path, Optional<String>> reader;
    private final Map<Path, Optional<String>> apps = new ConcurrentHashMap<>();

    public MixProjects(Path root, ElixirFrontEnd frontEnd) {
        this(root, mix -> appOf(frontEnd.parseFile(mix)));
    }

    /** With {@code reader} giving the application of an existing {@code mix.exs} (a cache stands in for parsing). */
    public MixProjects(Path root, Function<Path, Optional<String>> reader) {
        this.root = root.toAbsolutePath().normalize();
        this.reader = reader;
    }

    /** The application name, or null when no {@code mix.exs} with {@code app:} is found up to the root. */
    public String appFor(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        while (dir != null && dir.startsWith(root)) {
            Optional<String> app = apps.computeIfAbsent(dir, this::read);
            if (app.isPresent()) {
                return app.get();
            }
            if (dir.equals(root)) {
                break;
            }
            dir = dir.getParent();
        }
        return null;
    }

    private Optional<String> read(Path dir) {
        Path mix = dir.resolve("mix.exs");
        if (!Files.isRegularFile(mix, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return reader.apply(mix);
    }

    /** The application a parsed {@code mix.exs} names, or empty (also when it did not parse). */
    public static Optional<String> appOf(ParseResult r) {
        return r.ok() ? Optional.ofNullable(appName(r.ast())) : Optional.empty();
    }

    /**
     * The first {@code app: :name} entry of a mix.exs; {@code app: @app} reads the module attribute
     * ({@code @app :vcs}, as Nerves projects write it: gristle's three projects were one application without it).
     */
    static String appName(Quoted ast) {
        java.util.Map<String, String> attributes = new java.util.HashMap<>();
        Q.walk(ast, q -> {
            if (Q.isLocal(q, "@") && Q.args(q).size() == 1 && Q.args(q).get(0) instanceof Call a
                    && a.target() instanceof Atom n && a.args() != null && a.args().size() == 1
                    && a.args().get(0) instanceof Atom v && !v.name().startsWith("Elixir.")) {
                attributes.putIfAbsent(n.name(), v.name());
            }
            return true;
        });
        String[] found = {null};
        Q.walk(ast, q -> {
            if (found[0] != null) {
                return false;
            }
            if (q instanceof Tuple t && t.items().size() == 2 && t.items().get(0) instanceof Atom k
                    && k.name().equals("app")) {
                Quoted v = t.items().get(1);
                if (v instanceof Atom a) {
                    found[0] = a.name();
                    return false;
                }
                if (Q.isLocal(v, "@") && Q.args(v).size() == 1 && Q.args(v).get(0) instanceof Call ref
                        && ref.target() instanceof Atom n && attributes.containsKey(n.name())) {
                    found[0] = attributes.get(n.name());
                    return false;
                }
            }
            return true;
        });
        return found[0];
    }
}
