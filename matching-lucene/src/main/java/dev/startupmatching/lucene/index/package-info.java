/**
 * The index's layout: the fields of a startup's document ({@code StartupFields}), its stored record
 * ({@code StartupSource}), the term vectors read for feedback and neighbourhoods ({@code
 * ProfileTerms}) and stored embedding vectors ({@code Vectors}), and the statistics that score a
 * shard as the whole collection it belongs to ({@code GlobalStatistics}, {@code
 * StatisticsSearcher}).
 *
 * <p>Internal to the library, like every sub-package of {@code dev.startupmatching.lucene} except
 * where a type says otherwise: its public types serve the other packages of this module and may
 * change in any release. The API is {@link dev.startupmatching.lucene.Matching} and {@link
 * dev.startupmatching.lucene.StartupIndex}.
 */
package dev.startupmatching.lucene.index;
