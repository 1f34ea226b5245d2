package io.github.otpadvisor.facts;

/**
 * A project function that starts the process module it is given under the name it is given
 * ({@code def start_link_redundant(parent, module, config, name \\ nil)} calling
 * {@code GenServer.start_link(module, config, name: name)}, gristle's {@code Common.Utils}): a module whose
 * start_link calls it with {@code __MODULE__} is registered under the name it passes.
 *
 * @param moduleParam the parameter (0-based) holding the module started
 * @param nameParam   the parameter (0-based) holding the name
 * @param nilIsModule a nil or left-out name registers the module itself ({@code case name do nil -> module})
 */
public record StartWrapper(int moduleParam, int nameParam, boolean nilIsModule) {
}
