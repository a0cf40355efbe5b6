/**
 * The built-in {@link dev.startupmatching.embed.EmbeddingModel}: all-MiniLM-L6-v2, quantized, run
 * in process with ONNX Runtime. The model ships inside a Maven artifact, so nothing is downloaded
 * at run time. Add this module to get it; without it, no ONNX or DJL library is on the classpath.
 */
package dev.startupmatching.embeddings;
