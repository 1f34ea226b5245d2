package io.github.otpadvisor.facts;

/**
 * A module named in code (OTP015 asks whether anything names a process module): an alias ({@code MyApp.Worker},
 * {@code Worker} after an alias, {@code __MODULE__.Worker} resolved), a module atom ({@code :"Elixir.MyApp.Worker"})
 * or a string given to {@code Module.concat}, resolved through the aliases of the module it is written in (every
 * {@code alias} of that module counts, wherever it is written: matching errs towards "named").
 *
 * @param name       the full module name; ends in {@code .*} when a
 *                   {@code Module.concat} builds names under that prefix at runtime, starts with {@code *.} when
 *                   it builds names that end so ({@code Module.concat(module, System)}: {@code *.System})
 * @param fromModule the module whose code names it, or null outside modules (config, mix.exs, scripts)
 * @param file       where it is named first there, with {@code line} and {@code column}: kept apart, not as a
 *                   {@link Location}, because a large tree has hundreds of thousands of references
 */
public record ModuleRef(String name, String fromModule, String file, int line, int column) {
    /* Not interned here: a file's references are kept by ModuleRefList, which interns them once. */

    public ModuleRef(String name, String fromModule, Location location) {
        this(name, fromModule, location.file(), location.line(), location.column());
    }

    /** The first place it is named there. */
    public Location location() {
        return new Location(file, line, column);
    }

    /**
     * Whether this reference may name {@code module}: {@code Workers.*} any module under Workers, {@code *.System} any
     * module whose last segments are these ({@code Module.concat(module, System)}).
     */
    public boolean mayName(String module) {
        if (name.endsWith(".*")) {
            return module.startsWith(name.substring(0, name.length() - 1));
        }
        if (name.startsWith("*.")) {
            return module.endsWith(name.substring(1)) && module.length() > name.length() - 1;
        }
        return module.equals(name);
    }
}
