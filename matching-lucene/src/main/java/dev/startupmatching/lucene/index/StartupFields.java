package dev.startupmatching.lucene.index;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.match.Constraints;
import dev.startupmatching.model.Startup;
import dev.startupmatching.place.Location;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** The index schema: how a {@link Startup} becomes a Lucene document and back. */
public final class StartupFields {
  /** The startup's id, indexed as one term, sortable. */
  public static final String ID = "id";

  /** The startup's name, analysed as English text. */
  public static final String NAME = "name";

  /** The startup's one-liner, analysed as English text. */
  public static final String ONE_LINER = "oneLiner";

  /** Name, one-liner and description in one field, so that BM25 sees the profile as one text. */
  public static final String CONTENTS = "contents";

  /** Prefix of the text fields of profiles in other languages: {@code text_de}, ... */
  private static final String TEXT_PREFIX = "text_";

  /** Ids of the areas a startup declares or its profile mentions; indexed and as doc values. */
  public static final String CONCEPTS = "concepts";

  /** Ids of the ancestors of those areas, for partial credit up the tree. */
  public static final String CONCEPT_ANCESTORS = "conceptAncestors";

  /** The language the profile was analysed in; indexed and as doc values. */
  public static final String LANGUAGE = "language";

  /** The unit vector of the profile's text, when the index has an embedding model. */
  public static final String VECTOR = "vector";

  /** The startup's funding stage, one term. */
  public static final String STAGE = "stage";

  /** The startup's technology readiness level, a point. */
  public static final String READINESS = "readinessLevel";

  /** The codes of the places a startup is in, containing places included (see {@link Location}). */
  public static final String PLACES = "places";

  /** The texts of a startup's location in {@link Constraints#regionKey} form. */
  public static final String LOCATION = "location";

  /** Whether the startup's location is known: "true" or "false". */
  public static final String LOCATION_KNOWN = "locationKnown";

  static final String SOURCE = "source";

  /** Indexed for a startup without a stage, so that stage filters can let it through. */
  public static final String UNKNOWN_STAGE = "unknown";

  /** Each tag, as {@link Constraints#tagKey} normalises it: for filters and facets. */
  public static final String TAGS = "tags";

  /** The country as the profile states it, for facets. */
  public static final String COUNTRY = "country";

  /** The founding year, for range filters; absent when unknown. */
  public static final String FOUNDED = "foundedYear";

  /** The funding in US dollars, for range filters; absent when unknown. */
  public static final String FUNDING = "fundingUsd";

  /** Indexed for a startup without a readiness level; below every real level. */
  public static final int UNKNOWN_READINESS = 0;

  /**
   * {@link #CONTENTS} as a text field with term vectors of word counts, from which feedback and the
   * neighbourhood read a candidate's words without analysing its text again.
   */
  private static final FieldType CONTENTS_TYPE = contentsType();

  private static FieldType contentsType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setStoreTermVectors(true);
    type.freeze();
    return type;
  }

  /** The text fields a need's words are searched in, with the startup text each one holds. */
  static final ImmutableList<TextFieldSource> TEXT_FIELDS =
      ImmutableList.of(
          new TextFieldSource(NAME, Startup::name),
          new TextFieldSource(ONE_LINER, Startup::oneLiner),
          new TextFieldSource(CONTENTS, StartupFields::contents));

  private StartupFields() {}

  record TextFieldSource(String field, Function<Startup, String> text) {}

  /** The text field of profiles in a language other than English, such as {@code text_de}. */
  public static String textField(String language) {
    return TEXT_PREFIX + language;
  }

  /** The profile as one text: name, a newline, then the one-liner and the description. */
  public static String contents(Startup startup) {
    return startup.name() + "\n" + startup.oneLiner() + " " + startup.description();
  }

  /**
   * The text a startup is embedded by: name, one-liner and description as sentences. Embedding
   * models read a limited number of word pieces, so what the startup is comes first.
   */
  public static String embeddingText(Startup startup) {
    StringBuilder text = new StringBuilder(startup.name());
    if (!startup.oneLiner().isEmpty()) {
      text.append(". ").append(startup.oneLiner());
    }
    if (!startup.description().isEmpty()) {
      text.append(". ").append(startup.description());
    }
    return text.toString();
  }

  /**
   * Returns the document of a startup.
   *
   * @param language the language of the profile's text
   * @param concepts ids of the areas the startup declares or mentions
   * @param ancestors ids of the ancestors of those areas
   * @param vector the unit vector of {@link #embeddingText}, or null without an embedding model
   */
  public static Document toDocument(
      Startup startup,
      byte[] source,
      String language,
      Set<String> concepts,
      Set<String> ancestors,
      float[] vector) {
    Document doc = new Document();
    doc.add(new StringField(ID, startup.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(startup.id())));
    for (TextFieldSource textField : TEXT_FIELDS) {
      String text = textField.text().apply(startup);
      doc.add(
          textField.field().equals(CONTENTS)
              ? new Field(CONTENTS, text, CONTENTS_TYPE)
              : new TextField(textField.field(), text, Field.Store.NO));
    }
    if (!language.equals("en")) {
      doc.add(new TextField(textField(language), contents(startup), Field.Store.NO));
    }
    doc.add(new StringField(LANGUAGE, language, Field.Store.NO));
    doc.add(new SortedDocValuesField(LANGUAGE, new BytesRef(language)));
    for (String id : concepts) {
      doc.add(new StringField(CONCEPTS, id, Field.Store.NO));
      // Re-ranking reads a candidate's areas without decoding its source.
      doc.add(new SortedSetDocValuesField(CONCEPTS, new BytesRef(id)));
    }
    ancestors.forEach(id -> doc.add(new StringField(CONCEPT_ANCESTORS, id, Field.Store.NO)));
    String stage = startup.stage().map(s -> s.id()).orElse(UNKNOWN_STAGE);
    doc.add(new StringField(STAGE, stage, Field.Store.NO));
    doc.add(new SortedSetDocValuesField(STAGE, new BytesRef(stage)));
    for (String tag : new TreeSet<>(startup.tags().stream().map(Constraints::tagKey).toList())) {
      if (!tag.isEmpty()) {
        doc.add(new StringField(TAGS, tag, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(TAGS, new BytesRef(tag)));
      }
    }
    startup
        .country()
        .ifPresent(country -> doc.add(new SortedSetDocValuesField(COUNTRY, new BytesRef(country))));
    startup.foundedYear().ifPresent(year -> doc.add(new IntField(FOUNDED, year, Field.Store.NO)));
    startup.fundingUsd().ifPresent(usd -> doc.add(new LongField(FUNDING, usd, Field.Store.NO)));
    doc.add(new IntPoint(READINESS, startup.readinessLevel().orElse(UNKNOWN_READINESS)));
    boolean locationKnown = Constraints.hasLocation(startup);
    doc.add(new StringField(LOCATION_KNOWN, Boolean.toString(locationKnown), Field.Store.NO));
    Location location = Location.of(startup);
    location.places().forEach(p -> doc.add(new StringField(PLACES, p.code(), Field.Store.NO)));
    location
        .texts()
        .forEach(t -> doc.add(new StringField(LOCATION, Constraints.regionKey(t), Field.Store.NO)));
    if (vector != null) {
      doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    }
    doc.add(new StoredField(SOURCE, source));
    return doc;
  }
}
