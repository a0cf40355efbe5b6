package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.batch.BatchProgress;
import dev.startupmatching.model.Need;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void theLineShowsTheShareTheRateAndTheTimeLeft() {
    String line = ProgressBar.line(new BatchProgress(250, 1000, 2, Duration.ofSeconds(50)));

    assertThat(line)
        .isEqualTo(
            "[########----------------------]  25% 250/1000 needs, 5.0/s, 2:30 left, 2 failed");
  }

  @Test
  void beforeTheFirstNeedThereIsNoEstimate() {
    assertThat(ProgressBar.line(new BatchProgress(0, 10, 0, Duration.ZERO)))
        .endsWith("0/10 needs, 0.0/s, estimating time left");
  }

  @Test
  void clocksShowHoursOnlyFromAnHour() {
    assertThat(ProgressBar.clock(Duration.ofSeconds(59))).isEqualTo("0:59");
    assertThat(ProgressBar.clock(Duration.ofSeconds(3 * 3600 + 61))).isEqualTo("3:01:01");
  }

  @Test
  void inALogTheFirstProgressAndEveryFailureGetALineOfTheirOwn() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err, true), false);

    bar.progressed(new BatchProgress(1, 3, 0, Duration.ofSeconds(1)));
    bar.progressed(new BatchProgress(2, 3, 0, Duration.ofSeconds(1)));
    bar.failed(Need.builder("n3", "x").build(), new IllegalArgumentException("too long"));

    assertThat(err.toString().lines())
        .containsExactly(
            "[##########--------------------]  33% 1/3 needs, 1.0/s, 0:02 left",
            "need n3 failed: too long");
  }
}
