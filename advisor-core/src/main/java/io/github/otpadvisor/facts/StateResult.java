package io.github.otpadvisor.facts;

/** What a callback clause returns as the next state, compared with the state it received. */
public enum StateResult {
    /** No state is returned ({@code {:stop, reason, reply}} without state, or not applicable). */
    NONE,
    /** The very variable it received. */
    SAME,
    /** Something else: a new or changed state. */
    NEW,
    /** The return could not be read (a helper builds it). */
    UNKNOWN
}
