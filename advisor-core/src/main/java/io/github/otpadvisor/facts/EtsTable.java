package io.github.otpadvisor.facts;

import java.util.List;

/**
 * An {@code :ets.new/2} call.
 *
 * @param name      the table name as written ({@code :my_table}, {@code __MODULE__})
 * @param options   the options as written, one per entry ({@code :named_table}, {@code read_concurrency: true})
 * @param access    {@code public}, {@code protected} (the default) or {@code private}
 * @param module    the module that creates it (its owner when it runs in that module's process)
 * @param function  the creating function as {@code name/arity}
 * @param spawnedBy when it runs in a closure given to a call that starts another process ({@code Task.start/1},
 *                  {@code spawn/1}, {@code Task.async/1}): that call as written; the new process owns the table.
 *                  Null otherwise
 */
public record EtsTable(String name, List<String> options, boolean named, String access, boolean readConcurrency,
                       boolean writeConcurrency, String module, String function, Location location, boolean inTest,
                       String spawnedBy) {
    public EtsTable {
        options = List.copyOf(options);
    }

    /** Not created in a spawned closure. */
    public EtsTable(String name, List<String> options, boolean named, String access, boolean readConcurrency,
                    boolean writeConcurrency, String module, String function, Location location, boolean inTest) {
        this(name, options, named, access, readConcurrency, writeConcurrency, module, function, location, inTest, null);
    }

    /** Given an {@code {:heir, pid, data}} option: another process inherits the table when its owner dies. */
    public boolean hasHeir() {
        return options.stream().anyMatch(o -> o.replace(" ", "").startsWith("{:heir,"));
    }
}
