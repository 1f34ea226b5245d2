package io.github.otpadvisor.facts;

import java.util.List;

/**
 * What one clause of a callback does, kept after the AST is dropped (what rules OTP001, OTP002,
 * OTP004, OTP006 and OTP012 need).
 *
 * @param callback      {@code handle_call}, {@code handle_cast}, {@code handle_info}, {@code handle_continue},
 *                      {@code init}, {@code terminate}, {@code code_change}
 * @param message       the message (or init argument) pattern, printed as Elixir source ({@code {:get, key}})
 * @param messageTag    the message's leading atom ({@code get} for {@code {:get, key}}, {@code tick} for
 *                      {@code :tick}), or null
 * @param guarded       the head has a {@code when} guard
 * @param stateVar      the name of the state variable, or null when the state is ignored ({@code _state})
 *                      or destructured without a name
 * @param readsState    the body uses the state (beyond returning it unchanged), or the head destructures it
 * @param stateResult   how the returned state relates to the received one (over all returns)
 * @param stateOps      what the body does with the state
 * @param pureReply     a {@code handle_call} whose reply depends only on the message: no state read, state
 *                      returned unchanged, no side effects (logging ignored)
 * @param effects       side effects and other signals of the body and of local helpers it calls
 * @param returns       every return found (last expressions, through case/if/cond/with)
 * @param catchAll      the message pattern is a bare variable (matches anything)
 * @param ignoresMessage the clause only logs or does nothing and returns the state unchanged
 * @param replyText     the reply expression when there is one reply (printed), else null
 * @param messageElements for a tuple message pattern, how the body uses each element bound to a variable
 *                      (RULEBOOK OTP009: a handler that reads only fields of a whole {@code conn} it was sent)
 * @param messageShape  the shape the message pattern accepts (RULEBOOK OTP012), {@link MessageShape#ANY} when unread
 * @param matchesAll    every parameter is a plain variable and there is no guard: the clause takes every call, so
 *                      later clauses of the callback never run
 * @param headText      the clause's head as written ({@code def handle_info(:tick, %{n: n} = state) when n > 0}),
 *                      guard included, or null; with {@link #text} a sketch that keeps the callback quotes it
 * @param text          the body of any callback clause as written (dedented), when it is short and reads back
 *                      exactly, or null: kept callbacks are quoted, and {@link #body()} moves a handler's
 * @param hooks         in the code a {@code __using__} quote injects: the functions the clause (or a helper of the
 *                      quote it calls) calls that the quote does not define, as {@code name/arity}; the using
 *                      module supplies them ({@code handle_post_created(post, ...)}), so their effects are the
 *                      clause's once linking knows that module. Empty elsewhere.
 */
public record ClauseSummary(String callback, int arity, Location location, String message, String messageTag,
                            boolean guarded, String stateVar, boolean readsState, StateResult stateResult,
                            List<StateOp> stateOps, boolean pureReply, List<Signal> effects,
                            List<ReturnShape> returns, boolean catchAll, boolean ignoresMessage, String replyText,
                            List<ElementUse> messageElements, MessageShape messageShape, boolean matchesAll,
                            String headText, String text, List<String> hooks) {
    public ClauseSummary {
        hooks = List.copyOf(hooks);
        messageShape = messageShape == null ? MessageShape.ANY : messageShape;
        messageElements = List.copyOf(messageElements);
        stateOps = List.copyOf(stateOps);
        effects = List.copyOf(effects);
        returns = List.copyOf(returns);
    }

    /** Callbacks whose bodies a sketch may move into functions (RULEBOOK §5: a transformation, not a template). */
    private static final java.util.Set<String> MOVABLE = java.util.Set.of("handle_call", "handle_cast",
            "handle_continue");

    /** A {@code handle_call}/{@code handle_cast}/{@code handle_continue} body as written, or null: what moves. */
    public String body() {
        return MOVABLE.contains(callback) ? text : null;
    }

    /**
     * One element of a tuple message pattern bound to a variable, and how the clause (head guard and body)
     * uses it.
     *
     * @param index     0-based position in the tuple
     * @param size      the tuple's size
     * @param fields    fields read ({@code conn.method} gives {@code method})
     * @param wholeUsed the variable itself is used (passed on), not only fields of it
     */
    public record ElementUse(int index, int size, String variable, List<String> fields, boolean wholeUsed) {
        public ElementUse {
            fields = List.copyOf(fields);
        }

        public boolean onlyFields() {
            return !wholeUsed && !fields.isEmpty();
        }
    }

    /** The same clause with {@code more} effects: what the using module's functions it calls do. */
    public ClauseSummary withEffects(List<Signal> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Signal> all = new java.util.ArrayList<>(effects);
        all.addAll(more);
        return new ClauseSummary(callback, arity, location, message, messageTag, guarded, stateVar, readsState,
                stateResult, stateOps, pureReply && more.stream().noneMatch(e -> e.kind().sideEffect()), all, returns,
                catchAll, ignoresMessage && more.stream().allMatch(e -> e.kind() == Signal.Kind.LOG), replyText,
                messageElements, messageShape, matchesAll, headText, text, hooks);
    }

    /** {@code handle_call({:get, key}, ...)}: how findings name the clause. */
    public String head() {
        return callback + "(" + (message == null ? "..." : message) + (arity > 1 ? ", ...)" : ")");
    }

    /** Only simple state operations (get/put/update/delete/replace), no side effects, no code beyond pure code. */
    public boolean simpleGetUpdate() {
        return stateResult != StateResult.UNKNOWN
                && stateOps.stream().allMatch(o -> o.kind().simple())
                && effects.stream().noneMatch(e -> e.kind().sideEffect() || e.kind() == Signal.Kind.FOREIGN_CALL);
    }
}
