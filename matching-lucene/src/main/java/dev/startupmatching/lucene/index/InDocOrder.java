package dev.startupmatching.lucene.index;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Visits documents in document order. Stored fields and term vectors are compressed in blocks of
 * neighbouring documents, and a reader decompresses a block once for consecutive documents of it,
 * so reading a ranked list's documents in document order rather than rank order saves work.
 */
public final class InDocOrder {
  private InDocOrder() {}

  /** The positions of {@code docs}, ordered by the document at each position. */
  public static int[] indexes(int[] docs) {
    return IntStream.range(0, docs.length)
        .boxed()
        .sorted(Comparator.comparingInt(i -> docs[i]))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
