package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.ModuleFacts;

/**
 * A module defined under {@code test/} (test/support, mocks included): never a production process module; kept
 * in the test inventory for the test rules (RULEBOOK §1 "test code").
 */
public record TestModule(ModuleFacts facts, String file, String app) {
    public String name() {
        return facts.name();
    }
}
