package dev.startupmatching.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.lucene.analysis.DetectedLanguage.Basis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private static final Set<String> ANALYSED = Set.of("en", "de", "zh", "it");

  private record Sample(String language, String text) {}

  /** The short texts of {@code language/short-texts.tsv}: titles, one-liners, short needs. */
  private static List<Sample> shortTexts() throws IOException {
    List<Sample> samples = new ArrayList<>();
    try (InputStream in =
        LanguageDetectorTest.class.getResourceAsStream("language/short-texts.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] fields = line.split("\t", 2);
          samples.add(new Sample(fields[0], fields[1]));
        }
      }
    }
    return samples;
  }

  @Test
  void tellsShortTextsOfTheFourAnalysedLanguagesAtLeast98PercentRight() throws IOException {
    List<Sample> samples =
        shortTexts().stream().filter(s -> ANALYSED.contains(s.language())).toList();
    List<String> wrong = new ArrayList<>();
    for (Sample sample : samples) {
      DetectedLanguage detected = LanguageDetector.detect(sample.text());
      if (!detected.language().equals(sample.language())) {
        wrong.add(sample.language() + " taken for " + detected.language() + ": " + sample.text());
      }
    }
    System.out.println("short texts: " + summary());
    assertThat(samples).hasSizeGreaterThanOrEqualTo(200);
    assertThat(1 - wrong.size() / (double) samples.size())
        .as("share right; wrong: %s", wrong)
        .isGreaterThanOrEqualTo(0.98);
  }

  /** Right of all by language, the four analysed ones first, as the documentation quotes it. */
  private static String summary() throws IOException {
    Map<String, int[]> rightOfAll = new TreeMap<>();
    for (Sample sample : shortTexts()) {
      int[] counts = rightOfAll.computeIfAbsent(sample.language(), l -> new int[2]);
      counts[0] +=
          LanguageDetector.detect(sample.text()).language().equals(sample.language()) ? 1 : 0;
      counts[1]++;
    }
    StringBuilder four = new StringBuilder();
    StringBuilder others = new StringBuilder();
    int right = 0;
    int all = 0;
    for (Map.Entry<String, int[]> entry : rightOfAll.entrySet()) {
      boolean analysed = ANALYSED.contains(entry.getKey());
      StringBuilder line = analysed ? four : others;
      line.append(line.isEmpty() ? "" : ", ")
          .append(entry.getKey())
          .append(' ')
          .append(entry.getValue()[0])
          .append('/')
          .append(entry.getValue()[1]);
      if (analysed) {
        right += entry.getValue()[0];
        all += entry.getValue()[1];
      }
    }
    return String.format(
        Locale.ROOT, "%s (%.1f%% on the four); %s", four, 100.0 * right / all, others);
  }

  @Test
  void tellsOtherLanguagesAsThemselvesAndAnalysesThemAsWellAsItCan() throws IOException {
    Map<String, int[]> rightOfAll = new TreeMap<>();
    for (Sample sample : shortTexts()) {
      if (ANALYSED.contains(sample.language())) {
        continue;
      }
      DetectedLanguage detected = LanguageDetector.detect(sample.text());
      int[] counts = rightOfAll.computeIfAbsent(sample.language(), l -> new int[2]);
      counts[0] += detected.language().equals(sample.language()) ? 1 : 0;
      counts[1]++;
      assertThat(detected.analysedAs())
          .as(sample.text())
          .isEqualTo(sample.language().equals("ja") ? "zh" : "en");
    }
    assertThat(rightOfAll).containsOnlyKeys("fr", "es", "pt", "nl", "ja", "ko");
    rightOfAll.forEach(
        (language, counts) ->
            assertThat(counts[0] / (double) counts[1]).as(language).isGreaterThanOrEqualTo(0.9));
  }

  @Test
  void latinProductNamesDoNotHideChinese() {
    assertThat(LanguageDetector.detect("基于 LiDAR 和 Camera 的 BEV 感知算法").language()).isEqualTo("zh");
  }

  @Test
  void aTextWithoutCluesIsTakenForEnglishAndSaysSo() {
    for (String text : List.of("", "  ", "!!! 123", "Lidar", "IoT", "BMW", "ADAS", "V2X", "SaaS")) {
      DetectedLanguage detected = LanguageDetector.detect(text);
      assertThat(detected.basis()).as(text).isEqualTo(Basis.NO_CLUE);
      assertThat(detected.analysedAs()).as(text).isEqualTo("en");
    }
    assertThat(LanguageDetector.detect("Lidar").describe()).contains("taken for English");
  }

  @Test
  void englishWithoutFunctionWordsIsNotTakenForItalian() {
    for (String text :
        List.of(
            "Teaching hospitals do not provide better care than non-teaching hospitals.",
            "TNFAIP3 is a tumor suppressor in glioblastoma.",
            "Non-invasive glucose monitoring")) {
      assertThat(LanguageDetector.detect(text).analysedAs()).as(text).isEqualTo("en");
    }
  }

  @Test
  void aStatedLanguageWinsOverDetection() {
    DetectedLanguage austrian = LanguageDetector.resolve("de-AT", "the and of");
    assertThat(austrian.language()).isEqualTo("de");
    assertThat(austrian.basis()).isEqualTo(Basis.STATED);
    DetectedLanguage french = LanguageDetector.resolve("fr", "Wir suchen die Besten");
    assertThat(french.language()).isEqualTo("fr");
    assertThat(french.analysedAs()).isEqualTo("en");
    assertThat(french.describe()).isEqualTo("French, analysed as English");
    assertThat(LanguageDetector.resolve(null, "电池管理").language()).isEqualTo("zh");
    assertThat(
            LanguageDetector.resolve(" ", "Wir suchen Startups für Ladeinfrastruktur").language())
        .isEqualTo("de");
  }

  @Test
  void readsOnlyTheBeginningOfALongText() {
    String german = "Wir suchen Startups für die Ladeinfrastruktur unserer Flotten. ".repeat(20);
    String text = german + "This part is English and comes too late to count. ".repeat(200);
    assertThat(LanguageDetector.detect(text).language()).isEqualTo("de");
  }
}
