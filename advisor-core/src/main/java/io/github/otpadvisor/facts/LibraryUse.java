package io.github.otpadvisor.facts;

/** A module's library process kind with the line that makes it one ({@code use GenStage}, a macro's quote...). */
public record LibraryUse(LibraryProcess kind, Evidence evidence) {
}
