package io.github.otpadvisor.maven;

import java.nio.file.Path;

/**
 * What a baseline did to one analysis, for the log.
 *
 * @param file      the baseline file read
 * @param baselined findings it matched (not shown, not counted)
 * @param stale     entries that matched no finding any more
 */
record BaselineOutcome(Path file, int baselined, int stale) {
}
