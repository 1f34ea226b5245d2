package io.github.otpadvisor.cache;

import io.github.otpadvisor.elixir.syntax.SourceComment;
import io.github.otpadvisor.facts.FileFacts;
import java.util.List;

/**
 * What a file that parsed leaves for the later stages, so that an unchanged file need not be parsed again: its
 * facts and the comments that are suppression directives (the only comments read after parsing).
 */
public record CachedFile(FileFacts facts, List<SourceComment> directives) {
    public CachedFile {
        directives = List.copyOf(directives);
    }
}
