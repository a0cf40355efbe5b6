/**
 * The embedding SPI: an {@link dev.startupmatching.embed.EmbeddingModel} turns texts into vectors,
 * in batches, so that startups and needs that say the same thing in different words end up close.
 *
 * <p>This package is the SPI that the optional {@code matching-embeddings} module, the built-in
 * models, implements, as a driver implements an interface package such as {@code java.sql}: {@code
 * matching-embeddings} holds the ONNX models ({@code
 * dev.startupmatching.embeddings.EmbeddingModels}) and depends on this package, never the other way
 * round. The interface lives in the core so that the core and the Lucene module work with any model
 * without depending on ONNX Runtime; any other model (an ONNX model of your own, a remote service)
 * plugs in behind the same interface.
 */
package dev.startupmatching.embed;
