package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.NameRef;
import java.util.List;

/** Detects children lists: Supervisor.start_link/2, Supervisor.init/2, supervise/2, DynamicSupervisor.init/1. */
final class ChildrenLists {
    private ChildrenLists() {
    }

    static void detect(CallInfo c, FnCtx ctx) {
        if (c.is("Supervisor", "start_link") && c.arity() >= 1) {
            Quoted first = ctx.resolve(c.arg(0));
            String mod = ctx.env().resolve(first);
            if (mod != null && c.arity() >= 2) {
                return; // Supervisor.start_link(__MODULE__, arg, opts): the children come from init/1
            }
            boolean app = ctx.unit != null && ctx.unit.application && "start/2".equals(ctx.fnKey);
            add(ctx, app ? ChildrenList.Source.APPLICATION_START : ChildrenList.Source.SUPERVISOR_START_LINK, c,
                    c.arg(0), c.arity() >= 2 ? c.arg(1) : null);
        } else if (c.is("Supervisor", "init") && c.arity() >= 1) {
            add(ctx, ChildrenList.Source.SUPERVISOR_INIT, c, c.arg(0), c.arity() >= 2 ? c.arg(1) : null);
        } else if (c.module() == null && c.fun().equals("supervise") && c.arity() == 2 && ctx.unit != null
                && ctx.unit.abstraction == Abstraction.SUPERVISOR) {
            add(ctx, ChildrenList.Source.SUPERVISOR_INIT, c, c.arg(0), c.arg(1));
        } else if (c.is("DynamicSupervisor", "init") && c.arity() == 1) {
            add(ctx, ChildrenList.Source.DYNAMIC_INIT, c, null, c.arg(0));
        }
    }

    static void add(FnCtx ctx, ChildrenList.Source source, CallInfo c, Quoted children, Quoted opts) {
        Location where = c.location();
        List<ChildSpec> list = children == null ? List.of() : ChildSpecReader.list(children, ctx, where);
        for (ChildSpec s : list) {
            if (s.name() != null) {
                ctx.x.names.add(s.name());
            }
        }
        Quoted o = opts == null ? null : ctx.resolve(opts);
        NameRef name = Q.kw(o, "name") == null ? null : NameReader.read(Q.kw(o, "name"), ctx, "supervisor name", where);
        ctx.x.childrenLists.add(new ChildrenList(source, ctx.module(), ctx.fnKey, where, name, text(o, "strategy"),
                text(o, "max_restarts"), text(o, "max_seconds"), list, text(o, "auto_shutdown")));
    }

    private static String text(Quoted opts, String key) {
        Quoted v = Q.kw(opts, key);
        return v == null ? null : SourceText.of(v).replaceFirst("^:", "");
    }
}
