package io.github.otpadvisor.facts;

/**
 * A module named in code (OTP015 asks whether anything names a process module): an alias ({@code MyApp.Worker},
 * {@code Worker} after an alias, {@code __MODULE__.Worker} resolved), a module atom ({@code :"Elixir.MyApp.Worker"})
 * or a string given to {@code Module.concat}. Aliases are kept as written, so a short {@code Worker} may name any
 * module ending in {@code .Worker}: matching errs towards "named".
 *
 * @param name       the name as written (or resolved from {@code __MODULE__}); ends in {@code .*} when a
 *                   {@code Module.concat} builds names under that prefix at runtime
 * @param fromModule the module whose code names it, or null outside modules (config, mix.exs, scripts)
 * @param location   the first place it is named there
 */
public record ModuleRef(String name, String fromModule, Location location) {
    /** Whether this reference may name {@code module}. */
    public boolean mayName(String module) {
        if (name.endsWith(".*")) {
            return module.startsWith(name.substring(0, name.length() - 1));
        }
        return module.equals(name) || module.endsWith("." + name);
    }
}
