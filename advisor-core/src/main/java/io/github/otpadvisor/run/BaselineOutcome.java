package io.github.otpadvisor.run;

import java.nio.file.Path;

/**
 * What a baseline did to one analysis.
 *
 * @param file      the baseline file read
 * @param baselined findings it matched (neither shown, reported nor counted)
 * @param stale     entries that matched no finding any more
 */
public record BaselineOutcome(Path file, int baselined, int stale) {
}
