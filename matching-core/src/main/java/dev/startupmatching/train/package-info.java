/**
 * Learning the weights of a linear scoring model from relevance judgments, as the learning-to-rank
 * tooling of Solr, Elasticsearch and RankLib does: {@link dev.startupmatching.train.FeatureLog}
 * writes every feature of every judged candidate in RankLib, SVMlight, CSV or JSON Lines form,
 * {@link dev.startupmatching.train.CoordinateAscent} fits the weights to nDCG@10, and {@link
 * dev.startupmatching.train.CrossValidation} measures them on needs held out of training.
 */
package dev.startupmatching.train;
