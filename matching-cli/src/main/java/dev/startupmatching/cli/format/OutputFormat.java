package dev.startupmatching.cli.format;

import java.io.Writer;

/** The output formats of {@code match}. */
public enum OutputFormat {
  /** A readable table per need, with the words each startup matched. */
  table,
  /** One JSON object per match, with its explanation. */
  jsonl,
  /** One row per match with a header row, RFC 4180 quoting. */
  csv,
  /** TREC run format: {@code needId Q0 startupId rank score runTag}. */
  trec;

  /** Whether this format shows why a startup matched, which costs an explanation per match. */
  public boolean needsExplanations() {
    return this != trec;
  }

  /** Whether this format has a place for facet counts beside the matches. */
  public boolean carriesFacets() {
    return this == table || this == jsonl;
  }

  /**
   * Returns a writer of this format.
   *
   * @param runTag the TREC run tag
   * @param fullExplanations whether to add each explanation tree: to its leaves in JSON Lines, as
   *     text in tables and CSV
   */
  public ResultWriter open(Writer out, String runTag, boolean fullExplanations) {
    return open(out, runTag, fullExplanations, false);
  }

  /**
   * Returns a writer of this format that continues an output written before, which already has any
   * header the format starts with.
   *
   * @param runTag the TREC run tag
   * @param fullExplanations as for {@link #open(Writer, String, boolean)}
   * @param continuing whether the output already holds results of this format
   */
  public ResultWriter open(
      Writer out, String runTag, boolean fullExplanations, boolean continuing) {
    return switch (this) {
      case table -> new TableWriter(out, fullExplanations);
      case jsonl -> new JsonlWriter(out, fullExplanations);
      case csv -> new CsvWriter(out, fullExplanations, continuing);
      case trec -> new TrecWriter(out, runTag);
    };
  }
}
