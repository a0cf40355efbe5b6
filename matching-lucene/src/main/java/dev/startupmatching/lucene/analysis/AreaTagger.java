package dev.startupmatching.lucene.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.model.TechnologyArea;
import dev.startupmatching.taxonomy.ConceptMention;
import dev.startupmatching.taxonomy.Lexicon;
import dev.startupmatching.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the technology areas a text mentions, in English, German, simplified Chinese or Italian,
 * with character offsets for highlighting; the engine behind the public {@code ConceptTagger}.
 *
 * <p>Every label and synonym of every area is a phrase to find. The text is analysed in its
 * language (stated, or detected by {@link LanguageDetector}), so "Batterien" finds the German name
 * "Batterie"; every text is also searched for the English names, which profiles everywhere use
 * ("Lidar", "IoT"), and a text with Chinese characters for the Chinese names. Where names overlap
 * the longest wins: "battery management system" is one mention of that area, not also one of
 * "battery". Instances are immutable and thread-safe.
 */
public final class AreaTagger {
  private final Taxonomy taxonomy;
  private final PhraseDictionary<String> names;

  private AreaTagger(Taxonomy taxonomy, LanguageAnalysis analysis) {
    this.taxonomy = taxonomy;
    this.names = new PhraseDictionary<>(analysis);
    for (TechnologyArea area : taxonomy.areas()) {
      for (String language : LanguageDetector.SUPPORTED) {
        for (String name : area.names(language)) {
          names.add(language, name, area.id());
        }
      }
    }
  }

  /** Returns a tagger for the areas of a taxonomy. */
  public static AreaTagger of(Taxonomy taxonomy) {
    checkArgument(taxonomy != null, "taxonomy must not be null");
    return new AreaTagger(taxonomy, new LanguageAnalysis(taxonomy, Lexicon.builtIn()));
  }

  /** A tagger of the taxonomy's areas that analyses texts as {@code analysis} does. */
  public static AreaTagger of(Taxonomy taxonomy, LanguageAnalysis analysis) {
    return new AreaTagger(taxonomy, analysis);
  }

  /** The taxonomy whose areas this tagger finds. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** Returns the areas the text mentions, in text order, detecting the text's language. */
  public ImmutableList<ConceptMention> tag(String text) {
    checkArgument(text != null, "text must not be null");
    return tag(text, LanguageDetector.detect(text).analysedAs());
  }

  /**
   * Returns the areas the text mentions, in text order.
   *
   * @param language the text's language code, or null to detect it; a language without its own
   *     analysis is analysed as {@link DetectedLanguage} says
   */
  public ImmutableList<ConceptMention> tag(String text, String language) {
    checkArgument(text != null, "text must not be null");
    String resolved = LanguageDetector.resolve(language, text).analysedAs();
    Set<String> languages = new LinkedHashSet<>(List.of(resolved, "en"));
    if (LanguageDetector.containsHan(text)) {
      languages.add("zh"); // a mixed text may name an area in Chinese characters
    }
    List<PhraseDictionary.Found<String>> found = new ArrayList<>();
    for (String searched : languages) {
      found.addAll(names.find(text, searched));
    }
    ImmutableList.Builder<ConceptMention> mentions = ImmutableList.builder();
    for (PhraseDictionary.Found<String> mention : PhraseDictionary.withoutOverlaps(found)) {
      for (String areaId : mention.values()) {
        mentions.add(
            new ConceptMention(
                areaId,
                mention.start(),
                mention.end(),
                text.substring(mention.start(), mention.end()),
                mention.language()));
      }
    }
    return mentions.build();
  }
}
