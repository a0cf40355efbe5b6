package dev.startupmatching.lucene.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.startupmatching.lucene.analysis.DetectedLanguage;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * A need turned into scoring clauses: its own words, their translations, the names of the
 * technology areas it mentions in every language, those areas themselves, and, once expanded, words
 * of its best candidates. Clauses are kept apart so that explanations can report each one's
 * contribution and where it came from.
 */
public final class NeedQuery {
  /** Where a clause comes from; the label names the score component it adds to. */
  public enum Kind {
    /** A word of the need, searched in the need's language. */
    WORD("words"),
    /** A translation of a word of the need into a profile language. */
    TRANSLATION("translations"),
    /** A name, in some language, of an area the need mentions. */
    CONCEPT_NAME("area names"),
    /** An area the need mentions or states, matched against the areas of profiles. */
    CONCEPT("areas"),
    /**
     * A word common in the profiles of the need's best candidates, which the need need not use; see
     * the retrieval package's {@code Feedback}.
     */
    FEEDBACK("feedback");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The name of the score component, such as "words". */
    public String label() {
      return label;
    }
  }

  /**
   * One scoring clause.
   *
   * @param description says what the clause matches and where it came from, for explanations
   * @param needWord the word of the need it came from, lower-cased, or the area's label for a
   *     stated area
   * @param conceptId the area it stands for, or null for words and translations
   */
  public record Clause(
      Kind kind,
      String description,
      String needWord,
      String conceptId,
      Query query,
      Crossing crossing) {
    /** A clause that stays within the need's language, or stands for no words. */
    public Clause(Kind kind, String description, String needWord, String conceptId, Query query) {
      this(kind, description, needWord, conceptId, query, null);
    }
  }

  /**
   * How a clause crosses from the need's language into a profile language: the texts it searches
   * there, each with its own query, so that an explanation can name the ones a profile has
   * ("ladeinfrastruktur → charging infrastructure").
   *
   * @param from the need's language
   * @param to the profile language searched
   * @param source where the texts come from, such as "the lexicon"
   * @param texts the texts searched, as the lexicon or taxonomy writes them
   * @param queries the query of each text, in the same order
   */
  public record Crossing(
      String from,
      String to,
      String source,
      ImmutableList<String> texts,
      ImmutableList<Query> queries) {}

  private final DetectedLanguage language;
  private final ImmutableList<Clause> clauses;
  private final ImmutableSet<String> mentionedAreas;

  NeedQuery(
      DetectedLanguage language,
      ImmutableList<Clause> clauses,
      ImmutableSet<String> mentionedAreas) {
    this.language = language;
    this.clauses = clauses;
    this.mentionedAreas = mentionedAreas;
  }

  /** Ids of the areas the need's text mentions. */
  public ImmutableSet<String> mentionedAreas() {
    return mentionedAreas;
  }

  /** The supported language the need was analysed in. */
  public String language() {
    return language.analysedAs();
  }

  /** The need's language, and how it was found. */
  public DetectedLanguage detectedLanguage() {
    return language;
  }

  /** The scoring clauses. */
  public ImmutableList<Clause> clauses() {
    return clauses;
  }

  /** True when nothing in the need can be searched, for example when it is all stop words. */
  public boolean isEmpty() {
    return clauses.isEmpty();
  }

  /** Returns this query with more clauses, such as {@link Kind#FEEDBACK} ones, after its own. */
  public NeedQuery expandedBy(List<Clause> more) {
    return new NeedQuery(
        language,
        ImmutableList.<Clause>builder().addAll(clauses).addAll(more).build(),
        mentionedAreas);
  }

  /** The clauses this query has after those of {@code base}, which it was expanded from. */
  public NeedQuery addedTo(NeedQuery base) {
    return new NeedQuery(
        language, clauses.subList(base.clauses.size(), clauses.size()), mentionedAreas);
  }

  /**
   * Returns the disjunction of all clauses, flattened: a clause that is itself a disjunction, such
   * as a word searched in three fields, adds its parts, each with the clause's boost. It scores as
   * the nested disjunction does, up to float rounding, but block-max pruning sees every term's own
   * maximum score, as in one plain disjunction of terms, and skips more. The need must not be
   * empty.
   */
  public Query toQuery() {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Clause clause : clauses) {
      addFlattened(query, clause.query(), 1f);
    }
    return query.build();
  }

  private static void addFlattened(BooleanQuery.Builder query, Query clause, float boost) {
    if (clause instanceof BoostQuery boosted) {
      addFlattened(query, boosted.getQuery(), boost * boosted.getBoost());
    } else if (clause instanceof BooleanQuery disjunction && isPureDisjunction(disjunction)) {
      for (BooleanClause part : disjunction.clauses()) {
        addFlattened(query, part.query(), boost);
      }
    } else {
      query.add(boost == 1f ? clause : new BoostQuery(clause, boost), Occur.SHOULD);
    }
  }

  /** True for a disjunction whose score is the sum of its parts' scores. */
  private static boolean isPureDisjunction(BooleanQuery query) {
    return query.getMinimumNumberShouldMatch() == 0
        && query.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD);
  }
}
