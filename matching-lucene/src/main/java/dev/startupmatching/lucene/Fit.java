package dev.startupmatching.lucene;

import dev.startupmatching.internal.rank.Reranker;
import dev.startupmatching.match.Match;
import dev.startupmatching.rank.FeatureVector;
import dev.startupmatching.rank.FitModel;
import java.util.Locale;

/**
 * Estimates the fit of matches: the fit model, and the signals it reads, computed for every match
 * whether or not the ranking model re-ranks.
 *
 * @param model turns signal values into fit
 * @param signals computes the signal values of a candidate
 */
record Fit(FitModel model, Reranker signals) {
  /** Sets the fit of a match from its candidate's signal values, explained only when asked. */
  void estimate(Match.Builder match, FeatureVector features, boolean explain) {
    double fit = model.fit(features);
    match.fit(
        fit,
        explain
            ? model.explain(features)
            : String.format(Locale.ROOT, "fit %.2f by model '%s'", fit, model.name()));
  }
}
