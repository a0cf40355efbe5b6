/**
 * Matching on Apache Lucene: the {@link dev.startupmatching.lucene.Matching} builder, the
 * persistent {@link dev.startupmatching.lucene.StartupIndex}, duplicate finding and concept
 * tagging. It implements the core's {@link dev.startupmatching.match.StartupMatcher}.
 *
 * <p>Only {@code dev.startupmatching.lucene} is API. Its sub-packages (analysis, index, query,
 * retrieval, ranking, explanation) are the engine's machinery and are not exported.
 */
// Lingua has a stable Automatic-Module-Name in its manifest.
@SuppressWarnings("requires-automatic")
module dev.startupmatching.lucene {
  requires transitive dev.startupmatching.core;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.analysis.smartcn;
  requires org.apache.lucene.facet;
  requires org.apache.lucene.queries;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires com.github.pemistahl.lingua;
  requires org.slf4j;

  exports dev.startupmatching.lucene;
}
