/**
 * Lucene-based matching. {@link dev.startupmatching.lucene.Matching#builder()} is the entry point;
 * {@link dev.startupmatching.lucene.StartupIndex} holds startups in memory or on disk.
 */
package dev.startupmatching.lucene;
