/** The output formats of the command line: table, JSON Lines, CSV and TREC run files. */
package dev.startupmatching.cli.format;
