package dev.startupmatching.eval;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Graded relevance judgments in TREC qrels format: lines of {@code needId iteration startupId
 * grade}, where a grade above 0 means relevant. Instances are immutable and thread-safe.
 */
public final class Qrels {
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private final ImmutableMap<String, ImmutableMap<String, Integer>> grades;

  private Qrels(ImmutableMap<String, ImmutableMap<String, Integer>> grades) {
    this.grades = grades;
  }

  /**
   * Reads a qrels file.
   *
   * @throws InputException naming the line and field of the first malformed line
   */
  public static Qrels read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads qrels from a stream of UTF-8 text, skipping a byte order mark at its start; {@code
   * sourceName} names it in errors. Each line must have four columns, ids that follow the {@link
   * dev.startupmatching.model.Ids} rule and an integer grade.
   *
   * @throws InputException naming the line and field of the first malformed line
   */
  public static Qrels read(InputStream in, String sourceName) throws IOException {
    Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    long lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith(BYTE_ORDER_MARK)) {
        // Windows tools start UTF-8 files with one; it would otherwise join the first need id.
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("\\s+");
      if (parts.length != 4) {
        throw new InputException(
            InputError.ofLine(
                sourceName,
                lineNumber,
                "expected 4 columns 'needId iteration startupId grade' but found " + parts.length));
      }
      String needId = Run.checkId(parts[0], "needId", sourceName, lineNumber);
      String startupId = Run.checkId(parts[2], "startupId", sourceName, lineNumber);
      int grade;
      try {
        grade = Integer.parseInt(parts[3]);
      } catch (NumberFormatException e) {
        throw new InputException(
            InputError.ofField(
                sourceName, lineNumber, "grade", "not an integer: '" + parts[3] + "'"));
      }
      grades.computeIfAbsent(needId, k -> new LinkedHashMap<>()).put(startupId, grade);
    }
    ImmutableMap.Builder<String, ImmutableMap<String, Integer>> built = ImmutableMap.builder();
    grades.forEach((need, byStartup) -> built.put(need, ImmutableMap.copyOf(byStartup)));
    return new Qrels(built.buildOrThrow());
  }

  /** The needs that have judgments, in file order. */
  public Set<String> needIds() {
    return grades.keySet();
  }

  /** The grades of one need's judged startups; empty for an unjudged need. */
  public Map<String, Integer> grades(String needId) {
    checkArgument(needId != null, "needId must not be null");
    return grades.getOrDefault(needId, ImmutableMap.of());
  }
}
