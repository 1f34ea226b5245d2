package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.ApiFunction;

import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.StateResult;
import io.github.otpadvisor.facts.Target;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.sketch.SketchInput.Operation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations a module's sketch shows, from its facts: first its public functions that message the
 * process (kind from the message and the handler it reaches), then messages its handle_call/handle_cast
 * clauses accept that no public function sends (callers send them directly: the sketch gives them a
 * function), then its other public functions (kind from the name). At most {@link SketchInput#MAX_OPERATIONS}.
 */
final class FactOperations {
    private final ProcessModule module;
    private final FileFacts file;
    /** The module runs one process per entity today: its functions take the entity id first. */
    private final boolean byId;
    private final String entityId;

    private FactOperations(ProcessModule module, FileFacts file, boolean byId, String entityId) {
        this.module = module;
        this.file = file;
        this.byId = byId;
        this.entityId = entityId;
    }

    static List<Operation> of(ProcessModule module, FileFacts file, boolean byId, String entityId) {
        return new FactOperations(module, file, byId, entityId).operations();
    }

    private List<Operation> operations() {
        List<Operation> messaging = new ArrayList<>();
        List<Operation> plain = new ArrayList<>();
        Set<String> sentTags = new HashSet<>();
        for (FunctionInfo f : module.facts().publicApi()) {
            if (!usable(f.name())) {
                continue;
            }
            MessageSend s = sendFrom(f.key());
            if (s == null) {
                plain.add(new Operation(f.name(), f.arity(), Access.hint(f.name())));
                continue;
            }
            if (s.messageTag() != null) {
                sentTags.add(s.messageTag());
            }
            messaging.add(new Operation(f.name(), f.arity(), kindOf(s), params(f.arity(), s), s.messageTag()));
        }
        Map<String, Operation> out = new LinkedHashMap<>();
        for (Operation op : messaging) {
            out.putIfAbsent(op.key(), op);
        }
        for (Operation op : handlerOnly(sentTags)) {
            out.putIfAbsent(op.key(), op);
        }
        for (Operation op : plain) {
            out.putIfAbsent(op.key(), op);
        }
        return out.values().stream().limit(SketchInput.MAX_OPERATIONS).toList();
    }

    /** Its public functions ({@code name/arity}) that message nobody: they run in the caller today. */
    static java.util.Set<String> plain(ProcessModule module, FileFacts file) {
        FactOperations f = new FactOperations(module, file, false, null);
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (FunctionInfo fn : module.facts().publicApi()) {
            if (usable(fn.name()) && f.sendFrom(fn.key()) == null) {
                out.add(fn.key());
            }
        }
        return out;
    }

    /** Names a sketch can define and does not define itself ({@code start_link}, {@code get_or_start}...). */
    static boolean usable(String name) {
        return ElixirNames.isFunctionName(name) && !SketchNames.generated(name);
    }

    /** The first message its public function {@code key} sends to the module's process. */
    private MessageSend sendFrom(String key) {
        String name = module.name();
        for (MessageSend s : module.sendsToIt()) {
            if (name.equals(s.module()) && key.equals(s.function()) && s.target().kind() != Target.Kind.SELF) {
                return s;
            }
        }
        if (file == null) {
            return null;
        }
        // GenServer.call(pid, ...) after a lookup: the target is a variable, still the module's process.
        for (MessageSend s : file.sends()) {
            Target t = s.target();
            if (name.equals(s.module()) && key.equals(s.function()) && (t.kind() == Target.Kind.VARIABLE
                    || t.kind() == Target.Kind.VIA || t.kind() == Target.Kind.MODULE && name.equals(t.module()))) {
                return s;
            }
        }
        return null;
    }

    private Operation.Kind kindOf(MessageSend s) {
        return switch (s.kind()) {
            case GENSERVER_CALL -> callKind(clausesFor("handle_call", s.messageTag()));
            case AGENT_GET -> Operation.Kind.READ;
            case AGENT_UPDATE -> Operation.Kind.WRITE;
            case AGENT_GET_AND_UPDATE, GEN_STATEM_CALL, GEN_STATE_MACHINE_CALL -> Operation.Kind.CALL;
            case GENSERVER_CAST, AGENT_CAST, SEND, SEND_AFTER, GEN_STATEM_CAST, GEN_STATE_MACHINE_CAST ->
                    Operation.Kind.CAST;
        };
    }

    /** A call that only reads reads; one that only replaces or updates state writes; anything else is a call. */
    private static Operation.Kind callKind(List<ClauseSummary> clauses) {
        if (clauses.isEmpty() || !clauses.stream().allMatch(ClauseSummary::simpleGetUpdate)) {
            return Operation.Kind.CALL;
        }
        boolean same = clauses.stream().allMatch(c -> c.stateResult() == StateResult.SAME
                || c.stateResult() == StateResult.NONE);
        return same ? Operation.Kind.READ : Operation.Kind.WRITE;
    }

    private List<ClauseSummary> clausesFor(String callback, String tag) {
        if (tag == null) {
            return List.of();
        }
        return module.facts().clauses(callback).stream().filter(c -> tag.equals(c.messageTag())).toList();
    }

    /**
     * Parameter names from the variables the message uses: all of them, or all but the first when the
     * function takes one more (the process's address: the entity id, or a server).
     */
    private List<String> params(int arity, MessageSend s) {
        List<String> vars = Messages.freeVariables(s.message());
        if (vars.size() == arity) {
            return vars;
        }
        if (vars.size() == arity - 1 && s.target() != null && (s.target().kind() == Target.Kind.MODULE
                || s.target().kind() == Target.Kind.ATOM) && !byId) {
            // sent to its fixed name: the parameter the message lacks is no address (aircloak's LDAP.sync(timeout \\
            // 5000) passes it to GenServer.call as the timeout); its name as written lets a test see what it is
            List<String> written = written(s.function(), arity);
            if (written != null && written.containsAll(vars)) {
                return written;
            }
        }
        if (vars.size() == arity - 1) {
            String first = byId && entityId != null ? entityId : "server";
            List<String> inOrder = addressAsWritten(s.function(), vars, first);
            if (inOrder != null) {
                return inOrder;
            }
            if (!vars.contains(first)) {
                List<String> out = new ArrayList<>();
                out.add(first);
                out.addAll(vars);
                return out;
            }
        }
        return List.of();
    }

    /**
     * {@code vars} and the process's address {@code first} in the order today's function {@code key} takes them
     * ({@code update(attrs, pid \\ __MODULE__)}, {@code register_venue(venue, id \\ @default_id)}), or null.
     */
    private List<String> addressAsWritten(String key, List<String> vars, String first) {
        int arity = vars.size() + 1;
        List<String> written = written(key, arity);
        if (written == null || !written.containsAll(vars) || vars.contains(first)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        written.forEach(w -> out.add(vars.contains(w) ? w : first));
        return out;
    }

    /**
     * The parameter names of today's function as its one clause writes them (defaults dropped), or null when a
     * parameter is a pattern or the function has several clauses.
     */
    private List<String> written(String key, int arity) {
        ApiFunction f = module.facts().api().stream().filter(a -> a.key().equals(key)).findFirst().orElse(null);
        if (f == null || f.clauses().size() != 1) {
            return null;
        }
        List<String> names = TestCalls.paramNames(f.clauses().get(0).head());
        return names != null && names.size() == arity && new HashSet<>(names).size() == arity ? names : null;
    }

    /** Operations for handle_call/handle_cast tags no public function sends. */
    private List<Operation> handlerOnly(Set<String> sentTags) {
        List<Operation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(sentTags);
        for (ClauseSummary c : module.facts().clauses()) {
            boolean call = c.callback().equals("handle_call");
            if (!call && !c.callback().equals("handle_cast")) {
                continue;
            }
            String tag = c.messageTag();
            if (tag == null || !usable(tag) || !seen.add(tag)) {
                continue;
            }
            Messages.Pattern p = Messages.pattern(c.message()).orElse(null);
            if (p == null) {
                continue;
            }
            Operation.Kind kind = call ? callKind(clausesFor("handle_call", tag)) : Operation.Kind.CAST;
            if (byId && entityId != null) {
                List<String> withId = addressAsWritten(tag + "/" + (p.args() + 1), p.names(), entityId);
                if (withId == null) {
                    withId = new ArrayList<>();
                    withId.add(entityId);
                    withId.addAll(p.names());
                }
                boolean named = p.named() && !p.names().contains(entityId);
                out.add(new Operation(tag, p.args() + 1, kind, named ? withId : List.of(), tag));
            } else {
                out.add(new Operation(tag, p.args(), kind, p.named() ? p.names() : List.of(), tag));
            }
        }
        return out;
    }
}
