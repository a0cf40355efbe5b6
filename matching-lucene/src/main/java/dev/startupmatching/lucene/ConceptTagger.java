package dev.startupmatching.lucene;

import static com.google.common.base.Preconditions.checkArgument;

import dev.startupmatching.lucene.analysis.AreaTagger;
import dev.startupmatching.taxonomy.ConceptMention;
import dev.startupmatching.taxonomy.Taxonomy;
import java.util.List;

/**
 * Finds the technology areas a text mentions, in English, German, simplified Chinese or Italian,
 * with character offsets for highlighting: the tagging that indexing and matching use, on its own.
 *
 * <p>Every label and synonym of every area is a phrase to find. The text is analysed in its
 * language (stated, or detected), so "Batterien" finds the German name "Batterie"; every text is
 * also searched for the English names, which profiles everywhere use ("Lidar", "IoT"), and a text
 * with Chinese characters for the Chinese names. Where names overlap the longest wins: "battery
 * management system" is one mention of that area, not also one of "battery".
 *
 * <pre>{@code
 * ConceptTagger tagger = ConceptTagger.of(Taxonomy.builtIn());
 * for (ConceptMention mention : tagger.tag("Lidar-Sensoren für Batterien", "de")) {
 *   System.out.println(mention.areaId() + " at " + mention.start());
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; building one reads every name of the taxonomy, so
 * keep and share it.
 */
public final class ConceptTagger {
  private final AreaTagger tagger;

  private ConceptTagger(AreaTagger tagger) {
    this.tagger = tagger;
  }

  /** Returns a tagger for the areas of a taxonomy. */
  public static ConceptTagger of(Taxonomy taxonomy) {
    checkArgument(taxonomy != null, "taxonomy must not be null");
    return new ConceptTagger(AreaTagger.of(taxonomy));
  }

  /** The taxonomy whose areas this tagger finds. */
  public Taxonomy taxonomy() {
    return tagger.taxonomy();
  }

  /** Returns the areas the text mentions, in text order, detecting the text's language. */
  public List<ConceptMention> tag(String text) {
    return tagger.tag(text);
  }

  /**
   * Returns the areas the text mentions, in text order.
   *
   * @param language the text's language code, or null to detect it; a language other than English,
   *     German, Chinese or Italian is analysed as English
   */
  public List<ConceptMention> tag(String text, String language) {
    return tagger.tag(text, language);
  }
}
