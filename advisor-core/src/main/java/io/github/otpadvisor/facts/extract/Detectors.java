package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import io.github.otpadvisor.facts.EtsTable;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.LibraryProcess;
import io.github.otpadvisor.facts.LibraryUse;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.RemoteCall;
import java.util.List;
import java.util.Set;

/** Hands each call to the detector that knows it. */
final class Detectors {
    static final Set<String> STDLIB = io.github.otpadvisor.elixir.syntax.ElixirNames.STDLIB_MODULES;

    private Detectors() {
    }

    static void onCall(CallInfo c, FnCtx ctx) {
        try {
            Signals.detect(c, ctx);
            StartSites.detect(c, ctx);
            NameOptions.detect(c, ctx);
            Sends.detect(c, ctx);
            ChildrenLists.detect(c, ctx);
            procLib(c, ctx);
            if (c.is(":ets", "new") && c.arity() == 2) {
                ets(c, ctx);
            }
            if (c.is("Process", "register") && c.arity() == 2) {
                ctx.x.names.add(NameReader.read(c.arg(1), ctx, "Process.register", c.location()));
            }
            if (c.is("Registry", "register") && c.arity() == 3) {
                Quoted key = c.arg(1);
                ctx.x.names.add(new NameRef(NameRef.Kind.VIA_REGISTRY, SourceText.of(c.node()),
                        ctx.env().resolve(ctx.resolve(c.arg(0))), SourceText.of(key), Q.isLiteral(key), null, null,
                        "Registry.register", c.location(), ctx.module(), ctx.fnKey));
            }
            remote(c, ctx);
        } catch (RuntimeException e) {
            ctx.x.problems.add(c.location() + ": skipped a call: " + e);
        }
    }

    /**
     * A module that starts itself with {@code :proc_lib} ({@code :proc_lib.start_link(__MODULE__, :init, [..])}) is a
     * library process (RULEBOOK §1); one that starts another module's code is not.
     */
    private static void procLib(CallInfo c, FnCtx ctx) {
        if (":proc_lib".equals(c.module()) && ctx.unit != null && ctx.unit.library == null && c.arity() >= 3
                && Set.of("start_link", "start", "spawn_link", "spawn", "start_monitor").contains(c.fun())
                && ctx.unit.name.equals(ctx.env().resolve(ctx.resolve(c.arg(0))))) {
            ctx.unit.library = new LibraryUse(LibraryProcess.PROC_LIB, Evidence.at(c.location(),
                    ":proc_lib." + c.fun() + "/" + c.arity() + " starts the process"));
        }
    }

    private static void ets(CallInfo c, FnCtx ctx) {
        Quoted opts = ctx.resolve(c.arg(1));
        List<String> texts = new java.util.ArrayList<>();
        boolean named = false;
        boolean read = false;
        boolean write = false;
        String access = "protected";
        if (opts instanceof io.github.otpadvisor.elixir.ast.QList l) {
            for (Quoted o : l.items()) {
                texts.add(SourceText.of(o).replaceFirst("^:", ""));
                if (o instanceof Atom a) {
                    switch (a.name()) {
                        case "named_table" -> named = true;
                        case "public", "protected", "private" -> access = a.name();
                        default -> {
                        }
                    }
                } else if (o instanceof Tuple t && t.items().size() == 2 && t.items().get(0) instanceof Atom k
                        && t.items().get(1) instanceof Atom v) {
                    if (k.name().equals("read_concurrency")) {
                        read = v.name().equals("true");
                    } else if (k.name().equals("write_concurrency")) {
                        write = !v.name().equals("false");
                    }
                }
            }
        } else if (opts != null) {
            texts.add(SourceText.of(opts));
        }
        ctx.x.ets.add(new EtsTable(SourceText.of(c.arg(0)), texts, named, access, read, write, ctx.module(), ctx.fnKey,
                c.location(), ctx.x.test, ctx.spawnDepth > 0 ? ctx.spawnCall : null));
    }

    private static void remote(CallInfo c, FnCtx ctx) {
        String m = c.module();
        if (m == null || m.equals("?") || m.startsWith(":") || STDLIB.contains(m) || ctx.unit == null) {
            return;
        }
        if (m.equals(ctx.module())) {
            return;
        }
        ctx.x.remoteCall(new RemoteCall(ctx.module(), ctx.fnKey, m, c.fun(), c.arity(), c.location(),
                ctx.requestContext, ctx.x.test));
    }
}
