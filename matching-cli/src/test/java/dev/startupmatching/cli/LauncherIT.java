package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code bin/startup-match} as a user does, on the packaged jar, with neither JAVA_HOME nor a
 * Java on the PATH beyond the system's: the launcher must find a Java 21+ by itself.
 */
class LauncherIT {
  private record Run(int exitCode, String out, String err) {}

  private static Run launch(String... args) throws IOException, InterruptedException {
    return launch(Map.of(), args);
  }

  private static Run launch(Map<String, String> extraEnv, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of("..", "bin", "startup-match").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.remove("JAVA_HOME");
    env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    env.putAll(extraEnv);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void theBuiltInExampleRunsThroughTheLauncher() throws Exception {
    Run run = launch("match", "--top", "3", "--format", "trec");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines)
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).matches("\\S+ Q0 \\S+ [123] \\S+ startup-match"));
    assertThat(run.err()).doesNotContain("INFO:").doesNotContain("Exception");
  }

  @Test
  void thePackagedJarDetectsLanguagesWithTheModelsItKeeps(@TempDir Path dir) throws Exception {
    // The jar keeps only the detector models of the languages it loads (matching-cli/pom.xml);
    // without a language's model its texts would be taken for another language.
    assertThat(launch("tag", "Wir suchen Startups für Batterierecycling").out())
        .contains("electrification.battery.recycling");
    assertThat(launch("tag", "Cerchiamo startup per la ricarica dei veicoli elettrici").out())
        .contains("electrification.charging");
    Path startups = dir.resolve("startups.jsonl");
    Files.writeString(
        startups, "{\"id\": \"s1\", \"name\": \"Voltpark\", \"description\": \"EV charging.\"}\n");
    Path needs = dir.resolve("needs.jsonl");
    Files.writeString(
        needs,
        "{\"id\": \"n1\", \"description\": \"Nous cherchons des startups pour la recharge"
            + " des véhicules électriques\"}\n");
    Run french = launch("match", "--startups", startups.toString(), "--needs", needs.toString());
    assertThat(french.exitCode()).as(french.err()).isZero();
    assertThat(french.err()).contains("need n1 is in French");
  }

  @Test
  void usageErrorsExitWithTwoAndHelpListsTheExitCodes() throws Exception {
    assertThat(launch("match", "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
    Run help = launch("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Exit codes:", "match");
  }

  private static Path packagedJar(String classifier) throws IOException {
    try (Stream<Path> built = Files.list(Path.of("target"))) {
      return built
          .filter(
              p -> p.getFileName().toString().matches("matching-cli-.*-" + classifier + "\\.jar"))
          .findFirst()
          .orElseThrow();
    }
  }

  @Test
  void theLexicalJarMatchesWithoutEmbeddingsAndSaysSoWhenAskedForThem() throws Exception {
    Path jar = packagedJar("lexical");
    Map<String, String> lexical = Map.of("STARTUP_MATCH_JAR", jar.toAbsolutePath().toString());

    Run run = launch(lexical, "match", "--top", "3", "--format", "trec");
    Run semantic = launch(lexical, "match", "--embedding", "minilm");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).isNotEmpty();
    assertThat(semantic.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    // The JVM's own warning about the incubating Vector API aside, the error is one line.
    assertThat(semantic.err().lines().filter(l -> !l.startsWith("WARNING: Using incubator")))
        .singleElement()
        .asString()
        .contains("lexical-only build")
        .doesNotContain("Exception");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      assertThat(zip.stream().map(ZipEntry::getName))
          .noneMatch(name -> name.startsWith("ai/onnxruntime/") || name.endsWith(".onnx"));
    }
  }

  @Test
  void thePackagedJarCarriesNoDebugSymbols() throws IOException {
    Path jar = packagedJar("all");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<String> symbols =
          zip.stream()
              .map(ZipEntry::getName)
              .filter(name -> name.endsWith(".pdb") || name.contains(".dSYM/"))
              .toList();
      assertThat(symbols).as("debug symbols in " + jar).isEmpty();
    }
  }
}
