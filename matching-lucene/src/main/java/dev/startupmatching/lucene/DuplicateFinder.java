package dev.startupmatching.lucene;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.lucene.index.StartupSource;
import dev.startupmatching.lucene.index.Vectors;
import dev.startupmatching.lucene.retrieval.SemanticRetrieval;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;

/**
 * Finds startups in an index that are likely the same company, as when two sources describe it:
 * each startup's nearest neighbours by embedding vector are compared by name and by meaning.
 *
 * <p>The confidence of a pair is {@code 0.6 × name similarity + 0.4 × cosine of the vectors}: the
 * name weighs more because two companies may do the same thing, but rarely share a name too. Name
 * similarity compares the names' letter trigrams after dropping case, accents, punctuation and
 * legal forms ("GmbH", "Inc."), so "Photon Scan GmbH" and "PhotonScan" match.
 */
public final class DuplicateFinder {
  /** How many nearest neighbours of each startup are compared. */
  static final int NEIGHBOURS = 5;

  private static final double NAME_WEIGHT = 0.6;

  private static final Pattern LEGAL_FORMS =
      Pattern.compile(
          "\\b(inc|llc|ltd|limited|gmbh|ag|ug|sa|sas|srl|spa|bv|oy|ab|corp|corporation|co|company)\\b");

  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * A likely duplicate.
   *
   * @param first the startup with the smaller id
   * @param second the other startup
   * @param confidence from 0 to 1
   * @param nameSimilarity the names' trigram similarity, from 0 to 1
   * @param cosine the cosine of the two startups' vectors
   */
  public record Pair(
      Startup first, Startup second, double confidence, double nameSimilarity, double cosine) {}

  private DuplicateFinder() {}

  /**
   * Returns the likely duplicates in the index, most confident first.
   *
   * @param index an index with an embedding model
   * @param minConfidence the least confidence reported, from 0 to 1
   * @param progress called with the number of startups compared so far, now and then
   * @throws IllegalArgumentException if the index has no embedding model
   */
  public static List<Pair> find(StartupIndex index, double minConfidence, IntConsumer progress) {
    checkArgument(
        index.embeddingModel().isPresent(),
        "finding duplicates compares vectors: open the index with an embedding model");
    checkArgument(
        minConfidence >= 0 && minConfidence <= 1, "minConfidence must be between 0 and 1");
    IndexSearcher searcher = index.acquire();
    try {
      IndexReader reader = searcher.getIndexReader();
      StoredFields stored = searcher.storedFields();
      List<Pair> pairs = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      int compared = 0;
      for (var leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int local = 0; local < leaf.reader().maxDoc(); local++) {
          if (live != null && !live.get(local)) {
            continue;
          }
          int doc = leaf.docBase + local;
          float[] vector = SemanticRetrieval.vector(searcher, doc);
          if (vector != null) {
            Startup startup = StartupSource.load(stored, doc, index.name());
            for (ScoreDoc hit :
                searcher.search(
                        new KnnFloatVectorQuery(StartupFields.VECTOR, vector, NEIGHBOURS + 1),
                        NEIGHBOURS + 1)
                    .scoreDocs) {
              if (hit.doc == doc) {
                continue;
              }
              Startup other = StartupSource.load(stored, hit.doc, index.name());
              boolean ordered = startup.id().compareTo(other.id()) < 0;
              Startup first = ordered ? startup : other;
              Startup second = ordered ? other : startup;
              if (!seen.add(first.id() + "\n" + second.id())) {
                continue;
              }
              double cosine = Vectors.dot(vector, SemanticRetrieval.vector(searcher, hit.doc));
              double name = nameSimilarity(startup.name(), other.name());
              double confidence =
                  Math.max(0, Math.min(1, NAME_WEIGHT * name + (1 - NAME_WEIGHT) * cosine));
              if (confidence >= minConfidence) {
                pairs.add(new Pair(first, second, confidence, name, cosine));
              }
            }
          }
          if (++compared % 500 == 0) {
            progress.accept(compared);
          }
        }
      }
      progress.accept(compared);
      pairs.sort(
          Comparator.comparingDouble(Pair::confidence)
              .reversed()
              .thenComparing(p -> p.first().id())
              .thenComparing(p -> p.second().id()));
      return ImmutableList.copyOf(pairs);
    } catch (IOException e) {
      throw new UncheckedIOException("searching " + index.name() + " failed", e);
    } finally {
      index.release(searcher);
    }
  }

  /** The Dice similarity of two names' letter trigrams, after normalising them. */
  static double nameSimilarity(String a, String b) {
    Set<String> first = trigrams(normalise(a));
    Set<String> second = trigrams(normalise(b));
    if (first.isEmpty() || second.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(first);
    common.retainAll(second);
    return 2.0 * common.size() / (first.size() + second.size());
  }

  private static String normalise(String name) {
    String lower =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    String withoutForms =
        LEGAL_FORMS.matcher(NOT_LETTERS.matcher(lower).replaceAll(" ")).replaceAll(" ");
    return NOT_LETTERS.matcher(withoutForms).replaceAll("");
  }

  private static Set<String> trigrams(String text) {
    Set<String> trigrams = new HashSet<>();
    String padded = "  " + text + " ";
    for (int i = 0; i + 3 <= padded.length(); i++) {
      trigrams.add(padded.substring(i, i + 3));
    }
    return text.isEmpty() ? Set.of() : trigrams;
  }
}
