package dev.startupmatching.lucene.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.startupmatching.lucene.analysis.AreaTagger;
import dev.startupmatching.lucene.analysis.DetectedLanguage;
import dev.startupmatching.lucene.analysis.LanguageAnalysis;
import dev.startupmatching.lucene.analysis.LanguageDetector;
import dev.startupmatching.lucene.analysis.NeedBoilerplate;
import dev.startupmatching.lucene.analysis.NeedVocabulary;
import dev.startupmatching.lucene.analysis.PhraseDictionary;
import dev.startupmatching.lucene.index.StartupFields;
import dev.startupmatching.lucene.index.StatisticsSearcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.TechnologyArea;
import dev.startupmatching.taxonomy.ConceptMention;
import dev.startupmatching.taxonomy.Lexicon;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the query for a need with Lucene's query objects, never with a query parser: operators,
 * wildcards, quotes and brackets in a need are plain text.
 *
 * <p>The need is analysed in its language (stated, or detected), and its clauses are, in order of
 * priority:
 *
 * <ol>
 *   <li>each technology area the need states, or mentions when the profile is in another language,
 *       matched against the areas of profiles: fully for the same area, half for a narrower one, a
 *       quarter for a broader one;
 *   <li>each word of the need, searched in the profiles of its language and boosted by how often
 *       the need uses it, an English word discounted by how common it is in need statements ({@link
 *       NeedVocabulary}); in a non-English need, Latin-script words are also searched in English,
 *       since names of technologies often are English ("Lidar", "IoT");
 *   <li>each area by its names in every other profile language, as phrases, the best-matching name
 *       counting once;
 *   <li>each word the {@link Lexicon} knows, by its translations into the other profile languages,
 *       as phrases, the best-matching translation counting once.
 * </ol>
 *
 * <p>Profile languages without any profile are skipped. Clauses are added while the query stays
 * within Lucene's clause limit, the need's words the weightiest first (weight times inverse
 * document frequency), so a pasted document never fails. Instances are immutable and thread-safe.
 */
public final class NeedQueryBuilder {
  /** The most distinct words of one need searched in its own language. */
  public static final int MAX_QUERY_TERMS = 150;

  /** The most areas of one need used. */
  static final int MAX_CONCEPTS = 30;

  /** The share of the concept weight that an area the need only mentions scores. */
  private static final float MENTIONED_AREA_SHARE = 0.5f;

  /** Leaf queries kept free of the clause limit for the filters added after. */
  private static final int FILTER_RESERVE = 32;

  private static final Map<String, CharArraySet> STOP_WORDS =
      Map.of(
          "de", GermanAnalyzer.getDefaultStopSet(),
          "it", ItalianAnalyzer.getDefaultStopSet());

  /**
   * Snowball's English stop words, a fuller list than the one English analysis removes, so that
   * words such as "down" or "further" neither match nor show as matched words.
   */
  private static final CharArraySet ENGLISH_FUNCTION_WORDS = snowballStopWords("english_stop.txt");

  private final LanguageAnalysis analysis;
  private final AreaTagger tagger;
  private final Taxonomy taxonomy;
  private final Lexicon lexicon;
  private final PhraseDictionary<Integer> lexiconPhrases;
  private final RankingConfig config;
  private final NeedVocabulary needVocabulary;
  private final NeedBoilerplate boilerplate;

  /**
   * The need-statement weight of each English word of the lexicon, as {@link #commonNeedWordWeight}
   * uses it: computed once, since the lexicon and the discount are fixed.
   */
  private final ImmutableMap<String, Double> englishLexiconWeights;

  /** A builder for queries in the index's analysis, with the lexicon's translations. */
  public NeedQueryBuilder(
      LanguageAnalysis analysis, AreaTagger tagger, Lexicon lexicon, RankingConfig config) {
    this.analysis = analysis;
    this.tagger = tagger;
    this.taxonomy = tagger.taxonomy();
    this.lexicon = lexicon;
    this.config = config;
    this.needVocabulary = NeedVocabulary.builtIn(analysis);
    this.boilerplate = NeedBoilerplate.builtIn(analysis);
    this.lexiconPhrases = new PhraseDictionary<>(analysis);
    for (int i = 0; i < lexicon.entries().size(); i++) {
      for (Map.Entry<String, List<String>> words : lexicon.entries().get(i).entrySet()) {
        if (LanguageDetector.SUPPORTED.contains(words.getKey())) {
          for (String word : words.getValue()) {
            lexiconPhrases.add(words.getKey(), word, i);
          }
        }
      }
    }
    Map<String, Double> weights = new HashMap<>();
    for (Map<String, List<String>> entry : lexicon.entries()) {
      for (String word : entry.getOrDefault("en", List.of())) {
        weights.computeIfAbsent(word, this::needStatementWeight);
      }
    }
    this.englishLexiconWeights = ImmutableMap.copyOf(weights);
  }

  /** Counts leaf queries as Lucene's clause limit does. */
  private static final class LeafBudget {
    private int left;

    LeafBudget(int limit) {
      this.left = limit;
    }

    /** Spends the leaves of the query if they fit, and says whether they did. */
    boolean spend(Query query) {
      int[] leaves = {0};
      query.visit(
          new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
              leaves[0]++;
            }

            @Override
            public void visitLeaf(Query q) {
              leaves[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
              return this;
            }
          });
      if (leaves[0] > left) {
        return false;
      }
      left -= leaves[0];
      return true;
    }
  }

  /** Builds the need's query, its terms looked up in {@code terms}' reader. */
  public NeedQuery build(Need need, TermLookup terms) {
    String text = need.text();
    DetectedLanguage detected = LanguageDetector.resolve(need.language().orElse(null), text);
    String language = detected.analysedAs();
    List<String> profileLanguages =
        LanguageDetector.SUPPORTED.stream()
            .filter(l -> StatisticsSearcher.docCount(terms.searcher(), mainField(l)) > 0)
            .toList();
    LeafBudget budget = new LeafBudget(IndexSearcher.getMaxClauseCount() - FILTER_RESERVE);
    List<NeedQuery.Clause> clauses = new ArrayList<>();

    // Offsets are kept, so explanations and the tagger's mentions still point into the need.
    String searched = config.contentWordsOnly() ? boilerplate.blankOut(text, language) : text;
    ImmutableList<ConceptMention> mentions = tagger.tag(searched, language);
    List<Concept> concepts = concepts(need, mentions);
    addConceptClauses(concepts, language, terms, budget, clauses);
    if (profileLanguages.contains(language)) {
      addWords(searched, language, language, terms, budget, clauses);
    }
    if (config.crossLingual()) {
      if (!language.equals("en") && profileLanguages.contains("en")) {
        addWords(searched, language, "en", terms, budget, clauses);
      }
      addConceptNames(concepts, language, profileLanguages, terms, budget, clauses);
      addTranslations(searched, language, profileLanguages, terms, budget, clauses);
    }
    return new NeedQuery(
        detected,
        ImmutableList.copyOf(clauses),
        mentions.stream().map(ConceptMention::areaId).collect(ImmutableSet.toImmutableSet()));
  }

  /** An area of the need, what named it, and whether the need states it rather than mentions it. */
  private record Concept(TechnologyArea area, String trigger, boolean stated) {}

  /** The areas of the need: stated ones first, then mentioned ones. */
  private List<Concept> concepts(Need need, List<ConceptMention> mentions) {
    Map<String, Concept> concepts = new LinkedHashMap<>();
    for (String stated : need.requiredAreas()) {
      taxonomy.area(stated).ifPresent(a -> concepts.put(a.id(), new Concept(a, label(a), true)));
    }
    for (String stated : need.preferredAreas()) {
      taxonomy
          .area(stated)
          .ifPresent(a -> concepts.putIfAbsent(a.id(), new Concept(a, label(a), true)));
    }
    for (ConceptMention mention : mentions) {
      taxonomy
          .area(mention.areaId())
          .ifPresent(
              a ->
                  concepts.putIfAbsent(
                      a.id(), new Concept(a, mention.text().toLowerCase(Locale.ROOT), false)));
    }
    return concepts.values().stream().limit(MAX_CONCEPTS).toList();
  }

  private static String label(TechnologyArea area) {
    return area.label("en").toLowerCase(Locale.ROOT);
  }

  /**
   * Adds the overlap of the need's areas with the profile's: the same area scores the concept
   * weight, a narrower one half of it, the broader parent a quarter. A stated area always scores. A
   * mentioned area scores only for profiles in another language than the need: within one language
   * the need's words already found the profiles that use the same words, and scoring the area again
   * would count them twice. Across languages it scores half as much as a stated area, since the
   * lexicon carries most of the need's words across too; on the needs of other business areas
   * (docs/languages.md), full weight let the areas of generic words ("Fahrzeug", "concessionari")
   * crowd out the topic.
   */
  private void addConceptClauses(
      List<Concept> concepts,
      String language,
      TermLookup terms,
      LeafBudget budget,
      List<NeedQuery.Clause> clauses) {
    float conceptWeight = config.conceptWeight();
    if (conceptWeight <= 0) {
      return;
    }
    for (Concept concept : concepts) {
      TechnologyArea area = concept.area();
      String subject =
          "area '"
              + area.label("en")
              + "' ("
              + area.id()
              + "), which the need "
              + (concept.stated() ? "states" : "mentions as '" + concept.trigger() + "'");
      Query otherLanguage = concept.stated() ? null : terms.query(StartupFields.LANGUAGE, language);
      float weight = concept.stated() ? conceptWeight : conceptWeight * MENTIONED_AREA_SHARE;
      add(
          conceptClause(
              subject + ": the profile covers it",
              concept,
              areaQuery(terms.query(StartupFields.CONCEPTS, area.id()), otherLanguage),
              weight),
          budget,
          clauses);
      add(
          conceptClause(
              subject + ": the profile covers a narrower area",
              concept,
              areaQuery(terms.query(StartupFields.CONCEPT_ANCESTORS, area.id()), otherLanguage),
              weight / 2),
          budget,
          clauses);
      if (area.parent().isPresent()) {
        String parent = area.parent().get();
        add(
            conceptClause(
                subject
                    + ": the profile covers the broader '"
                    + taxonomy.area(parent).orElseThrow().label("en")
                    + "'",
                concept,
                areaQuery(terms.query(StartupFields.CONCEPTS, parent), otherLanguage),
                weight / 4),
            budget,
            clauses);
      }
    }
  }

  /** Matches profiles that the area query matches, except those in {@code excludedLanguage}. */
  private static Query areaQuery(Query area, Query excludedLanguage) {
    if (excludedLanguage == null) {
      return area;
    }
    return new BooleanQuery.Builder()
        .add(area, Occur.FILTER)
        .add(excludedLanguage, Occur.MUST_NOT)
        .build();
  }

  private static NeedQuery.Clause conceptClause(
      String description, Concept concept, Query match, float weight) {
    Query query = new BoostQuery(new ConstantScoreQuery(match), weight);
    return new NeedQuery.Clause(
        NeedQuery.Kind.CONCEPT, description, concept.trigger(), concept.area().id(), query);
  }

  /**
   * Adds the need's words, analysed for the profiles of {@code target}: its own language, or
   * English for the Latin-script words of another language.
   */
  private void addWords(
      String text,
      String language,
      String target,
      TermLookup lookup,
      LeafBudget budget,
      List<NeedQuery.Clause> clauses) {
    CharArraySet foreignStopWords =
        target.equals(language)
            ? CharArraySet.EMPTY_SET
            : STOP_WORDS.getOrDefault(language, CharArraySet.EMPTY_SET);
    List<AnalysedTerm> terms = new ArrayList<>();
    for (AnalysedTerm term : analyze(text, analysis.search(target))) {
      if (config.contentWordsOnly() && !isContentWord(term.word)) {
        continue;
      }
      if (target.equals(language)
          || (!LanguageDetector.containsHan(term.word) && !foreignStopWords.contains(term.word))) {
        terms.add(term);
      }
    }
    String field = mainField(target);
    if (terms.size() > MAX_QUERY_TERMS) {
      terms.sort(Comparator.comparingDouble(t -> -weight(t, target) * idf(lookup, field, t.text)));
      terms = terms.subList(0, MAX_QUERY_TERMS);
    }
    for (AnalysedTerm term : terms) {
      double weight = weight(term, target);
      Query query = boost(fieldsQuery(target, term.text, lookup), weight);
      String description =
          "'"
              + term.text
              + "' in the "
              + LanguageDetector.displayName(target)
              + " text, from the need's word '"
              + term.word
              + "'"
              + (term.count > 1 ? " (" + term.count + "×)" : "")
              + (weight < term.count
                  ? String.format(
                      Locale.ROOT,
                      ", weighted %.2f as a word common in need statements",
                      weight / term.count)
                  : "");
      add(
          new NeedQuery.Clause(NeedQuery.Kind.WORD, description, term.word, null, query),
          budget,
          clauses);
    }
  }

  /**
   * False for words that say nothing about a need's subject whatever the language: a single letter
   * or character ("b", "中", "的"), or an English function word ("down", "further"), which Lucene's
   * short English stop list lets through.
   */
  private static boolean isContentWord(String word) {
    return word.codePointCount(0, word.length()) > 1 && !ENGLISH_FUNCTION_WORDS.contains(word);
  }

  /**
   * The weight of a need's term searched in {@code target}: how often the need uses it, discounted
   * in English by how common it is in need statements. Other languages are not discounted, for lack
   * of enough statements in them.
   */
  private double weight(AnalysedTerm term, String target) {
    if (!target.equals("en")) {
      return term.count;
    }
    return term.count * needVocabulary.weight(term.text, config.commonNeedWordDiscount());
  }

  private void addConceptNames(
      List<Concept> concepts,
      String language,
      List<String> profileLanguages,
      TermLookup terms,
      LeafBudget budget,
      List<NeedQuery.Clause> clauses) {
    for (Concept concept : concepts) {
      TechnologyArea area = concept.area();
      for (String target : profileLanguages) {
        if (target.equals(language)) {
          continue; // the need's own words already search its language
        }
        Alternatives names = alternatives(target, area.names(target), 1f, terms);
        if (names != null) {
          String description =
              "area '"
                  + area.label("en")
                  + "' by its "
                  + LanguageDetector.displayName(target)
                  + " names, which the"
                  + " need "
                  + (concept.stated() ? "states" : "mentions as '" + concept.trigger() + "'");
          add(
              new NeedQuery.Clause(
                  NeedQuery.Kind.CONCEPT_NAME,
                  description,
                  concept.trigger(),
                  area.id(),
                  names.query(),
                  names.crossing(language, target, "a name of area '" + area.label("en") + "'")),
              budget,
              clauses);
        }
      }
    }
  }

  private void addTranslations(
      String text,
      String language,
      List<String> profileLanguages,
      TermLookup terms,
      LeafBudget budget,
      List<NeedQuery.Clause> clauses) {
    // One clause per meaning and target language, however often the need uses the word.
    Map<String, Translation> translations = new LinkedHashMap<>();
    for (PhraseDictionary.Found<Integer> found : lexiconPhrases.find(text, language)) {
      String word = text.substring(found.start(), found.end()).toLowerCase(Locale.ROOT);
      for (String target : profileLanguages) {
        if (target.equals(language)) {
          continue;
        }
        Set<String> words = new LinkedHashSet<>();
        for (int entry : found.values()) {
          words.addAll(lexicon.entries().get(entry).getOrDefault(target, List.of()));
        }
        if (!words.isEmpty()) {
          translations.computeIfAbsent(
                  target + "|" + found.values(),
                  k -> new Translation(target, word, List.copyOf(words)))
              .count++;
        }
      }
    }
    for (Translation translation : translations.values()) {
      Alternatives words =
          alternatives(
              translation.target,
              translation.words,
              (float) (translation.count * commonNeedWordWeight(translation)),
              terms);
      if (words != null) {
        String description =
            "the need's word '"
                + translation.needWord
                + "' translated into "
                + LanguageDetector.displayName(translation.target)
                + " as "
                + translation.words;
        add(
            new NeedQuery.Clause(
                NeedQuery.Kind.TRANSLATION,
                description,
                translation.needWord,
                null,
                words.query(),
                words.crossing(language, translation.target, "the lexicon")),
            budget,
            clauses);
      }
    }
  }

  /**
   * Discounts a translation into English as the English word would be in an English need: "Partner"
   * or "Startup" says as little in a German need as "partner" or "startup" in an English one. The
   * best-weighted translation counts, as the best-matching one scores.
   */
  private double commonNeedWordWeight(Translation translation) {
    if (!translation.target.equals("en")) {
      return 1;
    }
    double best = 0;
    for (String word : translation.words) {
      best = Math.max(best, englishLexiconWeights.get(word));
    }
    return best;
  }

  /** The mean need-statement weight of an English text's terms; 1 for a text without terms. */
  private double needStatementWeight(String englishText) {
    List<AnalysedTerm> terms = analyze(englishText, analysis.search("en"));
    double sum = 0;
    for (AnalysedTerm term : terms) {
      sum += needVocabulary.weight(term.text, config.commonNeedWordDiscount());
    }
    return terms.isEmpty() ? 1 : sum / terms.size();
  }

  /** Translations of one meaning of a need's word into one language. */
  private static final class Translation {
    final String target;
    final String needWord;
    final List<String> words;
    int count;

    Translation(String target, String needWord, List<String> words) {
      this.target = target;
      this.needWord = needWord;
      this.words = words;
    }
  }

  private static void add(
      NeedQuery.Clause clause, LeafBudget budget, List<NeedQuery.Clause> clauses) {
    if (budget.spend(clause.query())) {
      clauses.add(clause);
    }
  }

  /**
   * Returns a query that matches any of the texts as a phrase in the profiles of a language and
   * scores the best-matching one, or null when no text has a searchable word.
   */
  private Alternatives alternatives(
      String language, List<String> texts, float weight, TermLookup terms) {
    if (weight <= 0) {
      return null;
    }
    List<Query> phrases = new ArrayList<>();
    List<String> searched = new ArrayList<>();
    QueryBuilder builder = new QueryBuilder(analysis.search(language));
    for (String text : texts) {
      BooleanQuery.Builder fields = new BooleanQuery.Builder();
      int added = 0;
      for (Map.Entry<String, Float> field : fieldWeights(language).entrySet()) {
        Query phrase = builder.createPhraseQuery(field.getKey(), text);
        if (phrase instanceof TermQuery word) {
          phrase = terms.query(word.getTerm()); // a one-word text
        }
        if (phrase != null) {
          fields.add(boost(phrase, field.getValue()), Occur.SHOULD);
          added++;
        }
      }
      if (added > 0) {
        phrases.add(fields.build());
        searched.add(text);
      }
    }
    if (phrases.isEmpty()) {
      return null;
    }
    return new Alternatives(
        boost(new DisjunctionMaxQuery(phrases, 0f), weight),
        ImmutableList.copyOf(searched),
        ImmutableList.copyOf(phrases));
  }

  /** Texts searched as alternatives: the query scoring the best one, and each text's own query. */
  private record Alternatives(
      Query query, ImmutableList<String> texts, ImmutableList<Query> textQueries) {
    NeedQuery.Crossing crossing(String from, String to, String source) {
      return new NeedQuery.Crossing(from, to, source, texts, textQueries);
    }
  }

  private Map<String, Float> fieldWeights(String language) {
    return language.equals("en") ? config.fieldWeights() : Map.of(mainField(language), 1f);
  }

  private Query fieldsQuery(String language, String term, TermLookup terms) {
    Map<String, Float> fields = fieldWeights(language);
    if (fields.size() == 1) {
      Map.Entry<String, Float> field = fields.entrySet().iterator().next();
      return boost(terms.query(field.getKey(), term), field.getValue());
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Map.Entry<String, Float> field : fields.entrySet()) {
      query.add(boost(terms.query(field.getKey(), term), field.getValue()), Occur.SHOULD);
    }
    return query.build();
  }

  private static String mainField(String language) {
    return language.equals("en") ? StartupFields.CONTENTS : StartupFields.textField(language);
  }

  private static Query boost(Query query, double weight) {
    return weight == 1 ? query : new BoostQuery(query, (float) weight);
  }

  private static CharArraySet snowballStopWords(String file) {
    // Lucene's loader reads the file: on the module path, Lucene opens its resource packages to
    // its core module alone.
    try (InputStream in = new ClasspathResourceLoader(SnowballFilter.class).openResource(file)) {
      return WordlistLoader.getSnowballWordSet(in, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading Snowball's " + file + " failed", e);
    }
  }

  /**
   * How telling a term is, for choosing the words of a long need: 0 for a term no profile uses, as
   * it cannot match, so the need's words the profiles use are kept.
   */
  private static double idf(TermLookup terms, String field, String term) {
    int docFreq = terms.docFreq(new Term(field, term));
    if (docFreq == 0) {
      return 0;
    }
    int docs = StatisticsSearcher.documents(terms.searcher());
    return Math.log(1 + (docs + 1.0) / (docFreq + 1.0));
  }

  /** A distinct term of a text, the word it first came from (lower-cased), and its count. */
  private static final class AnalysedTerm {
    final String text;
    final String word;
    int count;

    AnalysedTerm(String text, String word) {
      this.text = text;
      this.word = word;
    }
  }

  /** Returns the distinct analysed terms of the text, in order of first appearance. */
  private static List<AnalysedTerm> analyze(String text, Analyzer analyzer) {
    Map<String, AnalysedTerm> terms = new LinkedHashMap<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.computeIfAbsent(
                term.toString(),
                t ->
                    new AnalysedTerm(
                        t,
                        text.substring(offset.startOffset(), offset.endOffset())
                            .toLowerCase(Locale.ROOT)))
            .count++;
      }
      stream.end();
    } catch (IOException e) {
      // Analysing a String performs no I/O; this would be a bug in an analyzer.
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(terms.values());
  }
}
