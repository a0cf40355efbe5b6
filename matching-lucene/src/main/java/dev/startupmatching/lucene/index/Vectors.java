package dev.startupmatching.lucene.index;

import dev.startupmatching.embed.EmbeddingModel;

/** Checks and normalises the vectors of an {@link EmbeddingModel}. */
public final class Vectors {
  private Vectors() {}

  /**
   * Returns the vector scaled to length 1, so that the dot product of two is their cosine.
   *
   * @throws IllegalStateException if the model returned a vector of the wrong length, with a
   *     non-finite value, or of length 0
   */
  public static float[] unit(float[] vector, EmbeddingModel model) {
    if (vector == null || vector.length != model.dimension()) {
      throw new IllegalStateException(
          "embedding model "
              + model.id()
              + " returned a vector of length "
              + (vector == null ? "null" : vector.length)
              + " but promised "
              + model.dimension());
    }
    double norm = 0;
    for (float value : vector) {
      if (!Float.isFinite(value)) {
        throw new IllegalStateException(
            "embedding model " + model.id() + " returned a non-finite value");
      }
      norm += value * value;
    }
    if (norm == 0) {
      throw new IllegalStateException("embedding model " + model.id() + " returned a zero vector");
    }
    float[] unit = new float[vector.length];
    double length = Math.sqrt(norm);
    for (int i = 0; i < vector.length; i++) {
      unit[i] = (float) (vector[i] / length);
    }
    return unit;
  }

  /** The dot product: the cosine of two unit vectors. */
  public static double dot(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
