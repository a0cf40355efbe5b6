package dev.startupmatching.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeEnsembleModelTest {
  /** As RankLib saves a LambdaMART model: comment lines, then the ensemble. */
  private static final String MODEL =
      """
      ## LambdaMART
      ## No. of trees = 2
      <ensemble>
      \t<tree id="1" weight="0.5">
      \t\t<split>
      \t\t\t<feature> 1 </feature>
      \t\t\t<threshold> 0.5 </threshold>
      \t\t\t<split pos="left">
      \t\t\t\t<output> -1.0 </output>
      \t\t\t</split>
      \t\t\t<split pos="right">
      \t\t\t\t<feature> 2 </feature>
      \t\t\t\t<threshold> 0.2 </threshold>
      \t\t\t\t<split pos="left"><output> 1.0 </output></split>
      \t\t\t\t<split pos="right"><output> 2.0 </output></split>
      \t\t\t</split>
      \t\t</split>
      \t</tree>
      \t<tree id="2" weight="0.1">
      \t\t<split>
      \t\t\t<feature> 2 </feature>
      \t\t\t<threshold> 0.2 </threshold>
      \t\t\t<split pos="left"><output> 3.0 </output></split>
      \t\t\t<split pos="right"><output> -3.0 </output></split>
      \t\t</split>
      \t</tree>
      </ensemble>
      """;

  private static final List<String> NAMES = List.of("text", "neighbourhood");

  @TempDir Path dir;

  private static FeatureVector features(double text, double neighbourhood) {
    return FeatureVector.of(
        ImmutableList.of("text", "neighbourhood"),
        ImmutableList.of(SignalValue.of(text, "t"), SignalValue.of(neighbourhood, "n")));
  }

  private TreeEnsembleModel read(String content) throws Exception {
    Path file = dir.resolve("model.txt");
    Files.writeString(file, content);
    return TreeEnsembleModel.readRankLib(file, NAMES);
  }

  @Test
  void scoringModelReadTellsARankLibModelFromALinearOneByItsFirstCharacter() throws Exception {
    Path rankLib = dir.resolve("ranklib.txt");
    Files.writeString(rankLib, MODEL);
    Path linear = dir.resolve("linear.json");
    Files.writeString(
        linear, "\uFEFF {\"name\": \"mine\", \"weights\": {\"text\": 0.7, \"region\": 0.3}}");

    assertThat(ScoringModel.read(rankLib, NAMES)).isInstanceOf(TreeEnsembleModel.class);
    ScoringModel read = ScoringModel.read(linear, NAMES);
    assertThat(read).isInstanceOf(LinearScoringModel.class);
    assertThat(read.signalNames()).containsExactly("text", "region");
  }

  @Test
  void scoresAreTheWeightedSumOfTheTreesOutputsGoingLeftAtOrBelowTheThreshold() throws Exception {
    TreeEnsembleModel model = read(MODEL);

    assertThat(model.size()).isEqualTo(2);
    assertThat(model.signalNames()).containsExactly("text", "neighbourhood");
    assertThat(model.score(features(0.5, 0.1))).isCloseTo(0.5 * -1 + 0.1 * 3, within(1e-12));
    assertThat(model.score(features(0.9, 0.2))).isCloseTo(0.5 * 1 + 0.1 * 3, within(1e-12));
    assertThat(model.score(features(0.9, 0.9))).isCloseTo(0.5 * 2 + 0.1 * -3, within(1e-12));
  }

  @Test
  void contributionsGoToEachTreesFirstSignalAndAddUpToTheScore() throws Exception {
    TreeEnsembleModel model = read(MODEL);
    FeatureVector features = features(0.9, 0.9);

    assertThat(model.contributions(features))
        .containsEntry("text", 1.0)
        .containsEntry("neighbourhood", -0.30000000000000004);
    assertThat(model.contributions(features).values().stream().mapToDouble(d -> d).sum())
        .isCloseTo(model.score(features), within(1e-12));
  }

  @Test
  void badFilesAreInputErrorsNamingTheFile() {
    assertThatThrownBy(() -> read("<ensemble><tree weight=\"1\"><split>"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("model.txt:1");
    assertThatThrownBy(
            () -> read(MODEL.replace("<feature> 2 </feature>", "<feature> 3 </feature>")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("feature 3 is not one of the 2 features");
    assertThatThrownBy(() -> read(MODEL.replace("0.5\">", "x\">")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("weight 'x' is not a finite number");
    assertThatThrownBy(
            () ->
                read(
                    "<!DOCTYPE ensemble [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<ensemble>&x;</ensemble>"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("DOCTYPE");
  }
}
