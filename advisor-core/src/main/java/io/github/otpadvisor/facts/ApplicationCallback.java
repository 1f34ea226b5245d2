package io.github.otpadvisor.facts;

/**
 * What a {@code mix.exs}'s {@code application/0} says of the module OTP starts the application with: the
 * {@code mod:} entry ({@code mod: {Shop.Application, []}}), or none. Without one, starting the application starts
 * no supervision tree, in production or in its tests: a {@code use Application} module is then only code (gristle's
 * nerves_ground_robot has its {@code mod:} commented out).
 *
 * @param declared whether {@code application/0} names a {@code mod:} (Mix's default {@code application/0}, when
 *                 the file defines none, names none)
 * @param module   the module it names, or null when it names none or one the file does not spell literally
 * @param location where {@code application/0} is defined, or the file's first line when it is not
 */
public record ApplicationCallback(boolean declared, String module, Location location) {
}
