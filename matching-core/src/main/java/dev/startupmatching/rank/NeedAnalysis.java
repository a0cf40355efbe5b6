package dev.startupmatching.rank;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.startupmatching.model.Need;
import dev.startupmatching.taxonomy.Taxonomy;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A need as ranking sees it: the need itself, the language its text was analysed in, and the
 * technology areas it states or mentions, in the taxonomy the startups were tagged with.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NeedAnalysis {
  private final Need need;
  private final String language;
  private final ImmutableSet<String> mentionedAreas;
  private final Taxonomy taxonomy;

  private NeedAnalysis(
      Need need, String language, ImmutableSet<String> mentionedAreas, Taxonomy taxonomy) {
    this.need = need;
    this.language = language;
    this.mentionedAreas = mentionedAreas;
    this.taxonomy = taxonomy;
  }

  /**
   * Returns the analysis of a need.
   *
   * @param language the language code the text was analysed in, such as {@code "en"}
   * @param mentionedAreas ids of the areas the text mentions; those the need also states are
   *     dropped, so that each area counts once
   * @param taxonomy the taxonomy of the areas
   */
  public static NeedAnalysis of(
      Need need, String language, Collection<String> mentionedAreas, Taxonomy taxonomy) {
    checkArgument(need != null, "need must not be null");
    checkArgument(language != null && !language.isBlank(), "language must not be blank");
    checkArgument(mentionedAreas != null, "mentionedAreas must not be null");
    checkArgument(taxonomy != null, "taxonomy must not be null");
    ImmutableSet<String> mentioned =
        mentionedAreas.stream()
            .filter(a -> !need.requiredAreas().contains(a) && !need.preferredAreas().contains(a))
            .collect(ImmutableSet.toImmutableSet());
    return new NeedAnalysis(need, language, mentioned, taxonomy);
  }

  /** The need. */
  public Need need() {
    return need;
  }

  /** The language code the need's text was analysed in. */
  public String language() {
    return language;
  }

  /** Ids of the areas the need's text mentions and the need does not state. */
  public Set<String> mentionedAreas() {
    return mentionedAreas;
  }

  /** The taxonomy the need and the candidates were tagged with. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /**
   * The need's areas that a startup with these areas covers, fully or partly along the taxonomy:
   * required ones first, then preferred, then mentioned.
   */
  public List<String> coveredAreas(Collection<String> startupAreas) {
    Set<String> areas = ImmutableSet.copyOf(startupAreas);
    ImmutableList.Builder<String> covered = ImmutableList.builder();
    for (Set<String> needAreas :
        List.of(need.requiredAreas(), need.preferredAreas(), mentionedAreas)) {
      for (String area : needAreas) {
        if (AreaCredit.of(area, areas, taxonomy).value() > 0) {
          covered.add(area);
        }
      }
    }
    return covered.build();
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("need", need.id())
        .add("language", language)
        .add("mentionedAreas", mentionedAreas)
        .toString();
  }
}
