package dev.startupmatching.embeddings;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import dev.startupmatching.embeddings.OnnxEmbeddingModel.LongTexts;
import dev.startupmatching.embeddings.OnnxEmbeddingModel.Pooling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The built-in embedding models, by name, and models described by a file. Every built-in model is
 * quantized to 8 bits, gives 384-dimensional vectors and ships inside this module's dependencies,
 * so nothing is downloaded. Each knows one language: hybrid retrieval searches needs in other
 * languages by their words alone (see {@link dev.startupmatching.embed.EmbeddingModel#languages}).
 *
 * <table>
 *   <caption>Built-in models</caption>
 *   <tr><th>Name</th><th>Language</th><th>Pooling</th><th>Query prefix</th></tr>
 *   <tr><td>{@value #BGE_SMALL_EN}</td><td>English</td><td>CLS</td>
 *       <td>the BGE retrieval instruction</td></tr>
 *   <tr><td>{@value #E5_SMALL}</td><td>English</td><td>mean</td>
 *       <td>{@code "query: "} ({@code "passage: "} for passages)</td></tr>
 *   <tr><td>{@value #BGE_SMALL_ZH}</td><td>Chinese</td><td>CLS</td>
 *       <td>the BGE retrieval instruction, in Chinese</td></tr>
 *   <tr><td>{@value #MINILM}</td><td>English</td><td>mean</td><td>none</td></tr>
 * </table>
 */
public final class EmbeddingModels {
  /** BAAI's bge-small-en-v1.5, the default: the strongest of the built-in models in English. */
  public static final String BGE_SMALL_EN = "bge-small-en-v1.5";

  /** intfloat's e5-small-v2. */
  public static final String E5_SMALL = "e5-small-v2";

  /** BAAI's bge-small-zh-v1.5, for Chinese profiles and needs. */
  public static final String BGE_SMALL_ZH = "bge-small-zh-v1.5";

  /** sentence-transformers' all-MiniLM-L6-v2: the smallest and fastest, and the weakest. */
  public static final String MINILM = "all-minilm-l6-v2";

  /** The model used when embeddings are asked for and none is named. */
  public static final String DEFAULT = BGE_SMALL_EN;

  private static final ImmutableMap<String, Supplier<OnnxEmbeddingModel.Builder>> BUILT_IN =
      ImmutableMap.of(
          BGE_SMALL_EN,
          () ->
              OnnxEmbeddingModel.builder()
                  .id("bge-small-en-v1.5-q/1")
                  .resources("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json")
                  .pooling(Pooling.CLS)
                  .languages(Set.of("en"))
                  .queryPrefix("Represent this sentence for searching relevant passages: "),
          E5_SMALL,
          () ->
              OnnxEmbeddingModel.builder()
                  .id("e5-small-v2-q/1")
                  .resources("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json")
                  .pooling(Pooling.MEAN)
                  .languages(Set.of("en"))
                  .queryPrefix("query: ")
                  .passagePrefix("passage: "),
          BGE_SMALL_ZH,
          () ->
              OnnxEmbeddingModel.builder()
                  .id("bge-small-zh-v1.5-q/1")
                  .resources("bge-small-zh-v1.5-q.onnx", "bge-small-zh-v1.5-q-tokenizer.json")
                  .pooling(Pooling.CLS)
                  .languages(Set.of("zh"))
                  .queryPrefix("为这个句子生成表示以用于检索相关文章："),
          MINILM,
          () ->
              OnnxEmbeddingModel.builder()
                  .id("all-minilm-l6-v2-q/2")
                  .resources("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json")
                  .pooling(Pooling.MEAN)
                  .languages(Set.of("en"))
                  // The length it was trained with; its position embeddings reach 512.
                  .maxTokens(256));

  private EmbeddingModels() {}

  /** The names of the built-in models, the default first. */
  public static List<String> names() {
    return BUILT_IN.keySet().asList();
  }

  /**
   * Loads a built-in model by name, ignoring case.
   *
   * @throws IllegalArgumentException naming the built-in models if there is none by this name
   * @throws UncheckedIOException if the model's files are missing from the class path
   */
  public static OnnxEmbeddingModel named(String name) {
    return named(name, LongTexts.TRUNCATE);
  }

  /**
   * Loads a built-in model by name, ignoring case, with the given treatment of long texts. A model
   * that {@link LongTexts#CHUNK chunks} has an id of its own, since its vectors differ.
   *
   * @throws IllegalArgumentException naming the built-in models if there is none by this name
   * @throws UncheckedIOException if the model's files are missing from the class path
   */
  public static OnnxEmbeddingModel named(String name, LongTexts longTexts) {
    checkArgument(name != null, "name must not be null");
    checkArgument(longTexts != null, "longTexts must not be null");
    Supplier<OnnxEmbeddingModel.Builder> builder = BUILT_IN.get(name.toLowerCase(Locale.ROOT));
    checkArgument(
        builder != null, "unknown embedding model '%s'; the built-in ones are %s", name, names());
    OnnxEmbeddingModel.Builder model = builder.get().longTexts(longTexts);
    if (longTexts == LongTexts.CHUNK) {
      model.id(model.id() + "+chunks");
    }
    try {
      return model.build();
    } catch (IOException e) {
      throw new UncheckedIOException("built-in embedding model " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads the model a descriptor file describes: a JSON object naming the ONNX file and its {@code
   * tokenizer.json} (relative to the descriptor's folder) and the model's conventions.
   *
   * <pre>{@code
   * {"id": "multilingual-e5-small/1",
   *  "model": "model.onnx", "tokenizer": "tokenizer.json",
   *  "pooling": "mean", "maxTokens": 512, "longTexts": "truncate",
   *  "queryPrefix": "query: ", "passagePrefix": "passage: ",
   *  "languages": ["en", "de", "zh", "it"], "batchSize": 32}
   * }</pre>
   *
   * Only {@code id}, {@code model} and {@code tokenizer} are required; the others default as in
   * {@link OnnxEmbeddingModel.Builder}.
   *
   * @throws dev.startupmatching.io.InputException naming the file, line and field of a bad value
   * @throws IOException if a file cannot be read, or is not a model or a tokenizer
   */
  public static OnnxEmbeddingModel fromDescriptor(Path descriptor) throws IOException {
    checkArgument(descriptor != null, "descriptor must not be null");
    return ModelDescriptor.read(descriptor).build();
  }
}
