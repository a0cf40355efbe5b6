/**
 * Text analysis in every supported language: language detection ({@link
 * dev.startupmatching.lucene.analysis.LanguageDetector}), the analyzers of each language and field,
 * German compound splitting, phrase dictionaries, tagging texts with technology areas ({@link
 * dev.startupmatching.lucene.analysis.AreaTagger}), and the words common in need statements.
 *
 * <p>{@code LanguageDetector}, {@code DetectedLanguage} and {@code AreaTagger} are API; the rest
 * is internal to the library and may change in any release.
 */
package dev.startupmatching.lucene.analysis;
