package dev.startupmatching.lucene.shard;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * A startup a shard found for a need, with the score it has in the whole collection.
 *
 * @param startupId the startup's id
 * @param score its score with the collection's statistics
 */
public record ShardHit(String startupId, float score) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Best score first, equal scores in the order of their ids' UTF-8 bytes: the order in which one
   * index ranks and cuts its hits.
   */
  public static final Comparator<ShardHit> RANKING =
      Comparator.comparingDouble((ShardHit hit) -> -hit.score)
          .thenComparing(hit -> new BytesRef(hit.startupId));

  /** Checks the id. */
  public ShardHit {
    checkArgument(startupId != null, "startupId must not be null");
  }

  /**
   * The best {@code n} of the shards' hits in {@link #RANKING} order: the collection's best when
   * each shard gave its own best {@code n}.
   */
  public static List<ShardHit> merge(Iterable<? extends List<ShardHit>> shards, int n) {
    checkArgument(n >= 0, "n must not be negative but was %s", n);
    List<ShardHit> all = new ArrayList<>();
    shards.forEach(all::addAll);
    all.sort(RANKING);
    return List.copyOf(all.subList(0, Math.min(n, all.size())));
  }
}
