package dev.startupmatching.embeddings;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import com.google.common.collect.ImmutableSet;
import dev.startupmatching.embed.EmbeddingModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A sentence-embedding model in ONNX form, run in process with ONNX Runtime and tokenized with its
 * Hugging Face {@code tokenizer.json}: the built-in models of {@link EmbeddingModels} and any model
 * a user points to.
 *
 * <p>The model takes {@code input_ids} and {@code attention_mask} (and {@code token_type_ids} if it
 * declares them) and returns either token vectors, which are pooled by the {@link Pooling} given,
 * or one vector per text. Texts get the model's query or passage prefix, then are cut to {@link
 * Builder#maxTokens} word pieces or, with {@link LongTexts#CHUNK}, embedded window by window and
 * averaged. Vectors are returned at unit length.
 *
 * <p>Loading a small model takes about a second; load once and share the instance, which is
 * thread-safe.
 */
public final class OnnxEmbeddingModel implements EmbeddingModel {
  /** How token vectors become one vector per text. */
  public enum Pooling {
    /** The first token's vector, as BGE models are trained. */
    CLS,
    /** The mean of the tokens' vectors, padding left out, as e5 and MiniLM models are trained. */
    MEAN
  }

  /** What happens to a text longer than the model's {@link Builder#maxTokens} word pieces. */
  public enum LongTexts {
    /** Embeds its beginning, where a profile says what the startup does. */
    TRUNCATE,
    /** Embeds it window by window and averages the windows' vectors, weighted by their length. */
    CHUNK
  }

  private final String id;
  private final int dimension;
  private final int maxTokens;
  private final Pooling pooling;
  private final LongTexts longTexts;
  private final String queryPrefix;
  private final String passagePrefix;
  private final int batchSize;
  private final ImmutableSet<String> languages;
  private final HuggingFaceTokenizer tokenizer;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final boolean takesTokenTypes;
  private final boolean pooledOutput;

  private OnnxEmbeddingModel(Builder builder, byte[] model, HuggingFaceTokenizer tokenizer)
      throws IOException {
    this.id = builder.id;
    this.maxTokens = builder.maxTokens;
    this.pooling = builder.pooling;
    this.longTexts = builder.longTexts;
    this.queryPrefix = builder.queryPrefix;
    this.passagePrefix = builder.passagePrefix;
    this.batchSize = builder.batchSize;
    this.languages = builder.languages;
    this.tokenizer = tokenizer;
    this.environment = OrtEnvironment.getEnvironment();
    OrtSession opened;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      // Texts run in parallel, one per core, each on one thread.
      options.setIntraOpNumThreads(1);
      // Failures reach the caller as exceptions; ONNX Runtime's own log would say them twice.
      options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL);
      opened = environment.createSession(model, options);
    } catch (OrtException e) {
      throw new IOException("not an ONNX model ONNX Runtime can load: " + e.getMessage(), e);
    }
    this.session = opened;
    try {
      Map<String, NodeInfo> inputs = session.getInputInfo();
      if (!takesIntegers(inputs.get("input_ids")) || !takesIntegers(inputs.get("attention_mask"))) {
        throw new IOException(
            "the ONNX model takes inputs "
                + inputs.keySet()
                + " but a sentence-embedding model takes input_ids and attention_mask as int64");
      }
      this.takesTokenTypes = inputs.containsKey("token_type_ids");
      NodeInfo output = session.getOutputInfo().values().iterator().next();
      if (!(output.getInfo() instanceof TensorInfo tensor)
          || tensor.type != OnnxJavaType.FLOAT
          || tensor.getShape().length < 2
          || tensor.getShape().length > 3) {
        throw new IOException(
            "the ONNX model's first output "
                + output.getName()
                + " is not a float tensor of token vectors or text vectors");
      }
      this.pooledOutput = tensor.getShape().length == 2;
      // A model whose tokenizer does not match it, or that fails on real input, fails here, at
      // load, and not on the first startup indexed.
      try {
        this.dimension = embedAll(List.of("A probe text."), "").get(0).length;
      } catch (RuntimeException e) {
        throw new IOException("the model cannot embed a text: " + e.getMessage(), e);
      }
    } catch (IOException | OrtException e) {
      try {
        session.close();
      } catch (OrtException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
  }

  private static boolean takesIntegers(NodeInfo input) {
    return input != null
        && input.getInfo() instanceof TensorInfo tensor
        && tensor.type == OnnxJavaType.INT64;
  }

  /** Returns a builder for a model read from files. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public int batchSize() {
    return batchSize;
  }

  @Override
  public Set<String> languages() {
    return languages;
  }

  /** The most word pieces, special tokens included, that one run of the model reads. */
  public int maxTokens() {
    return maxTokens;
  }

  /** How token vectors become one vector per text. */
  public Pooling pooling() {
    return pooling;
  }

  /** What happens to texts longer than {@link #maxTokens}. */
  public LongTexts longTexts() {
    return longTexts;
  }

  /** The text put before every query, such as {@code "query: "}; empty for none. */
  public String queryPrefix() {
    return queryPrefix;
  }

  /** The text put before every passage, such as {@code "passage: "}; empty for none. */
  public String passagePrefix() {
    return passagePrefix;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    return embedAll(texts, passagePrefix);
  }

  @Override
  public List<float[]> embedQueries(List<String> queries) {
    return embedAll(queries, queryPrefix);
  }

  private List<float[]> embedAll(List<String> texts, String prefix) {
    checkArgument(texts != null, "texts must not be null");
    for (String text : texts) {
      checkArgument(text != null, "texts must not contain null");
    }
    // One text per core: a small model on one text keeps a second core mostly idle.
    float[][] sums = new float[texts.size()][];
    IntStream.range(0, texts.size())
        .parallel()
        .forEach(
            i -> {
              float[] sum = null;
              for (Window window : windows(prefix, texts.get(i))) {
                float[] vector = run(window.ids());
                if (sum == null) {
                  sum = new float[vector.length];
                }
                for (int d = 0; d < vector.length; d++) {
                  sum[d] += window.weight() * vector[d];
                }
              }
              sums[i] = sum;
            });
    List<float[]> result = new ArrayList<>(sums.length);
    for (float[] sum : sums) {
      result.add(unit(sum));
    }
    return result;
  }

  /** The word pieces of one run of the model, special tokens included, and its weight. */
  private record Window(long[] ids, int weight) {}

  /**
   * The windows of one text: its beginning or, with {@link LongTexts#CHUNK}, every window, each
   * starting with the prefix and weighted by the text's word pieces it holds.
   */
  private List<Window> windows(String prefix, String text) {
    String content = prefix + text;
    Encoding encoding = tokenizer.encode(content.isBlank() ? "-" : content);
    long[] ids = encoding.getIds();
    if (ids.length <= maxTokens) {
      return List.of(new Window(ids, ids.length));
    }
    long[] special = encoding.getSpecialTokenMask();
    int lead = 0;
    while (lead < ids.length && special[lead] == 1) {
      lead++;
    }
    int trail = 0;
    while (trail < ids.length - lead && special[ids.length - 1 - trail] == 1) {
      trail++;
    }
    int end = ids.length - trail;
    // Every window starts with the prefix, as the model saw texts in training; a prefix that
    // leaves no room is cut with the text instead.
    int prefixLength =
        prefix.isEmpty()
            ? 0
            : Math.min(tokenizer.encode(prefix, false, false).getIds().length, end - lead);
    int room = maxTokens - lead - trail - prefixLength;
    if (room < 1) {
      prefixLength = 0;
      room = maxTokens - lead - trail;
    }
    int start = lead + prefixLength;
    int windowCount = longTexts == LongTexts.CHUNK ? (end - start + room - 1) / room : 1;
    List<Window> windows = new ArrayList<>(windowCount);
    for (int w = 0; w < windowCount; w++) {
      int from = start + w * room;
      int length = Math.min(room, end - from);
      long[] window = new long[start + length + trail];
      System.arraycopy(ids, 0, window, 0, start);
      System.arraycopy(ids, from, window, start, length);
      System.arraycopy(ids, end, window, start + length, trail);
      windows.add(new Window(window, length));
    }
    return windows;
  }

  /**
   * Runs the model on one window and pools its token vectors. Windows run one at a time: a
   * quantized model scales its activations by the whole batch, so a text batched with others, or
   * padded, would get a slightly different vector each time.
   */
  private float[] run(long[] window) {
    long[][] ids = {window};
    long[][] mask = new long[1][window.length];
    Arrays.fill(mask[0], 1);
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, ids));
      inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask));
      if (takesTokenTypes) {
        inputs.put(
            "token_type_ids", OnnxTensor.createTensor(environment, new long[1][window.length]));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        Object value = result.get(0).getValue();
        return pooledOutput ? ((float[][]) value)[0] : pool(((float[][][]) value)[0]);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("embedding model " + id + " failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private float[] pool(float[][] tokens) {
    if (pooling == Pooling.CLS) {
      return tokens[0];
    }
    float[] mean = new float[tokens[0].length];
    for (float[] token : tokens) {
      for (int d = 0; d < mean.length; d++) {
        mean[d] += token[d] / tokens.length;
      }
    }
    return mean;
  }

  private float[] unit(float[] vector) {
    double norm = 0;
    for (float value : vector) {
      norm += value * value;
    }
    checkState(
        norm > 0 && Double.isFinite(norm),
        "embedding model %s returned a zero or non-finite vector",
        id);
    float[] unit = new float[vector.length];
    double length = Math.sqrt(norm);
    for (int d = 0; d < vector.length; d++) {
      unit[d] = (float) (vector[d] / length);
    }
    return unit;
  }

  @Override
  public String toString() {
    return "OnnxEmbeddingModel[" + id + "]";
  }

  /**
   * Describes a model: where its ONNX file and tokenizer are, and the conventions it was trained
   * with. Only the id, the model and the tokenizer are required.
   */
  public static final class Builder {
    private String id;
    private Path model;
    private Path tokenizer;
    private String modelResource;
    private String tokenizerResource;
    private Pooling pooling = Pooling.MEAN;
    private LongTexts longTexts = LongTexts.TRUNCATE;
    private int maxTokens = 512;
    private String queryPrefix = "";
    private String passagePrefix = "";
    private int batchSize = 32;
    private ImmutableSet<String> languages = ImmutableSet.of();

    private Builder() {}

    /**
     * The id that indexes built with the model store, such as {@code "multilingual-e5-small/1"}.
     * Change it whenever the model file or a setting changes, so that an index refuses vectors of
     * another model.
     */
    public Builder id(String id) {
      checkArgument(id != null && !id.isBlank(), "id must not be blank");
      this.id = id;
      return this;
    }

    /** The id set so far, or null. */
    String id() {
      return id;
    }

    /** The ONNX model file. */
    public Builder model(Path model) {
      checkArgument(model != null, "model must not be null");
      this.model = model;
      this.modelResource = null;
      return this;
    }

    /** The Hugging Face {@code tokenizer.json} the model was trained with. */
    public Builder tokenizer(Path tokenizer) {
      checkArgument(tokenizer != null, "tokenizer must not be null");
      this.tokenizer = tokenizer;
      this.tokenizerResource = null;
      return this;
    }

    /** The model and tokenizer as class path resources, for the built-in models. */
    Builder resources(String model, String tokenizer) {
      this.modelResource = model;
      this.tokenizerResource = tokenizer;
      this.model = null;
      this.tokenizer = null;
      return this;
    }

    /** How token vectors become one vector per text; the default is {@link Pooling#MEAN}. */
    public Builder pooling(Pooling pooling) {
      checkArgument(pooling != null, "pooling must not be null");
      this.pooling = pooling;
      return this;
    }

    /** What happens to long texts; the default is {@link LongTexts#TRUNCATE}. */
    public Builder longTexts(LongTexts longTexts) {
      checkArgument(longTexts != null, "longTexts must not be null");
      this.longTexts = longTexts;
      return this;
    }

    /**
     * The most word pieces one run reads, special tokens included: the length the model was trained
     * with, at most its position embeddings. The default is 512.
     */
    public Builder maxTokens(int maxTokens) {
      checkArgument(
          maxTokens >= 8 && maxTokens <= 8192,
          "maxTokens must be between 8 and 8192 but was %s",
          maxTokens);
      this.maxTokens = maxTokens;
      return this;
    }

    /** The text put before every query, such as e5's {@code "query: "}; the default is none. */
    public Builder queryPrefix(String queryPrefix) {
      checkArgument(queryPrefix != null, "queryPrefix must not be null");
      this.queryPrefix = queryPrefix;
      return this;
    }

    /** The text put before every passage, such as e5's {@code "passage: "}; default none. */
    public Builder passagePrefix(String passagePrefix) {
      checkArgument(passagePrefix != null, "passagePrefix must not be null");
      this.passagePrefix = passagePrefix;
      return this;
    }

    /**
     * The languages the model was trained on, as ISO 639-1 codes such as {@code "en"}; none, the
     * default, for a multilingual model that understands any. See {@link EmbeddingModel#languages}.
     */
    public Builder languages(Set<String> languages) {
      checkArgument(languages != null, "languages must not be null");
      for (String language : languages) {
        checkArgument(
            language != null && language.matches("[a-z]{2,3}"),
            "languages must be ISO 639 codes such as \"en\" but held %s",
            language);
      }
      this.languages = ImmutableSet.copyOf(languages);
      return this;
    }

    /** How many texts one call embeds; the default is 32. */
    public Builder batchSize(int batchSize) {
      checkArgument(
          batchSize >= 1 && batchSize <= 1024,
          "batchSize must be between 1 and 1024 but was %s",
          batchSize);
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Loads the model.
     *
     * @throws IOException if a file cannot be read, or is not an ONNX sentence-embedding model or a
     *     tokenizer; the message names the file
     */
    public OnnxEmbeddingModel build() throws IOException {
      checkState(id != null, "id is required");
      checkState(model != null || modelResource != null, "model is required: the ONNX model file");
      checkState(
          tokenizer != null || tokenizerResource != null,
          "tokenizer is required: the model's tokenizer.json");
      byte[] bytes = modelResource != null ? resource(modelResource) : read(model, "model");
      HuggingFaceTokenizer tokens = tokenizer();
      try {
        return new OnnxEmbeddingModel(this, bytes, tokens);
      } catch (IOException e) {
        tokens.close();
        throw new IOException((model != null ? model : modelResource) + ": " + e.getMessage(), e);
      }
    }

    private HuggingFaceTokenizer tokenizer() throws IOException {
      try (InputStream in =
          tokenizerResource != null
              ? open(tokenizerResource)
              : new ByteArrayInputStream(read(tokenizer, "tokenizer"))) {
        return HuggingFaceTokenizer.newInstance(
            in, Map.of("addSpecialTokens", "true", "truncation", "false", "padding", "false"));
      } catch (RuntimeException e) {
        // The tokenizer's native code reports a malformed tokenizer.json this way.
        throw new IOException(
            (tokenizer != null ? tokenizer : tokenizerResource)
                + ": not a Hugging Face tokenizer.json: "
                + e.getMessage(),
            e);
      }
    }

    private static byte[] read(Path file, String what) throws IOException {
      if (Files.isDirectory(file)) {
        throw new IOException(file + " is a directory, not a " + what + " file");
      }
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString(), null, "no such " + what + " file");
      }
      return Files.readAllBytes(file);
    }

    private static byte[] resource(String name) throws IOException {
      try (InputStream in = open(name)) {
        return in.readAllBytes();
      }
    }

    private static InputStream open(String name) throws IOException {
      InputStream in = OnnxEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
      if (in == null) {
        throw new IOException("resource " + name + " is not on the class path");
      }
      return in;
    }
  }
}
