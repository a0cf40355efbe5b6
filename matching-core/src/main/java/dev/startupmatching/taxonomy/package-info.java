/**
 * The technology taxonomy: {@link dev.startupmatching.taxonomy.Taxonomy} (areas in a tree, named in
 * several languages) and {@link dev.startupmatching.taxonomy.Lexicon} (general words and their
 * translations), both built in and replaceable with files of the same format.
 */
package dev.startupmatching.taxonomy;
