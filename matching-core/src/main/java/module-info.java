/**
 * The engine-free core of startup matching: the model (startups, needs, business units), the
 * taxonomy of technology areas, the {@link dev.startupmatching.match.StartupMatcher} interface and
 * its matches with explanations, the signals and scoring models of ranking, batch and unit-level
 * matching, evaluation and training.
 *
 * <p>The engine that retrieves candidates, such as the Lucene module, implements {@link
 * dev.startupmatching.match.StartupMatcher}; everything after retrieval is computed here. The
 * {@code dev.startupmatching.internal} packages are shared with the project's own modules only and
 * are not API.
 */
// ICU4J has a stable Automatic-Module-Name; the qualified exports name modules built after this one.
@SuppressWarnings({"requires-automatic", "module"})
module dev.startupmatching.core {
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires com.ibm.icu;
  requires java.xml;
  requires org.slf4j;

  exports dev.startupmatching.batch;
  exports dev.startupmatching.embed;
  exports dev.startupmatching.eval;
  exports dev.startupmatching.io;
  exports dev.startupmatching.match;
  exports dev.startupmatching.model;
  exports dev.startupmatching.place;
  exports dev.startupmatching.rank;
  exports dev.startupmatching.sample;
  exports dev.startupmatching.taxonomy;
  exports dev.startupmatching.train;
  exports dev.startupmatching.unit;
  // Custom signals register through the service loader (Signals.registered): on the module
  // path, a module provides them with `provides dev.startupmatching.rank.Signal with ...`.
  uses dev.startupmatching.rank.Signal;

  exports dev.startupmatching.internal.io to
      dev.startupmatching.lucene,
      dev.startupmatching.embeddings;
  exports dev.startupmatching.internal.rank to
      dev.startupmatching.lucene;
}
