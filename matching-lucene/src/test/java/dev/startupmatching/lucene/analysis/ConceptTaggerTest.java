package dev.startupmatching.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.model.TechnologyArea;
import dev.startupmatching.taxonomy.ConceptMention;
import dev.startupmatching.taxonomy.Taxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;

public class ConceptTaggerTest {
  public static final Taxonomy TAXONOMY =
      Taxonomy.of(
          "test-1",
          List.of("en", "de", "zh", "it"),
          List.of(
              area("e", null, "Electrification", "Elektrifizierung", "电气化", "Elettrificazione"),
              area("e.battery", "e", "Battery", "Batterie", "电池", "Batteria", "accumulator"),
              area(
                  "e.battery.bms",
                  "e.battery",
                  "Battery management system",
                  "Batteriemanagementsystem",
                  "电池管理系统",
                  "Sistema di gestione della batteria",
                  "BMS"),
              area(
                  "ad",
                  null,
                  "Automated driving",
                  "Automatisiertes Fahren",
                  "自动驾驶",
                  "Guida automatizzata",
                  "self-driving"),
              area("ad.lidar", "ad", "Lidar", "Lidar", "激光雷达", "Lidar", "laser scanner"),
              area(
                  "iot",
                  null,
                  "Internet of Things",
                  "Internet der Dinge",
                  "物联网",
                  "Internet delle cose",
                  "IoT")));

  static TechnologyArea area(
      String id, String parent, String en, String de, String zh, String it, String... enSynonyms) {
    return TechnologyArea.builder()
        .id(id)
        .parent(parent)
        .label("en", en)
        .label("de", de)
        .label("zh", zh)
        .label("it", it)
        .synonyms("en", List.of(enSynonyms))
        .build();
  }

  private final AreaTagger tagger = AreaTagger.of(TAXONOMY);

  @Test
  void findsStemmedMultiWordNamesWithOffsets() {
    String text = "Our battery management systems and laser scanners for self-driving cars.";

    List<ConceptMention> mentions = tagger.tag(text);

    assertThat(mentions)
        .extracting(ConceptMention::areaId)
        .containsExactly("e.battery.bms", "ad.lidar", "ad");
    ConceptMention first = mentions.get(0);
    assertThat(text.substring(first.start(), first.end())).isEqualTo("battery management systems");
    assertThat(first.text()).isEqualTo("battery management systems");
    assertThat(first.language()).isEqualTo("en");
  }

  @Test
  void theLongestNameWinsWhereNamesOverlap() {
    assertThat(tagger.tag("A battery management system."))
        .extracting(ConceptMention::areaId)
        .containsExactly("e.battery.bms");
    assertThat(tagger.tag("A battery."))
        .extracting(ConceptMention::areaId)
        .containsExactly("e.battery");
  }

  @Test
  void findsGermanChineseAndItalianNamesAndEnglishOnesInThem() {
    assertThat(tagger.tag("Wir entwickeln Batterien und Lidar für das Internet der Dinge."))
        .extracting(ConceptMention::areaId, ConceptMention::language)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("e.battery", "de"),
            org.assertj.core.groups.Tuple.tuple("ad.lidar", "de"),
            org.assertj.core.groups.Tuple.tuple("iot", "de"));
    List<ConceptMention> chinese = tagger.tag("我们的电池管理系统和 BMS 芯片用于激光雷达");
    assertThat(chinese)
        .extracting(ConceptMention::areaId)
        .containsExactly("e.battery.bms", "e.battery.bms", "ad.lidar");
    assertThat(chinese.get(0).text()).isEqualTo("电池管理系统");
    assertThat(chinese.get(1).language()).isEqualTo("en");
    assertThat(tagger.tag("Sviluppiamo un sistema di gestione della batteria e IoT.", "it"))
        .extracting(ConceptMention::areaId)
        .containsExactly("e.battery.bms", "iot");
  }

  @Test
  void textWithoutNamesHasNoMentions() {
    assertThat(tagger.tag("Healthy lunches delivered to offices.")).isEmpty();
    assertThat(tagger.tag("")).isEmpty();
  }
}
