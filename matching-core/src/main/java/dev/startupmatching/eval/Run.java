package dev.startupmatching.eval;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A TREC run: for each need, startups with a rank and a score, in lines of {@code needId Q0
 * startupId rank score runTag}. Instances are immutable and thread-safe.
 *
 * <p>{@link #ranking} orders a need's startups as {@code trec_eval} and the project's reference
 * scorer do: by score, highest first; then by rank; then by startup id, last first.
 */
public final class Run {
  /** One line of a run. */
  public record Entry(String startupId, int rank, double score) {}

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private static final Comparator<Entry> TREC_ORDER =
      Comparator.comparingDouble(Entry::score)
          .reversed()
          .thenComparingInt(Entry::rank)
          .thenComparing(Entry::startupId, Comparator.reverseOrder());

  private final ImmutableMap<String, ImmutableList<Entry>> entries;

  private Run(ImmutableMap<String, ImmutableList<Entry>> entries) {
    this.entries = entries;
  }

  /** Returns a run of the given entries by need id; each need's entries are put in TREC order. */
  public static Run of(Map<String, ? extends List<Entry>> entries) {
    ImmutableMap.Builder<String, ImmutableList<Entry>> sorted = ImmutableMap.builder();
    entries.forEach((need, list) -> sorted.put(need, ImmutableList.sortedCopyOf(TREC_ORDER, list)));
    return new Run(sorted.buildOrThrow());
  }

  /**
   * Reads a run file.
   *
   * @throws InputException naming the line and field of the first malformed line
   */
  public static Run read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a run from a stream of UTF-8 text, skipping a byte order mark at its start; {@code
   * sourceName} names it in errors.
   */
  public static Run read(InputStream in, String sourceName) throws IOException {
    Map<String, List<Entry>> entries = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    long number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith(BYTE_ORDER_MARK)) {
        // Windows tools start UTF-8 files with one; it would otherwise join the first need id.
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("\\s+");
      if (parts.length < 5) {
        throw new InputException(
            InputError.ofLine(
                sourceName,
                number,
                "expected 'needId Q0 startupId rank score [runTag]' but found "
                    + parts.length
                    + " columns"));
      }
      int rank;
      double score;
      try {
        rank = Integer.parseInt(parts[3]);
      } catch (NumberFormatException e) {
        throw new InputException(
            InputError.ofField(sourceName, number, "rank", "not an integer: '" + parts[3] + "'"));
      }
      try {
        score = Double.parseDouble(parts[4]);
      } catch (NumberFormatException e) {
        throw new InputException(
            InputError.ofField(sourceName, number, "score", "not a number: '" + parts[4] + "'"));
      }
      entries
          .computeIfAbsent(parts[0], k -> new ArrayList<>())
          .add(new Entry(parts[2], rank, score));
    }
    return of(entries);
  }

  /** The needs the run ranks startups for, in file order. */
  public ImmutableSet<String> needIds() {
    return entries.keySet();
  }

  /** One need's entries in TREC order; empty for a need the run lacks. */
  public ImmutableList<Entry> entries(String needId) {
    checkArgument(needId != null, "needId must not be null");
    return entries.getOrDefault(needId, ImmutableList.of());
  }

  /** One need's startup ids in TREC order. */
  public ImmutableList<String> ranking(String needId) {
    return entries(needId).stream().map(Entry::startupId).collect(ImmutableList.toImmutableList());
  }

  /** Writes the run in TREC format, ranks renumbered 1..n per need in TREC order. */
  public void write(Writer out, String runTag) throws IOException {
    checkRunTag(runTag);
    for (Map.Entry<String, ImmutableList<Entry>> need : entries.entrySet()) {
      int rank = 1;
      for (Entry entry : need.getValue()) {
        out.write(line(need.getKey(), entry.startupId(), rank++, entry.score(), runTag));
      }
    }
  }

  /**
   * Checks that a run tag is one word, as the TREC format needs.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static void checkRunTag(String runTag) {
    checkArgument(
        runTag != null && !runTag.isEmpty() && runTag.chars().noneMatch(Character::isWhitespace),
        "run tag must be one word but was '%s'",
        runTag);
  }

  /** Returns one TREC run line, with its line end: {@code needId Q0 startupId rank score tag}. */
  public static String line(
      String needId, String startupId, int rank, double score, String runTag) {
    return String.format(
        Locale.ROOT, "%s Q0 %s %d %.6f %s%n", needId, startupId, rank, score, runTag);
  }
}
