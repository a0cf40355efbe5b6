package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read-only index never writes, and a directory that is not an index is never made one: the
 * reproductions of a read command that deleted a damaged index and wrote into unrelated folders.
 */
class ReadOnlyIndexTest {
  @TempDir Path dir;

  private static Startup startup(String id, String description) {
    return Startup.builder(id, "Name " + id).description(description).build();
  }

  private Path committedIndex(String... ids) throws IOException {
    Path index = dir.resolve("index");
    try (StartupIndex writer = StartupIndex.open(index)) {
      for (String id : ids) {
        writer.upsert(startup(id, "battery recycling " + id));
        // One commit per startup, so that the index has several segments.
        writer.commit();
      }
    }
    return index;
  }

  /** Each file's name with its size and modification time: what a change would alter. */
  private static Map<String, String> files(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> listing = Files.list(directory)) {
      for (Path file : listing.toList()) {
        FileTime modified = Files.getLastModifiedTime(file);
        files.put(file.getFileName().toString(), Files.size(file) + " " + modified.toMillis());
      }
    }
    return files;
  }

  @Test
  void aMissingDirectoryIsReportedAndNotCreated() {
    Path mistyped = dir.resolve("indx");

    assertThatThrownBy(() -> StartupIndex.openReadOnly(mistyped))
        .isInstanceOfSatisfying(
            IndexException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(IndexException.Problem.MISSING);
              assertThat(e.directory()).isEqualTo(mistyped);
            })
        .hasMessage(mistyped + " does not exist");
    assertThat(mistyped).doesNotExist();
  }

  @Test
  void anEmptyDirectoryHoldsNoIndexAndStaysEmpty() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    assertThatThrownBy(() -> StartupIndex.openReadOnly(empty))
        .isInstanceOfSatisfying(
            IndexException.class,
            e -> assertThat(e.problem()).isEqualTo(IndexException.Problem.MISSING))
        .hasMessage(empty + " holds no index");
    assertThat(files(empty)).isEmpty();
  }

  @Test
  void anUnrelatedFolderIsNotAnIndexAndIsLeftAlone() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("documents"));
    Files.writeString(folder.resolve("notes.txt"), "not an index");
    Map<String, String> before = files(folder);

    assertThatThrownBy(() -> StartupIndex.openReadOnly(folder))
        .isInstanceOfSatisfying(
            IndexException.class,
            e -> assertThat(e.problem()).isEqualTo(IndexException.Problem.NOT_AN_INDEX));
    assertThatThrownBy(() -> StartupIndex.open(folder))
        .isInstanceOfSatisfying(
            IndexException.class,
            e -> assertThat(e.problem()).isEqualTo(IndexException.Problem.NOT_AN_INDEX));
    assertThat(files(folder)).isEqualTo(before);
  }

  @Test
  void anIndexThatLostItsCommitFileIsNeitherReadNorWrittenOver() throws IOException {
    Path index = committedIndex("a", "b", "c");
    try (Stream<Path> listing = Files.list(index)) {
      for (Path file : listing.toList()) {
        if (file.getFileName().toString().startsWith("segments_")) {
          Files.delete(file);
        }
      }
    }
    Map<String, String> before = files(index);
    assertThat(before).hasSizeGreaterThan(3);

    assertThatThrownBy(() -> StartupIndex.openReadOnly(index))
        .isInstanceOfSatisfying(
            IndexException.class,
            e -> assertThat(e.problem()).isEqualTo(IndexException.Problem.NOT_AN_INDEX))
        .hasMessageContaining("holds files but no index commit");
    // Opening for writing would have made an empty index and deleted the segments.
    assertThatThrownBy(() -> StartupIndex.open(index))
        .isInstanceOfSatisfying(
            IndexException.class,
            e -> assertThat(e.problem()).isEqualTo(IndexException.Problem.NOT_AN_INDEX));
    assertThat(files(index)).isEqualTo(before);
  }

  @Test
  void aReadOnlyIndexSearchesWithoutWritingOrLocking() throws Exception {
    Path index = committedIndex("a", "b");
    // The writer leaves its lock file behind; without it, a lock taken by the reader would show.
    Files.delete(index.resolve("write.lock"));
    Map<String, String> before = files(index);

    try (StartupIndex readOnly = StartupIndex.openReadOnly(index);
        StartupMatcher matcher = Matching.builder().index(readOnly).build()) {
      assertThat(readOnly.readOnly()).isTrue();
      assertThat(matcher.match(Need.builder("n", "battery recycling").build())).hasSize(2);
      assertThat(readOnly.get("a")).contains(startup("a", "battery recycling a"));
      assertThat(files(index)).doesNotContainKey("write.lock");
      assertThatThrownBy(() -> readOnly.upsert(startup("c", "solar")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(index + " is open read-only");
      assertThatThrownBy(() -> readOnly.delete("a")).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(readOnly::commit).isInstanceOf(IllegalStateException.class);
    }
    assertThat(files(index)).isEqualTo(before);
  }

  @Test
  void readersSearchBesideTheWriterAndSeeOnlyItsCommits() throws Exception {
    Path index = committedIndex("a");

    try (StartupIndex writer = StartupIndex.open(index);
        StartupIndex first = StartupIndex.openReadOnly(index);
        StartupIndex second = StartupIndex.openReadOnly(index, Taxonomy.builtIn(), null)) {
      writer.upsert(startup("b", "battery recycling b"));
      writer.refresh();
      first.refresh();
      assertThat(writer.size()).isEqualTo(2);
      assertThat(first.size()).as("not committed yet").isEqualTo(1);

      writer.commit();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while ((first.size() < 2 || second.size() < 2) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }

      assertThat(List.of(first.size(), second.size())).containsExactly(2, 2);
    }
  }

  @Test
  void aSecondWriterIsToldTheIndexIsLocked() throws IOException {
    Path index = committedIndex("a");

    try (StartupIndex writer = StartupIndex.open(index)) {
      assertThatThrownBy(() -> StartupIndex.open(index))
          .isInstanceOfSatisfying(
              IndexException.class,
              e -> assertThat(e.problem()).isEqualTo(IndexException.Problem.LOCKED))
          .hasMessage(index + " is open for writing in another process (its write.lock is held)");
      assertThat(writer.size()).isEqualTo(1);
    }
  }

  @Test
  void checkingAMissingDirectoryCreatesNothing() throws IOException {
    Path mistyped = dir.resolve("indx");

    IndexCheck check = StartupIndex.check(mistyped);

    assertThat(check.clean()).isFalse();
    assertThat(check.problem()).isEqualTo(mistyped + " does not exist");
    assertThat(mistyped).doesNotExist();
  }
}
