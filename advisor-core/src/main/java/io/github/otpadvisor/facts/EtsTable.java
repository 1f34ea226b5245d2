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
 */
public record EtsTable(String name, List<String> options, boolean named, String access, boolean readConcurrency,
                       boolean writeConcurrency, String module, String function, Location location, boolean inTest) {
    public EtsTable {
        options = List.copyOf(options);
    }
}
