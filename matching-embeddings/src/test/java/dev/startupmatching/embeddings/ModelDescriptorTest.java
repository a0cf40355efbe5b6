package dev.startupmatching.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.startupmatching.embeddings.OnnxEmbeddingModel.LongTexts;
import dev.startupmatching.embeddings.OnnxEmbeddingModel.Pooling;
import dev.startupmatching.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bringing one's own model: the built-in MiniLM files, copied out and described by a file. */
class ModelDescriptorTest {
  @TempDir static Path folder;

  @BeforeAll
  static void copyTheMiniLmFilesOut() throws IOException {
    for (String name : List.of("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json")) {
      try (InputStream in = ModelDescriptorTest.class.getClassLoader().getResourceAsStream(name)) {
        Files.copy(in, folder.resolve(name.endsWith(".json") ? "tokenizer.json" : "model.onnx"));
      }
    }
  }

  private static Path descriptor(String name, String json) throws IOException {
    return Files.writeString(folder.resolve(name), json);
  }

  @Test
  void aDescribedModelEmbedsAsTheBuiltInModelWithTheSameSettings() throws IOException {
    Path file =
        descriptor(
            "minilm.json",
            """
            {"id": "my-minilm/1", "model": "model.onnx", "tokenizer": "tokenizer.json",
             "pooling": "mean", "maxTokens": 256, "longTexts": "chunk",
             "queryPrefix": "", "passagePrefix": "", "batchSize": 16}
            """);

    OnnxEmbeddingModel mine = EmbeddingModels.fromDescriptor(file);
    OnnxEmbeddingModel builtIn = EmbeddingModels.named(EmbeddingModels.MINILM, LongTexts.CHUNK);

    assertThat(mine.id()).isEqualTo("my-minilm/1");
    assertThat(mine.pooling()).isEqualTo(Pooling.MEAN);
    assertThat(mine.longTexts()).isEqualTo(LongTexts.CHUNK);
    assertThat(mine.maxTokens()).isEqualTo(256);
    assertThat(mine.batchSize()).isEqualTo(16);
    assertThat(mine.dimension()).isEqualTo(384);
    String text = "Battery management systems for electric trucks. ".repeat(40);
    assertThat(mine.embed(List.of(text)).get(0))
        .containsExactly(builtIn.embed(List.of(text)).get(0));
  }

  @Test
  void settingsLeftOutTakeTheirDefaults() throws IOException {
    Path file =
        descriptor(
            "minimal.json",
            "{\"id\": \"m/1\", \"model\": \"model.onnx\", \"tokenizer\": \"tokenizer.json\"}");

    OnnxEmbeddingModel model = EmbeddingModels.fromDescriptor(file);

    assertThat(model.pooling()).isEqualTo(Pooling.MEAN);
    assertThat(model.longTexts()).isEqualTo(LongTexts.TRUNCATE);
    assertThat(model.maxTokens()).isEqualTo(512);
    assertThat(model.queryPrefix()).isEmpty();
  }

  @Test
  void aBadValueIsReportedWithItsFileLineAndField() throws IOException {
    Path file =
        descriptor(
            "bad-pooling.json",
            "{\"id\": \"m/1\",\n \"model\": \"model.onnx\",\n \"pooling\": \"max\"}");

    assertThatThrownBy(() -> EmbeddingModels.fromDescriptor(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("3")
        .hasMessageContaining("pooling")
        .hasMessageContaining("cls or mean");
  }

  @Test
  void aMissingFieldOrAnUnknownOneIsNamed() throws IOException {
    Path missing = descriptor("no-tokenizer.json", "{\"id\": \"m/1\", \"model\": \"model.onnx\"}");
    Path unknown =
        descriptor(
            "typo.json",
            "{\"id\": \"m/1\", \"model\": \"model.onnx\", \"tokeniser\": \"tokenizer.json\"}");
    Path tooLong =
        descriptor(
            "too-long.json",
            "{\"id\": \"m/1\", \"model\": \"model.onnx\", \"tokenizer\": \"tokenizer.json\","
                + " \"maxTokens\": 100000}");

    assertThatThrownBy(() -> EmbeddingModels.fromDescriptor(missing))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("tokenizer")
        .hasMessageContaining("missing required field");
    assertThatThrownBy(() -> EmbeddingModels.fromDescriptor(unknown))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("tokeniser")
        .hasMessageContaining("unknown field");
    Path twice =
        descriptor(
            "twice.json",
            "{\"id\": \"m/1\", \"model\": \"model.onnx\", \"tokenizer\": \"tokenizer.json\","
                + " \"id\": \"m/2\"}");
    Path trailing =
        descriptor(
            "trailing.json",
            "{\"id\": \"m/1\", \"model\": \"model.onnx\", \"tokenizer\": \"tokenizer.json\"}\n{}");
    assertThatThrownBy(() -> EmbeddingModels.fromDescriptor(twice))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> EmbeddingModels.fromDescriptor(trailing))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(":2")
        .hasMessageContaining("after the object");
    assertThatThrownBy(() -> EmbeddingModels.fromDescriptor(tooLong))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("maxTokens must be between 8 and 8192");
  }

  @Test
  void aMissingOrWrongFileIsNamed() throws IOException {
    Path noModel =
        descriptor(
            "no-model.json",
            "{\"id\": \"m/1\", \"model\": \"absent.onnx\", \"tokenizer\": \"tokenizer.json\"}");
    Path notAModel =
        descriptor(
            "not-a-model.json",
            "{\"id\": \"m/1\", \"model\": \"tokenizer.json\", \"tokenizer\": \"tokenizer.json\"}");
    Path notATokenizer =
        descriptor(
            "not-a-tokenizer.json",
            "{\"id\": \"m/1\", \"model\": \"model.onnx\", \"tokenizer\": \"model.onnx\"}");

    Files.createDirectories(folder.resolve("folder.onnx"));
    Path aFolder =
        descriptor(
            "a-folder.json",
            "{\"id\": \"m/1\", \"model\": \"folder.onnx\", \"tokenizer\": \"tokenizer.json\"}");
    assertThatThrownBy(() -> EmbeddingModels.fromDescriptor(aFolder))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("folder.onnx is a directory, not a model file");
    assertThatThrownBy(() -> EmbeddingModels.fromDescriptor(noModel))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("absent.onnx");
    assertThatThrownBy(() -> EmbeddingModels.fromDescriptor(notAModel))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("tokenizer.json");
    assertThatThrownBy(() -> EmbeddingModels.fromDescriptor(notATokenizer))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("model.onnx")
        .hasMessageContaining("not a Hugging Face tokenizer.json");
  }
}
