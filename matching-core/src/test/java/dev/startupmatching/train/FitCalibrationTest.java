package dev.startupmatching.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.startupmatching.rank.FitModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FitCalibrationTest {
  /**
   * Needs whose candidates fit with a probability that rises with coverage as {@code coverage²}: a
   * curve no logistic function follows, which the isotonic step must.
   */
  private static List<RankedList> lists(long seed, int needs) {
    Random random = new Random(seed);
    List<RankedList> lists = new ArrayList<>();
    for (int n = 0; n < needs; n++) {
      ImmutableList.Builder<RankedList.Row> rows = ImmutableList.builder();
      ImmutableMap.Builder<String, Integer> grades = ImmutableMap.builder();
      for (int c = 0; c < 40; c++) {
        double coverage = random.nextDouble();
        int label = random.nextDouble() < coverage * coverage ? 1 : 0;
        rows.add(new RankedList.Row("s" + c, label, ImmutableMap.of("coverage", coverage)));
        grades.put("s" + c, label);
      }
      lists.add(new RankedList("n" + n, grades.build(), rows.build()));
    }
    return lists;
  }

  @Test
  void heldOutFitsOfCalibratedEvidenceAreCalibrated() {
    FitCalibration calibration = FitCalibration.over(List.of("coverage"), 1);

    List<FitCalibration.Prediction> predictions = calibration.crossValidate(lists(1, 60));

    assertThat(predictions).hasSize(60 * 40);
    assertThat(FitCalibration.expectedCalibrationError(predictions)).isLessThan(0.05);
    for (FitCalibration.Bin bin : FitCalibration.reliability(predictions)) {
      if (bin.count() >= 100) {
        assertThat(Math.abs(bin.meanFit() - bin.observedRate())).isLessThan(0.1);
      }
    }
  }

  @Test
  void theFittedCurveRisesAndFollowsTheJudgments() {
    FitModel model = FitCalibration.over(List.of("coverage"), 1).fit("fitted", lists(2, 80));

    double previous = -1;
    for (double[] point : model.curve()) {
      assertThat(point[1]).isGreaterThanOrEqualTo(previous);
      previous = point[1];
    }
    assertThat(model.weights().get("coverage")).isPositive();
    assertThat(model.curve().get(0)[1]).isLessThan(0.1);
    assertThat(model.curve().get(model.curve().size() - 1)[1]).isGreaterThan(0.7);
  }

  @Test
  void aNeedIsNeverCalibratedOnItsOwnJudgments() {
    // Need "odd" fits at every coverage and every other need never does: held out, it can only be
    // predicted from needs that never fit.
    List<RankedList> lists = new ArrayList<>(lists(3, 10));
    lists.replaceAll(
        l ->
            new RankedList(
                l.needId(),
                l.grades(),
                l.rows().stream()
                    .map(r -> new RankedList.Row(r.startupId(), 0, r.features()))
                    .collect(ImmutableList.toImmutableList())));
    lists.add(
        new RankedList(
            "odd",
            ImmutableMap.of("a", 1, "b", 1),
            ImmutableList.of(
                new RankedList.Row("a", 1, ImmutableMap.of("coverage", 0.5)),
                new RankedList.Row("b", 1, ImmutableMap.of("coverage", 0.9)))));

    List<FitCalibration.Prediction> predictions =
        FitCalibration.over(List.of("coverage"), 1).crossValidate(lists);

    assertThat(predictions.stream().filter(p -> p.needId().equals("odd")))
        .allSatisfy(p -> assertThat(p.fit()).isZero());
  }

  @Test
  void aMissingSignalOrOneSidedJudgmentsAreRefused() {
    assertThatThrownBy(() -> FitCalibration.over(List.of("semantic"), 1).crossValidate(lists(4, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no value of signal 'semantic'");
    assertThatThrownBy(() -> FitCalibration.over(List.of("coverage"), 2).fit("x", lists(4, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("judged a fit and others judged not");
  }
}
