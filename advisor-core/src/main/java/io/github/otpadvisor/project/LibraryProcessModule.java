package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.LibraryProcess;
import io.github.otpadvisor.facts.LibraryUse;
import io.github.otpadvisor.facts.ModuleFacts;

/**
 * A production module that runs as a library behaviour's process (RULEBOOK §1 "library process"): listed in the
 * inventory, no decision of its own.
 */
public record LibraryProcessModule(ModuleFacts facts, String file, String app, LibraryUse use) {
    public String name() {
        return facts.name();
    }

    public LibraryProcess kind() {
        return use.kind();
    }
}
