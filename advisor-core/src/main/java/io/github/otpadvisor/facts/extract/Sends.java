package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.MessageShape;
import io.github.otpadvisor.facts.Target;
import io.github.otpadvisor.facts.Simplicity;
import java.util.List;

/** Detects messages and calls sent to processes (GenServer.call/cast, Agent.*, send, Process.send_after). */
final class Sends {
    private Sends() {
    }

    /** The large values that are a plain element of a tuple message, with their position (OTP009). */
    private static List<MessageSend.LargeElement> largeElements(Quoted message, List<String> large) {
        List<Quoted> items = large.isEmpty() ? null : Q.tuple(message);
        if (items == null) {
            return List.of();
        }
        List<MessageSend.LargeElement> out = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String v = Q.varName(items.get(i));
            if (v != null && large.contains(v)) {
                out.add(new MessageSend.LargeElement(v, i, items.size()));
            }
        }
        return out;
    }

    static void detect(CallInfo c, FnCtx ctx) {
        MessageSend.Kind kind = null;
        Quoted target = null;
        Quoted message = null;
        String m = c.module();
        String f = c.fun();
        if (m == null && f.equals("send") && c.arity() == 2) {
            kind = MessageSend.Kind.SEND;
            target = c.arg(0);
            message = c.arg(1);
        } else if (("Process".equals(m) || ":erlang".equals(m)) && f.equals("send") && c.arity() >= 2) {
            kind = MessageSend.Kind.SEND;
            target = c.arg(0);
            message = c.arg(1);
        } else if ("Process".equals(m) && f.equals("send_after") && c.arity() >= 3) {
            kind = MessageSend.Kind.SEND_AFTER;
            target = c.arg(0);
            message = c.arg(1);
        } else if (":erlang".equals(m) && (f.equals("send_after") || f.equals("start_timer")) && c.arity() >= 3) {
            kind = MessageSend.Kind.SEND_AFTER;
            target = c.arg(1);
            message = c.arg(2);
        } else if (":timer".equals(m) && (f.equals("send_after") || f.equals("send_interval"))
                && (c.arity() == 2 || c.arity() == 3)) {
            kind = MessageSend.Kind.SEND_AFTER; // :timer.send_after(t, msg) sends to the caller: self()
            target = c.arity() == 3 ? c.arg(1) : null;
            message = c.arg(c.arity() - 1);
        } else if (("GenServer".equals(m) || ":gen_server".equals(m)) && c.arity() >= 2) {
            if (f.equals("call")) {
                kind = MessageSend.Kind.GENSERVER_CALL;
            } else if (f.equals("cast")) {
                kind = MessageSend.Kind.GENSERVER_CAST;
            }
            target = c.arg(0);
            message = c.arg(1);
        } else if (("GenStateMachine".equals(m) || ":gen_statem".equals(m)) && c.arity() >= 2
                && (f.equals("call") || f.equals("cast"))) {
            boolean elixir = "GenStateMachine".equals(m);
            kind = f.equals("call") ? (elixir ? MessageSend.Kind.GEN_STATE_MACHINE_CALL : MessageSend.Kind.GEN_STATEM_CALL)
                    : elixir ? MessageSend.Kind.GEN_STATE_MACHINE_CAST : MessageSend.Kind.GEN_STATEM_CAST;
            target = c.arg(0);
            message = c.arg(1);
        } else if ("Agent".equals(m) && c.arity() >= 2) {
            kind = switch (f) {
                case "get" -> MessageSend.Kind.AGENT_GET;
                case "update" -> MessageSend.Kind.AGENT_UPDATE;
                case "get_and_update" -> MessageSend.Kind.AGENT_GET_AND_UPDATE;
                case "cast" -> MessageSend.Kind.AGENT_CAST;
                default -> null;
            };
            target = c.arg(0);
            message = c.arg(1);
        }
        if (kind == null) {
            return;
        }
        Simplicity simple = null;
        if (kind.agent()) {
            simple = c.arity() >= 4 ? Simplicity.UNKNOWN : AgentFunctions.simplicity(message, kind, ctx);
        }
        List<String> large = kind.agent() ? List.of() : ValueUses.wholeLarge(message, ctx);
        MessageSend.AgentWork work = kind.agent() && c.arity() < 4 ? AgentFunctions.work(message, kind, simple, ctx) : null;
        Target to = target == null ? new Target(Target.Kind.SELF, null, "self()") : TargetReader.read(target, ctx);
        ctx.x.sends.add(new MessageSend(kind, to, SourceText.of(message),
                Q.tag(ctx.resolve(message)), c.location(), ctx.module(), ctx.fnKey, simple, large, ctx.x.test, work,
                largeElements(message, large), kind.agent() ? null : arriving(c, message, ctx),
                ctx.def != null && ctx.foreignDepth == 0, kind.agent() ? agentCode(c, message, ctx) : null,
                timeout(kind, c)));
    }

    /** The timeout a call passes as its third argument ({@code GenServer.call(s, m, :infinity)}), as written. */
    private static String timeout(MessageSend.Kind kind, CallInfo c) {
        boolean call = kind == MessageSend.Kind.GENSERVER_CALL || kind == MessageSend.Kind.GEN_STATEM_CALL
                || kind == MessageSend.Kind.GEN_STATE_MACHINE_CALL || kind == MessageSend.Kind.AGENT_GET
                || kind == MessageSend.Kind.AGENT_UPDATE || kind == MessageSend.Kind.AGENT_GET_AND_UPDATE;
        return call && c.arity() == 3 ? SourceText.of(c.arg(2)) : null;
    }

    /** The Agent call's function, the call and its caller's body as written, when the file's text is known. */
    private static MessageSend.AgentCode agentCode(CallInfo c, Quoted fn, FnCtx ctx) {
        SourceSlices s = ctx.x.slices;
        Location at = fn instanceof Call f ? Q.loc(ctx.x.file, f, null) : null;
        String fnText = at == null ? null : s.expression(at.line(), at.column(), fn);
        if (fnText == null) {
            return null;
        }
        String call = c.location() == null ? null : s.expression(c.location().line(), c.location().column(), c.node());
        String caller = null;
        String params = null;
        if (ctx.def != null && ctx.def.location() != null) {
            caller = s.body(ctx.def.location().line(), ctx.def.location().column(), ctx.def.body());
            params = String.join(", ", ctx.def.params().stream().map(SourceText::of).toList());
        }
        return new MessageSend.AgentCode(fnText, call, caller, params);
    }

    /**
     * The message as the target receives it: {@code :erlang.start_timer/3} delivers {@code {:timeout, ref, msg}}.
     * A variable or a call as the whole message is not known here.
     */
    private static MessageShape arriving(CallInfo c, Quoted message, FnCtx ctx) {
        if (message == null || Q.isVar(message) || message instanceof Call call && !call.isVariable()
                && !Q.isLocal(message, "{}") && !Q.isLocal(message, "%{}") && !Q.isLocal(message, "%")
                && !Q.isLocal(message, "@")) {
            return MessageShape.ANY;
        }
        MessageShape shape = MessageShapes.value(message, ctx);
        if (c.is(":erlang", "start_timer")) {
            return MessageShape.tuple(List.of(MessageShape.atom("timeout"), MessageShape.ANY, shape));
        }
        return shape;
    }
}
