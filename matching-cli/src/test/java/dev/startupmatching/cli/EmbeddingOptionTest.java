package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingOptionTest {
  @TempDir Path dir;
  private Path startups;
  private Path needs;

  @BeforeEach
  void writeInputs() throws IOException {
    startups =
        Files.writeString(
            dir.resolve("startups.jsonl"),
            """
            {"id":"drive","name":"Tariffa","description":"We price motor policies from how people\
             actually drive, with a phone app."}
            {"id":"food","name":"Lunchbox","description":"Healthy lunches delivered to offices."}
            """);
    needs =
        Files.writeString(
            dir.resolve("needs.jsonl"),
            "{\"id\":\"n1\",\"description\":\"usage-based car insurance\"}\n");
  }

  @Test
  void anIndexBuiltWithAModelIsSearchedByMeaningWithItAndByWordsWithout() throws IOException {
    Path index = dir.resolve("index");
    CliRun built =
        CliRun.of(
            "index",
            "--startups",
            startups.toString(),
            "--index",
            index.toString(),
            "--embedding",
            "all-minilm-l6-v2");
    CliRun hybrid =
        CliRun.of(
            "match",
            "--index",
            index.toString(),
            "--needs",
            needs.toString(),
            "--model",
            "hybrid",
            "--embedding",
            "all-minilm-l6-v2",
            "--min-fit",
            "0",
            "--format",
            "jsonl",
            "--output",
            dir.resolve("hybrid.jsonl").toString());
    CliRun lexical =
        CliRun.of(
            "match",
            "--index",
            index.toString(),
            "--needs",
            needs.toString(),
            "--min-fit",
            "0",
            "--format",
            "jsonl");
    CliRun otherModel =
        CliRun.of(
            "match",
            "--index",
            index.toString(),
            "--needs",
            needs.toString(),
            "--model",
            "semantic",
            "--embedding",
            "e5-small-v2");

    assertThat(built.exitCode()).as(built.err()).isZero();
    assertThat(hybrid.exitCode()).as(hybrid.err()).isZero();
    // No word of the need is in the profile: only its meaning finds the startup.
    assertThat(Files.readAllLines(dir.resolve("hybrid.jsonl")).get(0))
        .contains("\"startup\":\"drive\"", "semantic retrieval: cosine");
    assertThat(lexical.exitCode()).as(lexical.err()).isZero();
    assertThat(otherModel.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(otherModel.err())
        .contains("all-minilm-l6-v2-q/2", "e5-small-v2-q/1")
        .doesNotContain("\tat ");
  }

  @Test
  void anUnknownModelIsAOneLineErrorListingTheBuiltInOnes() {
    CliRun run =
        CliRun.of(
            "match",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--model",
            "hybrid",
            "--embedding",
            "bge-huge");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().strip())
        .startsWith("error: --embedding bge-huge: neither a built-in model")
        .contains("bge-small-en-v1.5", "e5-small-v2")
        .doesNotContain("\n");
  }

  @Test
  void aBadDescriptorIsReportedWithItsFileLineAndField() throws IOException {
    Path descriptor =
        Files.writeString(
            dir.resolve("model.json"),
            "{\"id\": \"mine/1\",\n \"model\": \"model.onnx\",\n \"pooling\": \"max\"}\n");
    Path missingModel =
        Files.writeString(
            dir.resolve("missing.json"),
            "{\"id\": \"mine/1\", \"model\": \"absent.onnx\", \"tokenizer\": \"tokenizer.json\"}");

    CliRun bad =
        CliRun.of(
            "match",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--model",
            "hybrid",
            "--embedding",
            descriptor.toString());
    CliRun missing =
        CliRun.of(
            "match",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--model",
            "semantic",
            "--embedding",
            missingModel.toString());

    assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains(descriptor + ":3", "pooling", "cls or mean");
    assertThat(bad.printedStackTrace()).isFalse();
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("absent.onnx", "no such model file");
    assertThat(missing.printedStackTrace()).isFalse();
  }

  @Test
  void anOutputNeverReplacesTheDescriptorAndHostileTextIsNoModel() throws IOException {
    Path descriptor =
        Files.writeString(
            dir.resolve("model.json"),
            "{\"id\": \"mine/1\", \"model\": \"model.onnx\", \"tokenizer\": \"t.json\"}\n");
    byte[] before = Files.readAllBytes(descriptor);

    CliRun clobber =
        CliRun.of(
            "match",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--model",
            "hybrid",
            "--embedding",
            descriptor.toString(),
            "--output",
            descriptor.toString());
    CliRun hostile =
        CliRun.of(
            "match",
            "--startups",
            startups.toString(),
            "--needs",
            needs.toString(),
            "--model",
            "hybrid",
            "--embedding",
            "mo\u0000del");

    assertThat(clobber.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(clobber.err()).contains("--embedding", "--output").doesNotContain("\tat ");
    assertThat(Files.readAllBytes(descriptor)).isEqualTo(before);
    assertThat(hostile.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(hostile.err().strip())
        .startsWith("error: --embedding")
        .contains("neither a built-in model")
        .doesNotContain("\n");
  }
}
