package io.github.otpadvisor.facts;

/**
 * A call inside a module that matters for runtime properties: timers, monitors, resources, blocking
 * work, side effects.
 *
 * @param kind     what it is
 * @param function the enclosing function as {@code name/arity}, or null at module level
 * @param location where
 * @param text     the call as written (shortened), e.g. {@code Process.send_after(self(), :tick, 1000)}
 */
public record Signal(Kind kind, String function, Location location, String text) {
    public Signal {
        function = Interned.of(function);
    }

    /** A repo as a call is written: {@code MyApp.Repo.}, or one picked at run time ({@code select_repo(options).}). */
    private static final String REPO = "(?:(?:^|\\.)Repo|(?:^|[.\\s])(?:[a-z_]*_repo|repo|replica)\\([^()]*\\))\\.";

    /** A Repo call that changes rows ({@code Repo.insert!}, {@code MyApp.Repo.update_all}). */
    private static final java.util.regex.Pattern DATABASE_WRITE = java.util.regex.Pattern.compile(
            REPO + "(insert|update|delete|insert_all|update_all|delete_all|insert_or_update)!?\\("
                    + "|^Ash\\.(create|update|destroy|bulk_create|bulk_update|bulk_destroy)!?\\(");
    private static final java.util.regex.Pattern TRANSACTION = java.util.regex.Pattern.compile(
            REPO + "transaction\\(");
    private static final java.util.regex.Pattern REPO_CALL = java.util.regex.Pattern.compile(REPO + "[a-z_]+[!?]?\\(");
    private static final java.util.regex.Pattern ASH_READ = java.util.regex.Pattern.compile(
            "^Ash\\.(read|read_one|get|load|count|exists|aggregate|stream)[!?]?\\(");

    /** It changes rows of a database. */
    public boolean databaseWrite() {
        return kind == Kind.REPO && text != null && DATABASE_WRITE.matcher(text).find();
    }

    /** It runs a database transaction. */
    public boolean transaction() {
        return kind == Kind.REPO && text != null && TRANSACTION.matcher(text).find();
    }

    /** It reads a database: a Repo call that neither writes nor opens a transaction ({@code Repo.get_by}). */
    public boolean databaseRead() {
        return kind == Kind.REPO && text != null && !databaseWrite() && !transaction()
                && (REPO_CALL.matcher(text).find()
                || ASH_READ.matcher(text).find());
    }


    /** A {@link Kind#MISS_FILL}'s fill ({@code Rube.Tokens.TokenBuilder.fetch/2}); null for other kinds. */
    public String fill() {
        return kind == Kind.MISS_FILL ? text.substring(0, text.indexOf(' ')) : null;
    }

    /** The lookup of a {@link Kind#MISS_FILL} or {@link Kind#FIRST_LOOKUP} ({@code Rube.Tokens.find/2}), else null. */
    public String lookup() {
        if (kind != Kind.MISS_FILL && kind != Kind.FIRST_LOOKUP) {
            return null;
        }
        int from = kind == Kind.MISS_FILL ? text.indexOf(" after ") + 7 : 0;
        int of = text.indexOf(" of ", from);
        return text.substring(from, of < 0 ? text.length() : of);
    }

    /** The parameters of its function the lookup of a {@link #lookup()} signal is given, in order. */
    public java.util.List<String> lookupParams() {
        int of = lookup() == null ? -1 : text.indexOf(" of ");
        return of < 0 ? java.util.List.of() : java.util.Arrays.stream(text.substring(of + 4).split(","))
                .map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    public enum Kind {
        SEND_AFTER, TIMER, MONITOR, LINK, TRAP_EXIT, ETS_NEW, ETS_ACCESS, PERSISTENT_TERM, PORT, SOCKET,
        RECEIVE, SLEEP, IO, FILE, LOG, REPO, HTTP, SYSTEM_CMD, SEND, PUBSUB, PROCESS_CALL,
        /** Work on another node: {@code :rpc}, {@code :erpc}, {@code Node.spawn*}, a call to {@code {name, node}}. */
        REMOTE_NODE,
        /** {@code Mix.env()} / {@code Mix.target()}: code that differs between dev, test and production. */
        MIX_ENV,
        /** A function value read from the configuration and called ({@code notify = Application.get_env(...);
         *  notify.(x)}): what it does is decided at runtime, so it counts as a side effect. */
        CONFIGURED_CALL,
        /** A handler calls code not read as pure: another module's function ({@code Mutation.execute/2}), a
         *  function value ({@code done_fn.()}), a spawn. Not a side effect by itself, but no longer a plain
         *  get/update of the state (RULEBOOK §3, Q3). */
        FOREIGN_CALL,
        /** A hardware handle opened through a Nerves/Circuits library ({@code Circuits.GPIO.open/2},
         *  {@code Circuits.UART.open/3}): the process owns the pin, bus or serial line. */
        HARDWARE,
        /** The module's {@code @moduledoc} says the process serializes on purpose ("a locking mechanism", "one at
         *  a time", "to avoid race conditions"): the text is the sentence that says so. */
        DOCUMENTED_LOCK,
        /** A lookup whose miss branch calls another module to fetch what it missed ({@code with {:error, :not_found}
         *  <- Tokens.find(id) do TokenBuilder.fetch(id) end}): the text is {@code Fill.fun/arity after
         *  Lookup.fun/arity of param, ..}, resolved, with the parameters of its function the lookup is given. Kept
         *  with the module's signals only, not a clause's effects. */
        MISS_FILL,
        /** A {@code with} whose first step is {@code {:ok, value} <- Lookup.fun(param, ..)} on parameters of its
         *  function: an id nothing has stops it there. Text {@code Lookup.fun/arity of param, ..}. Module signals
         *  only. */
        FIRST_LOOKUP;

        /** Changes the world outside the process (so serializing it can be on purpose). */
        public boolean sideEffect() {
            return switch (this) {
                case ETS_NEW, ETS_ACCESS, PERSISTENT_TERM, PORT, SOCKET, IO, FILE, REPO, HTTP, SYSTEM_CMD, SEND,
                        PUBSUB, PROCESS_CALL, REMOTE_NODE, CONFIGURED_CALL, HARDWARE -> true;
                default -> false;
            };
        }

        /** Talks to a resource outside the VM (files, databases, network, OS processes). */
        public boolean externalIo() {
            return switch (this) {
                case PORT, SOCKET, FILE, REPO, HTTP, SYSTEM_CMD, HARDWARE -> true;
                default -> false;
            };
        }

        /** May block the caller for long (RULEBOOK OTP013). */
        public boolean blocking() {
            return switch (this) {
                case REPO, HTTP, SLEEP, RECEIVE, FILE, SYSTEM_CMD, SOCKET -> true;
                default -> false;
            };
        }
    }
}
