package io.github.otpadvisor.facts;

/**
 * A start call that a lookup of a registered process comes before (the get-or-start idiom, OTP011): the
 * {@code Registry.lookup}/{@code whereis} in the same function, or in a local function of the module that calls the
 * start's function after it.
 *
 * @param lookup         the lookup call as written, shortened ({@code Registry.lookup(MyApp.Registry, id)})
 * @param lookupLocation where the lookup is
 * @param lookupFunction the function that looks up, {@code name/arity}
 * @param handlesAlreadyStarted {@code :already_started} is matched in the start's function, the lookup's function or a
 *                       local function either calls (the loser of a race gets the winner's pid)
 * @param resultDiscarded the start's result is thrown away (a statement before others, {@code if} without
 *                       use of its value): a loser's {@code already_started} error is ignored, not returned
 * @param serializedBy   when every path to the lookup comes from one in-process callback of the module's own process
 *                       ({@code handle_call/3}), that callback: the process serializes the callers, no race; else null
 */
public record GetOrStart(String lookup, Location lookupLocation, String lookupFunction, boolean handlesAlreadyStarted,
                         boolean resultDiscarded, String serializedBy) {
}
