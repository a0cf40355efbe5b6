/**
 * Sentence-embedding models run in process with ONNX Runtime: the built-in ones by name ({@link
 * dev.startupmatching.embeddings.EmbeddingModels#named}), and any ONNX model a user points to,
 * described by a file ({@link dev.startupmatching.embeddings.EmbeddingModels#fromDescriptor}) or in
 * code ({@link dev.startupmatching.embeddings.OnnxEmbeddingModel#builder}). The built-in models
 * ship inside Maven artifacts, so nothing is downloaded at run time. Add this module to get them;
 * without it, no ONNX or tokenizer library is on the class path.
 */
package dev.startupmatching.embeddings;
