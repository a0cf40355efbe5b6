package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.io.JsonLinesWriter;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.sample.SampleData;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read commands open an index read-only: they never create, lock, change or delete a file of
 * it, and a path without an index is an error naming it. These are the reproductions of a {@code
 * match} that deleted a damaged index's segments and wrote into a mistyped or unrelated folder.
 */
class ReadCommandsNeverWriteTest {
  @TempDir Path dir;

  private Path index;
  private Path needs;
  private Path qrels;

  @BeforeEach
  void indexTheExample() throws IOException {
    Path startups = dir.resolve("startups.jsonl");
    JsonLinesWriter.writeStartups(startups, SampleData.startups());
    needs = dir.resolve("needs.jsonl");
    JsonLinesWriter.writeNeeds(needs, SampleData.needs());
    qrels = dir.resolve("qrels.txt");
    try (InputStream in = SampleData.open("qrels.txt")) {
      Files.copy(in, qrels);
    }
    index = dir.resolve("index");
    CliRun indexed =
        CliRun.of(
            "index",
            "--startups",
            startups.toString(),
            "--index",
            index.toString(),
            "--commit-every",
            "60");
    assertThat(indexed.exitCode()).as(indexed.err()).isZero();
  }

  /**
   * Every read command that takes {@code --index}, on the given directory, with options under which
   * each succeeds on an intact index; their outputs go to {@code out.*} beside the index.
   */
  private List<String[]> readCommands(Path directory) {
    String in = directory.toString();
    String needsFile = needs.toString();
    String qrelsFile = qrels.toString();
    return List.of(
        new String[] {"match", "--index", in, "--needs", needsFile},
        new String[] {"batch", "--index", in, "--needs", needsFile, "--output", out("jsonl")},
        new String[] {
          "needs-for",
          "--index",
          in,
          "--needs",
          needsFile,
          "--startup",
          SampleData.startups().get(0).id()
        },
        new String[] {
          "features",
          "--index",
          in,
          "--needs",
          needsFile,
          "--qrels",
          qrelsFile,
          "--output",
          out("txt")
        },
        new String[] {
          "train",
          "--index",
          in,
          "--needs",
          needsFile,
          "--qrels",
          qrelsFile,
          "--output",
          out("json")
        },
        new String[] {"check", "--index", in});
  }

  private String out(String extension) {
    return dir.resolve("out." + extension).toString();
  }

  /** Each file's name with its size and modification time: what any change would alter. */
  private static Map<String, String> files(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> listing = Files.list(directory)) {
      for (Path file : listing.toList()) {
        files.put(
            file.getFileName().toString(),
            Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis());
      }
    }
    return files;
  }

  private Path copyOfIndex(String name) throws IOException {
    Path copy = Files.createDirectory(dir.resolve(name));
    try (Stream<Path> listing = Files.list(index)) {
      for (Path file : listing.toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
    }
    return copy;
  }

  @Test
  void anIndexThatLostItsCommitFileIsReportedAndLeftAsItWas() throws IOException {
    Path damaged = copyOfIndex("damaged");
    try (Stream<Path> listing = Files.list(damaged)) {
      for (Path file : listing.toList()) {
        if (file.getFileName().toString().startsWith("segments_")) {
          Files.delete(file);
        }
      }
    }
    Map<String, String> before = files(damaged);

    for (String[] command : readCommands(damaged)) {
      CliRun run = CliRun.of(command);

      assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err().lines()).as(run.err()).hasSize(1);
      assertThat(run.err()).contains(damaged + " holds files but no index commit");
      assertThat(files(damaged)).as(command[0]).isEqualTo(before);
    }
    assertThat(List.of(out("jsonl"), out("txt"), out("json")))
        .allSatisfy(out -> assertThat(Path.of(out)).doesNotExist());
  }

  @Test
  void aMistypedIndexPathIsReportedAndNotCreated() {
    Path mistyped = dir.resolve("indx");

    for (String[] command : readCommands(mistyped)) {
      CliRun run = CliRun.of(command);

      assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err())
          .isEqualTo(
              "error: --index "
                  + mistyped
                  + " does not exist; build one with: startup-match index --startups FILE --index "
                  + mistyped
                  + "\n");
      assertThat(mistyped).doesNotExist();
    }
  }

  @Test
  void anUnrelatedFolderIsLeftAlone() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("documents"));
    Files.writeString(folder.resolve("notes.txt"), "not an index");
    Map<String, String> before = files(folder);

    for (String[] command : readCommands(folder)) {
      CliRun run = CliRun.of(command);

      assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err()).contains(folder + " holds files but no index commit");
      assertThat(files(folder)).isEqualTo(before);
    }
  }

  @Test
  void aDamagedSegmentIsReportedInOneLineWithTheWayToCheckIt() throws IOException {
    Path damaged = copyOfIndex("damaged");
    List<Path> compoundFiles = new ArrayList<>();
    try (Stream<Path> listing = Files.list(damaged)) {
      listing.filter(f -> f.toString().endsWith(".cfs")).forEach(compoundFiles::add);
    }
    assertThat(compoundFiles).isNotEmpty();
    try (RandomAccessFile file = new RandomAccessFile(compoundFiles.get(0).toFile(), "rw")) {
      file.setLength(file.length() / 2);
    }
    Map<String, String> before = files(damaged);

    CliRun match = CliRun.of("match", "--index", damaged.toString(), "--needs", needs.toString());
    CliRun check = CliRun.of("check", "--index", damaged.toString());

    assertThat(match.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(match.err().lines()).as(match.err()).hasSize(1);
    assertThat(match.err())
        .startsWith("error: " + damaged + " is damaged")
        .contains("run startup-match check --index " + damaged + " --verbose");
    assertThat(match.printedStackTrace()).isFalse();
    assertThat(check.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(check.err()).startsWith("error: " + damaged).contains("damaged");
    assertThat(files(damaged)).isEqualTo(before);
  }

  @Test
  void aReadCommandSearchesAnIndexThatIsOpenForWriting() throws IOException {
    try (StartupIndex writer = StartupIndex.open(index)) {
      CliRun match =
          CliRun.of(
              "match", "--index", index.toString(), "--needs", needs.toString(), "--top", "3");

      assertThat(match.exitCode()).as(match.err()).isZero();
      assertThat(match.err()).contains("against " + SampleData.startups().size() + " startups");
      assertThat(writer.size()).isEqualTo(SampleData.startups().size());
    }
  }

  @Test
  void debugAddsTheStackTraceToTheOneLineMessage() {
    Path mistyped = dir.resolve("indx");
    CliRun plain = CliRun.of("check", "--index", mistyped.toString());
    CliRun debug = CliRun.of("check", "--debug", "--index", mistyped.toString());

    assertThat(plain.printedStackTrace()).isFalse();
    assertThat(debug.err()).startsWith(plain.err());
    assertThat(debug.printedStackTrace()).isTrue();
  }

  @Test
  void everyReadCommandSucceedsWithoutTouchingTheIndex() throws IOException {
    Path copy = copyOfIndex("copy");
    Map<String, String> before = files(copy);
    List<String[]> commands = readCommands(copy);

    for (String[] command : commands) {
      CliRun run = CliRun.of(command);

      assertThat(run.exitCode()).as("%s: %s", command[0], run.err()).isZero();
      assertThat(files(copy)).as(command[0]).isEqualTo(before).doesNotContainKey("write.lock");
    }
  }

  @Test
  void damageThatShowsOnlyDuringASearchIsFoundAndReportedInOneLine() throws IOException {
    Path damaged = copyOfIndex("damaged");
    Path largest;
    try (Stream<Path> listing = Files.list(damaged)) {
      largest =
          listing
              .filter(f -> f.toString().endsWith(".cfs"))
              .max(java.util.Comparator.comparingLong(f -> f.toFile().length()))
              .orElseThrow();
    }
    // The largest parts of a compound file come last; flipping bytes there spoils the stored
    // profiles or postings that a search reads, while the index still opens.
    byte[] bytes = Files.readAllBytes(largest);
    for (int i = bytes.length - bytes.length / 8; i < bytes.length - 64; i += 5) {
      bytes[i] ^= (byte) 0xFF;
    }
    Files.write(largest, bytes);

    CliRun match = CliRun.of("match", "--index", damaged.toString(), "--needs", needs.toString());

    assertThat(match.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(match.err().lines()).as(match.err()).hasSize(1);
    assertThat(match.err())
        .startsWith("error: " + damaged + " is damaged: segment ")
        .contains("segments bad)", "run startup-match check --index " + damaged + " --verbose");
    assertThat(match.printedStackTrace()).isFalse();
  }
}
