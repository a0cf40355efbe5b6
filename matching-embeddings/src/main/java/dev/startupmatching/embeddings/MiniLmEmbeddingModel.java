package dev.startupmatching.embeddings;

import static com.google.common.base.Preconditions.checkArgument;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.startupmatching.embed.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantized): 384-dimensional English sentence embeddings, about 300 short texts
 * a second on two cores. Texts longer than the model's 256 word pieces are embedded by their
 * beginning, where a profile says what the startup does.
 *
 * <p>Loading takes about a second and 250 MB; load once with {@link #load} and share the instance,
 * which is thread-safe.
 */
public final class MiniLmEmbeddingModel implements EmbeddingModel {
  /** The id stored in indexes built with this model. */
  public static final String ID = "all-minilm-l6-v2-q/1.19.0-beta29";

  private static final int DIMENSION = 384;

  private final AllMiniLmL6V2QuantizedEmbeddingModel model;

  private MiniLmEmbeddingModel(AllMiniLmL6V2QuantizedEmbeddingModel model) {
    this.model = model;
  }

  /** Loads the model from the classpath. */
  public static MiniLmEmbeddingModel load() {
    return new MiniLmEmbeddingModel(new AllMiniLmL6V2QuantizedEmbeddingModel());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    checkArgument(texts != null, "texts must not be null");
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String text : texts) {
      checkArgument(text != null, "texts must not contain null");
      // The tokenizer rejects an empty text; a blank one has no meaning to embed either way.
      segments.add(TextSegment.from(text.isBlank() ? "-" : text));
    }
    List<Embedding> embeddings = model.embedAll(segments).content();
    List<float[]> vectors = new ArrayList<>(embeddings.size());
    for (Embedding embedding : embeddings) {
      vectors.add(embedding.vector());
    }
    return vectors;
  }

  @Override
  public String toString() {
    return "MiniLmEmbeddingModel[" + ID + "]";
  }
}
