package dev.startupmatching.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * On random problems: the planner's cohort is optimal where every cohort can be tried, never breaks
 * a constraint where they cannot, and is never worse than the greedy baseline.
 */
class CohortPropertyTest {
  @Test
  void onSmallProblemsTheCohortIsTheBestOfAll() {
    qt().withExamples(60)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              RandomInstances.Instance instance = RandomInstances.random(seed, 5, 3, 2, 0.5);
              OptionalLong best = RandomInstances.bruteForce(instance);
              if (best.isEmpty()) {
                assertThatThrownBy(() -> instance.planner().plan(instance.pairs()))
                    .as(instance.description())
                    .isInstanceOf(CohortInfeasibleException.class);
                return;
              }
              Cohort cohort = instance.planner().plan(instance.pairs());
              assertThat(cohort.optimal()).isTrue();
              assertThat(
                      RandomInstances.violations(instance.planner(), RandomInstances.pairs(cohort)))
                  .as(instance.description())
                  .isEmpty();
              assertThat(Math.round(cohort.objective() * CohortPlanner.FIT_SCALE))
                  .as(instance.description())
                  .isEqualTo(best.getAsLong());
            });
  }

  @Test
  void onLargerProblemsNoConstraintIsBrokenAndGreedyIsNeverBetter() {
    qt().withExamples(20)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              RandomInstances.Instance instance = RandomInstances.random(seed, 40, 12, 4, 0.3);
              Cohort cohort;
              try {
                cohort = instance.planner().plan(instance.pairs());
              } catch (CohortInfeasibleException e) {
                assertThat(e.conflicting()).isNotEmpty();
                return;
              }
              assertThat(
                      RandomInstances.violations(instance.planner(), RandomInstances.pairs(cohort)))
                  .as(instance.description())
                  .isEmpty();
              Cohort greedy = instance.planner().planGreedily(instance.pairs());
              if (RandomInstances.violations(instance.planner(), RandomInstances.pairs(greedy))
                  .isEmpty()) {
                assertThat(cohort.totalFit())
                    .as(instance.description())
                    .isGreaterThanOrEqualTo(greedy.totalFit() - 1e-6);
              }
            });
  }
}
