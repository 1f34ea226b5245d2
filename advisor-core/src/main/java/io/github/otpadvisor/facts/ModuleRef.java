package io.github.otpadvisor.facts;

/**
 * A module named in code (OTP015 asks whether anything names a process module): an alias ({@code MyApp.Worker},
 * {@code Worker} after an alias, {@code __MODULE__.Worker} resolved), a module atom ({@code :"Elixir.MyApp.Worker"})
 * or a string given to {@code Module.concat}, resolved through the aliases of the module it is written in (every
 * {@code alias} of that module counts, wherever it is written: matching errs towards "named").
 *
 * @param name       the full module name; ends in {@code .*} when a
 *                   {@code Module.concat} builds names under that prefix at runtime
 * @param fromModule the module whose code names it, or null outside modules (config, mix.exs, scripts)
 * @param location   the first place it is named there
 */
public record ModuleRef(String name, String fromModule, Location location) {
    public ModuleRef {
        name = Interned.of(name);
        fromModule = Interned.of(fromModule);
    }

    /** Whether this reference may name {@code module}. */
    public boolean mayName(String module) {
        if (name.endsWith(".*")) {
            return module.startsWith(name.substring(0, name.length() - 1));
        }
        return module.equals(name);
    }
}
