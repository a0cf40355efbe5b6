/**
 * The embedding SPI: an {@link dev.startupmatching.embed.EmbeddingModel} turns texts into vectors,
 * in batches, so that startups and needs that say the same thing in different words end up close.
 * The built-in model lives in the optional {@code matching-embeddings} module; any other model (an
 * ONNX model of your own, a remote service) plugs in behind the same interface.
 */
package dev.startupmatching.embed;
