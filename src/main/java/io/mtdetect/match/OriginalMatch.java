package io.mtdetect.match;

import io.mtdetect.core.OriginalRef;
import io.mtdetect.core.Relation;
import io.mtdetect.match.align.Alignment;
import io.mtdetect.match.index.IndexedOriginal;

/** An article matched to an indexed original: which one, how its sentences align, and the relation. */
public record OriginalMatch(IndexedOriginal original, Alignment alignment, Relation relation) {
  /** The output record's {@code original} field. */
  public OriginalRef ref() {
    return new OriginalRef(original.id(), original.url(), original.title(), alignment.similarity(),
        alignment.coverage(), relation);
  }
}
