package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  @Test
  void detectsTheFourSupportedLanguages() {
    assertThat(LanguageDetector.detect("We are looking for lidar perception for our test fleet."))
        .isEqualTo("en");
    assertThat(LanguageDetector.detect("Wir suchen Startups für die Objekterkennung mit Lidar."))
        .isEqualTo("de");
    assertThat(LanguageDetector.detect("我们正在寻找激光雷达感知方案，用于 L3 测试车队。")).isEqualTo("zh");
    assertThat(
            LanguageDetector.detect("Cerchiamo startup per la percezione con lidar nella flotta."))
        .isEqualTo("it");
  }

  @Test
  void latinProductNamesDoNotHideChinese() {
    assertThat(LanguageDetector.detect("基于 LiDAR 和 Camera 的 BEV 感知算法")).isEqualTo("zh");
  }

  @Test
  void aTextWithoutCluesIsEnglish() {
    assertThat(LanguageDetector.detect("Lidar")).isEqualTo("en");
    assertThat(LanguageDetector.detect("")).isEqualTo("en");
  }

  @Test
  void aStatedSupportedLanguageWinsOverDetection() {
    assertThat(LanguageDetector.resolve("de-AT", "the and of")).isEqualTo("de");
    assertThat(LanguageDetector.resolve("fr", "Wir suchen die Besten")).isEqualTo("de");
    assertThat(LanguageDetector.resolve(null, "电池管理")).isEqualTo("zh");
  }
}
