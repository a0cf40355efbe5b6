package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the tutorial of docs/extending.md, so that it cannot fall behind. */
class ExtendingGuideTest {
  @TempDir Path dir;

  @Test
  void theTutorialsSignalShowsInExplanationsFeatureLogsAndTraining() throws Exception {
    List<String> lines =
        DocumentedJava.run(Path.of("..", "docs", "extending.md"), "ShanghaiOffice", dir);

    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .startsWith("explained: shanghai-office: value ")
        .contains("× weight 0.0500");
    assertThat(lines.get(1))
        .startsWith("logged: [text, neighbourhood")
        .endsWith("shanghai-office]");
    assertThat(lines.get(2)).matches("trained: shanghai-office weighs \\d\\.\\d{4}, nDCG@10 .*");
  }
}
