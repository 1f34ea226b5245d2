package io.github.otpadvisor.project;

import io.github.otpadvisor.elixir.syntax.TopLevel;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.RemoteCall;
import io.github.otpadvisor.facts.StartWrapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a process module registers through a project function that starts it ({@link StartWrapper}): gristle's
 * 63 modules call {@code Common.Utils.start_link_redundant(GenServer, __MODULE__, nil, __MODULE__)} in their
 * start_link, so each is a singleton under its module name. Read as they did, they "registered no name" and "may be
 * one instance per caller" (three readers called that wrong).
 */
final class WrappedStartNames {
    private static final Pattern ATOM = Pattern.compile(":[a-z_][A-Za-z0-9_]*");

    private WrappedStartNames() {
    }

    /** The name {@code m}'s start_link registers through a wrapper, when its call passes the module and a name. */
    static Optional<NameRef> of(ModuleFacts m, FileFacts file, Map<String, ModuleFacts> modules) {
        ModuleFacts.StartCode start = m.startLink();
        if (start == null || start.body() == null) {
            return Optional.empty();
        }
        for (RemoteCall c : file.remoteCalls()) {
            if (c.inTest() || !m.name().equals(c.fromModule()) || c.fromFunction() == null
                    || !c.fromFunction().startsWith("start_link/")) {
                continue;
            }
            ModuleFacts target = modules.get(c.toModule());
            FunctionInfo fn = target == null ? null : target.functions().stream()
                    .filter(f -> f.name().equals(c.function()) && f.acceptsArity(c.arity()) && f.startWrapper() != null)
                    .findFirst().orElse(null);
            List<String> args = fn == null ? null : args(start.body(), c.function());
            if (args == null || args.size() != c.arity()) {
                continue;
            }
            StartWrapper w = fn.startWrapper();
            String module = w.moduleParam() < args.size() ? args.get(w.moduleParam()) : null;
            if (!"__MODULE__".equals(module) && !m.name().equals(module)) {
                continue;
            }
            String name = w.nameParam() < args.size() ? args.get(w.nameParam()) : "nil";
            if (name.equals("nil") && w.nilIsModule()) {
                name = "__MODULE__";
            }
            String context = c.toModule() + "." + c.function() + "/" + fn.arity() + " -> start_link";
            if (name.equals("__MODULE__") || name.equals(m.name())) {
                return Optional.of(new NameRef(NameRef.Kind.MODULE, name, m.name(), null, true, null, null, context,
                        c.location(), m.name(), c.fromFunction()));
            }
            if (ATOM.matcher(name).matches()) {
                return Optional.of(new NameRef(NameRef.Kind.ATOM, name, null, null, true, null, null, context,
                        c.location(), m.name(), c.fromFunction()));
            }
        }
        return Optional.empty();
    }

    /** The arguments of the first call of {@code fun} in {@code body} ({@code Common.Utils.fun(a, b)}), as written. */
    private static List<String> args(String body, String fun) {
        Matcher at = Pattern.compile("\\." + Pattern.quote(fun) + "\\(").matcher(body);
        if (!at.find()) {
            return null;
        }
        int open = at.end() - 1;
        int close = TopLevel.closing(body, open);
        if (close < 0) {
            return null;
        }
        String inside = body.substring(open + 1, close);
        return inside.isBlank() ? List.of() : TopLevel.items(inside, true).stream().map(String::strip).toList();
    }
}
