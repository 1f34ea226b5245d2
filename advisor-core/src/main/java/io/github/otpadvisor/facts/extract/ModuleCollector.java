package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Str;
import io.github.otpadvisor.elixir.ast.Tuple;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.LibraryProcess;
import io.github.otpadvisor.facts.LibraryUse;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.MacroUse;
import io.github.otpadvisor.facts.ProcessBehaviours;
import io.github.otpadvisor.facts.UseLine;
import io.github.otpadvisor.facts.WebRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the modules of a file ({@code defmodule}, nested, several per file) with their full names,
 * alias scopes, {@code use}/{@code @behaviour} lines, attributes and function clauses. Code inside
 * {@code quote} and macro bodies is a template, never a module of the project.
 */
final class ModuleCollector {
    private final String file;
    final List<ModuleUnit> modules = new ArrayList<>();
    /** File-level code outside every module (scripts). */
    final List<ModuleUnit.Stmt> topLevel = new ArrayList<>();

    ModuleCollector(String file) {
        this.file = file;
    }

    void collect(Quoted ast) {
        topLevelBlock(ast, Aliases.EMPTY);
    }

    private Aliases topLevelBlock(Quoted code, Aliases env) {
        for (Quoted stmt : Q.statements(code)) {
            env = topLevelStmt(stmt, env);
        }
        return env;
    }

    private Aliases topLevelStmt(Quoted stmt, Aliases env) {
        if (Q.isLocal(stmt, "defmodule")) {
            return defmodule((Call) stmt, env, null);
        }
        if (Q.isLocal(stmt, "defimpl")) {
            defimpl((Call) stmt, env, null);
            return env;
        }
        if (definesInBranches(stmt)) {
            // `if Code.ensure_loaded?(Dep) do defmodule ... end`: the modules exist when the branch compiles.
            for (Quoted branch : branches((Call) stmt)) {
                topLevelBlock(branch, env);
            }
            return env;
        }
        if (Q.isLocal(stmt, "alias")) {
            return env.afterAlias(Q.args(stmt));
        }
        if (Q.isLocal(stmt, "require") && Q.args(stmt).size() > 1) {
            return env.afterAlias(Q.args(stmt));
        }
        if (Q.isLocal(stmt, "quote")) {
            return env;
        }
        topLevel.add(new ModuleUnit.Stmt(stmt, env));
        return env;
    }

    /**
     * An {@code if}/{@code unless}/{@code case} at file level whose branches define modules. One that tests
     * {@code Mix.env()} guards dev/test-only code (RULEBOOK §2), not production modules: left out.
     */
    private static boolean definesInBranches(Quoted stmt) {
        if (!(Q.isLocal(stmt, "if") || Q.isLocal(stmt, "unless") || Q.isLocal(stmt, "case")) || Q.args(stmt).isEmpty()) {
            return false;
        }
        boolean mixEnv = Q.any(Q.args(stmt).get(0), q -> q instanceof Call c && "env".equals(Q.remoteFun(c))
                && Q.receiver(c) != null && "Mix".equals(Aliases.EMPTY.resolve(Q.receiver(c))));
        return !mixEnv && Q.any(stmt, q -> Q.isLocal(q, "defmodule") || Q.isLocal(q, "defimpl"));
    }

    /** The branch bodies of an {@code if}/{@code unless} ({@code do}, {@code else}) or a {@code case} (each clause). */
    private static List<Quoted> branches(Call c) {
        List<Quoted> out = new ArrayList<>();
        Quoted opts = c.args().isEmpty() ? null : c.args().get(c.args().size() - 1);
        for (String key : new String[] {"do", "else"}) {
            Quoted b = Q.kw(opts, key);
            if (b == null) {
                continue;
            }
            if (c.name().equals("case") && b instanceof QList clauses) {
                for (Quoted clause : clauses.items()) {
                    if (Q.isLocal(clause, "->") && Q.args(clause).size() == 2) {
                        out.add(Q.args(clause).get(1));
                    }
                }
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * Reads {@code defimpl Proto, for: Type}: its functions belong to the module {@code Proto.Type}. Nested in a
     * module without {@code for:}, the type is the enclosing module. With a list of types, the first names it
     * (one unit, so its code is not counted once per type).
     */
    private void defimpl(Call di, Aliases env, ModuleUnit parent) {
        List<Quoted> args = di.args();
        if (args.size() < 2) {
            return;
        }
        String protocol = env.resolve(args.get(0));
        Quoted forExpr = null;
        for (Quoted a : args.subList(1, args.size())) {
            if (Q.kw(a, "for") != null) {
                forExpr = Q.kw(a, "for");
            }
        }
        if (forExpr instanceof QList types && !types.items().isEmpty()) {
            forExpr = types.items().get(0);
        }
        String type = forExpr != null ? env.resolve(forExpr) : parent != null ? parent.name : null;
        Quoted body = Q.doBody(args);
        if (protocol == null || type == null || body == null) {
            return;
        }
        String name = protocol + "." + type.replaceFirst("^:", "");
        Aliases inner = env.inModule(name);
        ModuleUnit unit = new ModuleUnit(name, Q.loc(file, di, new Location(file, 0, 0)), inner);
        modules.add(unit);
        moduleBody(unit, body, inner);
    }

    /** Reads a defmodule; returns the environment of the enclosing scope (with the nested module's auto-alias). */
    private Aliases defmodule(Call dm, Aliases outer, ModuleUnit parent) {
        List<Quoted> args = dm.args();
        if (args.size() < 2) {
            return outer;
        }
        Quoted nameExpr = args.get(0);
        String name;
        Aliases scope = outer;
        if (parent != null && Q.isLocal(nameExpr, "__aliases__") && !Q.args(nameExpr).isEmpty()
                && Q.args(nameExpr).get(0) instanceof Atom head && !head.name().equals("Elixir")) {
            // Nested: A.B inside Outer is Outer.A.B, and A becomes an alias of Outer.A.
            StringBuilder sb = new StringBuilder(parent.name);
            for (Quoted s : Q.args(nameExpr)) {
                if (s instanceof Atom a) {
                    sb.append('.').append(a.name());
                }
            }
            name = sb.toString();
            scope = outer.with(head.name(), parent.name + "." + head.name());
        } else {
            name = outer.resolve(nameExpr);
            if (name == null) {
                return outer; // defmodule with a computed name: not readable
            }
        }
        Location where = Q.loc(file, dm, new Location(file, 0, 0));
        Aliases inner = scope.inModule(name);
        ModuleUnit unit = new ModuleUnit(name, where, inner);
        modules.add(unit);
        moduleBody(unit, Q.doBody(args), inner);
        return scope;
    }

    private void moduleBody(ModuleUnit unit, Quoted body, Aliases env) {
        for (Quoted stmt : Q.statements(body)) {
            env = moduleStmt(unit, stmt, env);
        }
    }

    private Aliases moduleStmt(ModuleUnit unit, Quoted stmt, Aliases env) {
        if (!(stmt instanceof Call c) || c.isVariable() || !(c.target() instanceof Atom)) {
            if (stmt != null) {
                unit.moduleLevel.add(new ModuleUnit.Stmt(stmt, env));
            }
            return env;
        }
        String kw = c.name();
        List<Quoted> args = c.args();
        if (headerLine(c)) {
            unit.header.add(c);
        }
        switch (kw) {
            case "defmodule" -> {
                return defmodule(c, env, unit);
            }
            case "defimpl" -> {
                defimpl(c, env, unit);
                return env;
            }
            case "alias" -> {
                return env.afterAlias(args);
            }
            case "require" -> {
                return args.size() > 1 ? env.afterAlias(args) : env;
            }
            case "defstruct" -> {
                unit.structFields.addAll(StateShape.structFields(args));
                return env;
            }
            case "defmacro" -> {
                usingMacro(unit, c, env);
                return env;
            }
            case "defoverridable" -> {
                unit.openClauses = true; // a later definition (a macro's user) may replace these functions
                return env;
            }
            case "import", "quote", "defmacrop", "defguard", "defguardp", "defexception", "@moduledoc", "@doc" -> {
                return env;
            }
            case "use" -> {
                use(unit, c, env);
                return env;
            }
            case "@" -> {
                attribute(unit, c, env);
                return env;
            }
            case "def", "defp" -> {
                def(unit, c, env, kw.equals("def"));
                return env;
            }
            case "defdelegate" -> {
                if (!args.isEmpty() && args.get(0) instanceof Call head && head.target() instanceof Atom a) {
                    int arity = head.args() == null ? 0 : head.args().size();
                    // its parameters as written: code that reads a clause's parameters finds arity of them
                    // (glific's Absinthe.Plug delegates init/1 and call/2: isDuckTypedPlug read call's first)
                    unit.addDef(new ModuleUnit.Def(a.name(), arity, true, head.args() == null ? List.of()
                            : head.args(), null, null, env, Q.loc(file, c, unit.location), 0));
                    Quoted to = args.size() > 1 ? Q.kw(args.get(1), "to") : null;
                    if (to != null && !"__MODULE__".equals(SourceText.of(to))) {
                        unit.delegates.add(a.name() + "/" + arity);
                        String module = Q.isLocal(to, "__aliases__") ? env.resolve(to) : null;
                        Quoted as = Q.kw(args.get(1), "as");
                        if (module != null && !module.equals("?")) {
                            unit.delegateCalls.add(new ModuleUnit.Delegate(a.name(), arity, module,
                                    as instanceof Atom an ? an.name() : a.name(), Q.loc(file, c, unit.location)));
                        }
                    }
                }
                return env;
            }
            case "__block__" -> {
                for (Quoted s : args) {
                    env = moduleStmt(unit, s, env);
                }
                return env;
            }
            case "if", "unless" -> {
                // Conditional compilation: both branches may define functions.
                if (args.size() == 2) {
                    String devBranch = EnvGuard.devBranch(args.get(0), kw.equals("unless"), unit);
                    for (String branch : new String[] {"do", "else"}) {
                        Quoted b = Q.kw(args.get(1), branch);
                        if (b != null) {
                            int before = unit.defs.size();
                            moduleBody(unit, b, env);
                            if (branch.equals(devBranch)) {
                                unit.devOnly.addAll(unit.defs.subList(before, unit.defs.size()));
                            }
                        }
                    }
                }
                return env;
            }
            default -> {
                unit.moduleLevel.add(new ModuleUnit.Stmt(stmt, env));
                return env;
            }
        }
    }

    /** Attributes that document, type or annotate the next function: not what the module's code needs. */
    private static final Set<String> NOT_HEADER = Set.of("doc", "moduledoc", "typedoc", "spec", "impl", "type",
            "typep", "opaque", "callback", "macrocallback", "optional_callbacks", "decorate", "deprecated", "since",
            "dialyzer", "derive");

    /** An {@code alias}/{@code require}/{@code import}/{@code use} line, or a module attribute a sketch keeps. */
    private static boolean headerLine(Call c) {
        return switch (c.name()) {
            case "alias", "require", "import", "use", "defstruct" -> !c.args().isEmpty();
            case "@" -> c.args().size() == 1 && c.args().get(0) instanceof Call inner && inner.target() instanceof Atom a
                    && inner.args() != null && inner.args().size() == 1 && !NOT_HEADER.contains(a.name());
            default -> false;
        };
    }

    private void use(ModuleUnit unit, Call c, Aliases env) {
        List<Quoted> args = c.args();
        if (args.isEmpty()) {
            return;
        }
        String used = env.resolve(args.get(0));
        if (used == null) {
            return;
        }
        unit.uses.add(used);
        Location where = Q.loc(file, c, unit.location);
        unit.useLines.add(new UseLine(used, args.size() > 1 ? Q.atom(args.get(1)) : null, where));
        Abstraction abs = ProcessBehaviours.ofUse(used);
        if (abs != Abstraction.NONE && unit.abstraction == Abstraction.NONE) {
            unit.abstraction = abs;
            unit.abstractionEvidence = Evidence.at(where, "use " + SourceText.of(args.get(0))
                    + (args.size() > 1 ? ", " + SourceText.of(args.get(1)).replaceAll("^\\[|\\]$", "") : ""));
            if (args.size() > 1 && args.get(1) instanceof QList opts) {
                for (Quoted o : opts.items()) {
                    if (o instanceof Tuple t && t.items().size() == 2 && t.items().get(0) instanceof Atom k) {
                        unit.useOptions.put(k.name(), SourceText.of(t.items().get(1)));
                    }
                }
            }
        }
        if (used.equals("Application")) {
            unit.application = true;
        }
        WebRole role = switch (used) {
            case "Phoenix.Controller" -> WebRole.CONTROLLER;
            case "Phoenix.Channel" -> WebRole.CHANNEL;
            case "Phoenix.LiveView" -> WebRole.LIVE_VIEW;
            case "Phoenix.LiveComponent" -> WebRole.LIVE_COMPONENT;
            case "Phoenix.Socket" -> WebRole.SOCKET;
            case "Plug.Builder", "Plug.Router", "Phoenix.Endpoint", "Phoenix.Router" -> WebRole.PLUG;
            default -> WebRole.NONE;
        };
        if (role == WebRole.NONE && args.size() > 1 && args.get(1) instanceof Atom kind) {
            role = switch (kind.name()) {
                case "controller" -> WebRole.CONTROLLER;
                case "channel" -> WebRole.CHANNEL;
                case "live_view" -> WebRole.LIVE_VIEW;
                case "live_component" -> WebRole.LIVE_COMPONENT;
                case "router" -> WebRole.PLUG;
                default -> WebRole.NONE;
            };
        }
        if (role != WebRole.NONE && unit.webRole == WebRole.NONE) {
            unit.webRole = role;
        }
        LibraryProcess lib = LibraryProcess.ofUse(used);
        if (lib == null) {
            lib = LibraryProcess.ofRole(role);
        }
        if (lib != null && unit.library == null) {
            unit.library = new LibraryUse(lib, Evidence.at(where, "use " + SourceText.of(args.get(0))
                    + (args.size() > 1 ? ", " + SourceText.of(args.get(1)) : "")));
        }
    }

    /**
     * {@code defmacro __using__}: records what its quotes {@code use} or declare as {@code @behaviour}, and whether
     * it dispatches to a function named by its argument ({@code apply(__MODULE__, which, [])}).
     */
    private void usingMacro(ModuleUnit unit, Call c, Aliases env) {
        if (c.args().isEmpty()) {
            return;
        }
        Quoted head = c.args().get(0);
        if (Q.isLocal(head, "when") && !Q.args(head).isEmpty()) {
            head = Q.args(head).get(0);
        }
        if (!Q.isLocal(head, "__using__")) {
            return;
        }
        Quoted body = Q.doBody(c.args());
        quotedUses(body, env, null, unit.macroUses);
        Q.walk(body, q -> {
            unit.openClauses |= injectsClauses(q); // Q.any stops at quote: these sit inside one
            return !unit.openClauses;
        });
        Q.walk(body, q -> {
            if (Q.isLocal(q, "quote")) {
                unit.usingQuotes.add(new ModuleUnit.Stmt(Q.doBody(Q.args(q)), env));
                return false;
            }
            return true;
        });
        unit.dispatchingUsing |= Q.any(body, q -> Q.isLocal(q, "apply") && !Q.args(q).isEmpty()
                && Q.args(q).get(0) instanceof Call m && m.target() instanceof Atom a && a.name().equals("__MODULE__"));
    }

    /** In a {@code __using__} body: code that gives its users clauses or hooks they do not show (OTP012). */
    private static boolean injectsClauses(Quoted q) {
        if (Q.isLocal(q, "defoverridable")) {
            return true;
        }
        if (Q.isLocal(q, "@") && Q.args(q).size() == 1 && Q.args(q).get(0) instanceof Call a
                && a.target() instanceof Atom n && n.name().equals("before_compile")) {
            return true;
        }
        if ((Q.isLocal(q, "def") || Q.isLocal(q, "defp")) && !Q.args(q).isEmpty()) {
            Quoted head = Q.args(q).get(0);
            if (Q.isLocal(head, "when") && !Q.args(head).isEmpty()) {
                head = Q.args(head).get(0);
            }
            String n = head instanceof Call h && h.target() instanceof Atom a ? a.name() : "";
            return n.equals("init") || n.startsWith("handle_") || n.equals("terminate") || n.equals("code_change");
        }
        return false;
    }

    /**
     * The code {@code macro}'s {@code __using__} quotes inject, read as a module of the same name (not listed among
     * the file's modules): its users get its callbacks.
     */
    ModuleUnit template(ModuleUnit macro) {
        ModuleUnit t = new ModuleUnit(macro.name, macro.location, macro.env);
        t.template = true;
        for (ModuleUnit.Stmt q : macro.usingQuotes) {
            moduleBody(t, q.code(), q.env());
        }
        return t;
    }

    /** The {@code use}/{@code @behaviour} lines inside the quotes of {@code code}. */
    private void quotedUses(Quoted code, Aliases env, String branch, List<MacroUse> out) {
        Q.walk(code, q -> {
            if (!Q.isLocal(q, "quote")) {
                return true;
            }
            Q.walk(Q.doBody(Q.args(q)), inner -> {
                if (Q.isLocal(inner, "use") && !Q.args(inner).isEmpty()) {
                    String used = env.resolve(Q.args(inner).get(0));
                    if (used != null) {
                        out.add(new MacroUse(branch, used, false, Q.loc(file, inner, null)));
                    }
                    return false;
                }
                if (Q.isLocal(inner, "@") && Q.args(inner).size() == 1 && Q.args(inner).get(0) instanceof Call a
                        && a.target() instanceof Atom n && (n.name().equals("behaviour") || n.name().equals("behavior"))
                        && a.args() != null && a.args().size() == 1) {
                    String b = env.resolve(a.args().get(0));
                    if (b != null) {
                        out.add(new MacroUse(branch, b, true, Q.loc(file, inner, null)));
                    }
                    return false;
                }
                return true;
            });
            return false;
        });
    }

    private void attribute(ModuleUnit unit, Call c, Aliases env) {
        if (c.args().size() != 1 || !(c.args().get(0) instanceof Call inner) || !(inner.target() instanceof Atom a)
                || inner.args() == null || inner.args().size() != 1) {
            return;
        }
        Quoted value = inner.args().get(0);
        String attr = a.name();
        if (attr.equals("spec") && Q.isLocal(value, "::") && Q.args(value).size() == 2
                && Q.args(value).get(0) instanceof Call head && !head.isVariable() && head.target() instanceof Atom n
                && head.args() != null) {
            // @spec fetch(id, address) :: {:ok, token} | {:error, term}: what a test of fetch/2 may assert
            unit.specs.putIfAbsent(n.name() + "/" + head.args().size(), SourceText.of(Q.args(value).get(1)));
            // a parameter written `since :: DateTime.t()` has its type after the ::
            unit.specArgs.putIfAbsent(n.name() + "/" + head.args().size(), head.args().stream().map(t -> SourceText.of(
                    Q.isLocal(t, "::") && Q.args(t).size() == 2 ? Q.args(t).get(1) : t)).toList());
        }
        if ((attr.equals("type") || attr.equals("typep")) && Q.isLocal(value, "::") && Q.args(value).size() == 2
                && Q.args(value).get(0) instanceof Call head && head.target() instanceof Atom n
                && (head.args() == null || head.args().isEmpty())) {
            // @type fetch_result :: {:ok, token} | {:error, term}: what a @spec naming fetch_result returns
            unit.types.putIfAbsent(n.name(), SourceText.of(Q.args(value).get(1)));
        }
        if (attr.equals("before_compile")) {
            unit.openClauses = true; // its hook may define more clauses
        }
        if (attr.equals("behaviour") || attr.equals("behavior")) {
            String b = env.resolve(value);
            if (b == null) {
                return;
            }
            unit.behaviours.add(b);
            Abstraction abs = ProcessBehaviours.ofBehaviour(b);
            LibraryProcess lib = LibraryProcess.ofBehaviour(b);
            if (lib != null && unit.library == null) {
                unit.library = new LibraryUse(lib, Evidence.at(Q.loc(file, c, unit.location),
                        "@behaviour " + SourceText.of(value)));
            }
            if (abs != Abstraction.NONE && unit.abstraction == Abstraction.NONE) {
                unit.abstraction = abs;
                unit.abstractionEvidence = Evidence.at(Q.loc(file, c, unit.location), "@behaviour " + SourceText.of(value));
            }
            if (b.equals("Application")) {
                unit.application = true;
            }
            if (b.equals("Plug") && unit.webRole == WebRole.NONE) {
                unit.webRole = WebRole.PLUG;
            }
            return;
        }
        if (attr.equals("moduledoc") && docText(value) != null) {
            unit.moduledoc = docText(value);
            unit.moduledocAt = Q.loc(file, c, unit.location);
        }
        if (!attr.equals("doc") && !attr.equals("moduledoc") && !attr.equals("spec") && !attr.equals("impl")
                && !attr.equals("typedoc") && !attr.equals("type") && !attr.equals("typep") && !attr.equals("callback")) {
            unit.attributes.put(attr, value);
        }
    }

    /** A doc's text: a string, or a sigil around one ({@code ~S"""...""")}); null for anything else. */
    private static String docText(Quoted value) {
        if (value instanceof Str str) {
            return str.value();
        }
        if (value instanceof Call sigil && sigil.target() instanceof Atom a && a.name().startsWith("sigil_")
                && sigil.args() != null && !sigil.args().isEmpty() && sigil.args().get(0) instanceof Call parts
                && parts.args() != null && parts.args().size() == 1 && parts.args().get(0) instanceof Str str) {
            return str.value();
        }
        return null;
    }

    private void def(ModuleUnit unit, Call c, Aliases env, boolean isPublic) {
        List<Quoted> args = c.args();
        if (args.isEmpty()) {
            return;
        }
        Quoted head = args.get(0);
        Quoted guard = null;
        if (Q.isLocal(head, "when") && Q.args(head).size() == 2) {
            guard = Q.args(head).get(1);
            head = Q.args(head).get(0);
        }
        if (!(head instanceof Call h) || !(h.target() instanceof Atom name)) {
            return;
        }
        List<Quoted> params = h.args() == null ? List.of() : h.args();
        Quoted body = args.size() > 1 ? Q.doBody(args) : null;
        if (body == null && args.size() > 1 && args.get(1) instanceof QList l) {
            // def f(x), do: ..., rescue: ... : keep do
            body = Q.kw(l, "do");
        }
        String n = name.name();
        int arity = params.size();
        int defaults = (int) params.stream().filter(p -> Q.isLocal(p, "\\\\")).count();
        if (defaults > 0) {
            unit.defaults.merge(n + "/" + arity, defaults, Math::max);
        }
        if (body == null && args.size() == 1) {
            // Bodiless head (default arguments): count it for arity only, and keep it printed for kept code.
            if (isPublic && defaults > 0 && guard == null) {
                unit.defaultsHeads.putIfAbsent(n + "/" + arity, "def " + n + "(" + String.join(", ",
                        params.stream().map(SourceText::of).toList()) + ")");
            }
            return;
        }
        if (arity == 0 && body != null) {
            quotedUses(body, env, n, unit.branchUses); // a branch a dispatching __using__ may pick
        }
        int index = unit.clauses(n, arity).size();
        unit.addDef(new ModuleUnit.Def(n, arity, isPublic, params, guard, body, env, Q.loc(file, c, unit.location),
                index));
    }
}
