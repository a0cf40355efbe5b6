package dev.startupmatching.lucene.query;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import dev.startupmatching.lucene.analysis.NeedBoilerplate;
import dev.startupmatching.lucene.analysis.NeedVocabulary;
import dev.startupmatching.lucene.index.StartupFields;
import java.util.Map;

/**
 * The parameters of lexical and concept ranking.
 *
 * @param k1 BM25 term-frequency saturation, at least 0
 * @param b BM25 length normalisation, from 0 to 1
 * @param fieldWeights the English text fields searched and the weight of each, all positive
 * @param conceptWeight the score of a profile covering an area of the need (one the need states, or
 *     mentions when the profile is in another language); a narrower area earns half of it and the
 *     broader parent a quarter
 * @param crossLingual whether the need also reaches profiles in other languages: through its Latin
 *     words in English, the names of its areas and the translations of its words
 * @param commonNeedWordDiscount how strongly an English need word is discounted for being common in
 *     need statements (see {@link NeedVocabulary#weight}), at least 0; 0 weighs every word by its
 *     count alone
 * @param contentWordsOnly whether need boilerplate ({@link NeedBoilerplate}), English function
 *     words and single letters or characters are left out of the need's words; flat BM25 keeps
 *     them, as Anserini does
 */
public record RankingConfig(
    float k1,
    float b,
    ImmutableMap<String, Float> fieldWeights,
    float conceptWeight,
    boolean crossLingual,
    float commonNeedWordDiscount,
    boolean contentWordsOnly) {

  /**
   * The defaults: BM25 with k1 0.9 and b 0.4 (short profiles saturate early) over the whole
   * profile, plus a smaller weight on the one-liner and name, where a startup says what it is; and
   * need words common in need statements discounted with factor 8: a word in a tenth of the
   * reference statements keeps 0.56 of its weight. Of 2, 4, 6, 8 and 12, 8 ranked best on the
   * English development needs and the needs of other business areas taken together
   * (docs/ranking.md).
   */
  public static final RankingConfig DEFAULT =
      new RankingConfig(
          0.9f,
          0.4f,
          ImmutableMap.of(
              StartupFields.CONTENTS, 1f, StartupFields.ONE_LINER, 0.3f, StartupFields.NAME, 0.2f),
          1f,
          true,
          8f,
          true);

  /** Checks the parameters. */
  public RankingConfig {
    checkArgument(Float.isFinite(k1) && k1 >= 0, "k1 must be finite and at least 0 but was %s", k1);
    checkArgument(b >= 0 && b <= 1, "b must be between 0 and 1 but was %s", b);
    checkArgument(!fieldWeights.isEmpty(), "at least one field must be searched");
    for (Map.Entry<String, Float> weight : fieldWeights.entrySet()) {
      checkArgument(
          weight.getValue() > 0 && Float.isFinite(weight.getValue()),
          "weight of field %s must be positive but was %s",
          weight.getKey(),
          weight.getValue());
    }
    checkArgument(
        Float.isFinite(conceptWeight) && conceptWeight >= 0,
        "conceptWeight must be finite and not negative but was %s",
        conceptWeight);
    checkArgument(
        Float.isFinite(commonNeedWordDiscount) && commonNeedWordDiscount >= 0,
        "commonNeedWordDiscount must be finite and not negative but was %s",
        commonNeedWordDiscount);
  }

  /** This configuration with other BM25 parameters. */
  public RankingConfig withBm25(float newK1, float newB) {
    return new RankingConfig(
        newK1,
        newB,
        fieldWeights,
        conceptWeight,
        crossLingual,
        commonNeedWordDiscount,
        contentWordsOnly);
  }

  RankingConfig withFieldWeights(Map<String, Float> weights) {
    return new RankingConfig(
        k1,
        b,
        ImmutableMap.copyOf(weights),
        conceptWeight,
        crossLingual,
        commonNeedWordDiscount,
        contentWordsOnly);
  }

  RankingConfig withConceptWeight(float newConceptWeight) {
    return new RankingConfig(
        k1,
        b,
        fieldWeights,
        newConceptWeight,
        crossLingual,
        commonNeedWordDiscount,
        contentWordsOnly);
  }

  RankingConfig withCommonNeedWordDiscount(float discount) {
    return new RankingConfig(
        k1, b, fieldWeights, conceptWeight, crossLingual, discount, contentWordsOnly);
  }
}
