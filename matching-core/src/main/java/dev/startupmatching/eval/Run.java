package dev.startupmatching.eval;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import dev.startupmatching.model.Ids;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
   * sourceName} names it in errors. Each line must have five or six columns, ids that follow the
   * {@link Ids} rule, an integer rank and a finite score, and list a startup at most once for a
   * need, as {@code trec_eval} demands: a run that repeats a relevant startup would otherwise be
   * credited for it again at each place.
   *
   * @throws InputException naming the line and field of the first malformed line
   */
  public static Run read(InputStream in, String sourceName) throws IOException {
    Map<String, List<Entry>> entries = new LinkedHashMap<>();
    // Where each need's startups were first listed, to name it when one is listed again.
    Map<String, Map<String, Long>> lines = new HashMap<>();
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
      if (parts.length < 5 || parts.length > 6) {
        throw new InputException(
            InputError.ofLine(
                sourceName,
                number,
                "expected 'needId Q0 startupId rank score [runTag]' but found "
                    + parts.length
                    + " columns"));
      }
      String needId = checkId(parts[0], "needId", sourceName, number);
      String startupId = checkId(parts[2], "startupId", sourceName, number);
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
      if (!Double.isFinite(score)) {
        throw new InputException(
            InputError.ofField(
                sourceName, number, "score", "not a finite number: '" + parts[4] + "'"));
      }
      Long first =
          lines.computeIfAbsent(needId, k -> new HashMap<>()).putIfAbsent(startupId, number);
      if (first != null) {
        throw new InputException(
            InputError.ofField(
                sourceName,
                number,
                "startupId",
                "startup '"
                    + startupId
                    + "' is listed twice for need '"
                    + needId
                    + "', first on line "
                    + first));
      }
      entries
          .computeIfAbsent(needId, k -> new ArrayList<>())
          .add(new Entry(startupId, rank, score));
    }
    return of(entries);
  }

  /**
   * Returns a need or startup id of a run or qrels line, or throws an {@link InputException} of the
   * field if the id breaks the {@link Ids} rule, such as one with a no-break space, which does not
   * separate columns but is no part of an id.
   */
  static String checkId(String id, String field, String sourceName, long line) {
    try {
      return Ids.check(field, id);
    } catch (IllegalArgumentException e) {
      throw new InputException(InputError.ofField(sourceName, line, field, e.getMessage()));
    }
  }

  /** The needs the run ranks startups for, in file order. */
  public Set<String> needIds() {
    return entries.keySet();
  }

  /** One need's entries in TREC order; empty for a need the run lacks. */
  public List<Entry> entries(String needId) {
    checkArgument(needId != null, "needId must not be null");
    return entries.getOrDefault(needId, ImmutableList.of());
  }

  /** One need's startup ids in TREC order. */
  public List<String> ranking(String needId) {
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
   * Checks that a run tag is one word, as the TREC format needs: not empty, and no character that
   * an id must not hold (see {@link Ids#isForbidden}).
   *
   * @throws IllegalArgumentException otherwise
   */
  public static void checkRunTag(String runTag) {
    checkArgument(
        runTag != null && !runTag.isEmpty() && runTag.codePoints().noneMatch(Ids::isForbidden),
        "run tag must be one word but was '%s'",
        runTag);
  }

  /**
   * Returns one TREC run line, with its line end: {@code needId Q0 startupId rank score tag}.
   *
   * @throws IllegalArgumentException if an id breaks the {@link Ids} rule or the run tag is not one
   *     word: either would add columns or lines to the run, or results of startups that do not
   *     exist
   */
  public static String line(
      String needId, String startupId, int rank, double score, String runTag) {
    Ids.check("needId", needId);
    Ids.check("startupId", startupId);
    checkRunTag(runTag);
    return String.format(
        Locale.ROOT, "%s Q0 %s %d %.6f %s%n", needId, startupId, rank, score, runTag);
  }
}
