package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the Java example of the README, so that the README cannot fall behind. */
class ReadmeExampleTest {
  @TempDir Path dir;

  @Test
  void theReadmeExampleCompilesRunsAndPrintsWhatTheReadmeSays() throws Exception {
    List<String> lines = DocumentedJava.run(Path.of("..", "README.md"), "QuickStart", dir);

    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("1. Photon Scan ").contains("matched [lidar");
  }
}
