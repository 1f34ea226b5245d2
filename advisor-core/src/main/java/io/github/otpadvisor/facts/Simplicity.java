package io.github.otpadvisor.facts;

/** Whether a piece of code is a plain get/put/update (Agent functions, state operations). */
public enum Simplicity {
    SIMPLE, COMPLEX, UNKNOWN
}
