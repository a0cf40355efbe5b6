package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
  @TempDir Path dir;

  private long filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.count();
    }
  }

  @Test
  void anOutputNotCommittedLeavesTheOldFileAndNoTrace() throws IOException {
    Path target = dir.resolve("results.jsonl");
    Files.writeString(target, "old results\n");

    try (OutputFile file = OutputFile.create(target)) {
      file.writer().write("half of the new results");
      // The run fails here, before commit.
    }

    assertThat(Files.readString(target)).isEqualTo("old results\n");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void aCommittedOutputReplacesTheFileWithTheUsualPermissions() throws IOException {
    Path target = dir.resolve("results.jsonl");
    Files.writeString(target, "old results\n");
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");

    try (OutputFile file = OutputFile.create(target)) {
      file.writer().write("new results\n");
      assertThat(Files.readString(target)).as("before the commit").isEqualTo("old results\n");
      file.commit();
    }

    assertThat(Files.readString(target)).isEqualTo("new results\n");
    assertThat(filesIn(dir)).isEqualTo(2);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
  }
}
