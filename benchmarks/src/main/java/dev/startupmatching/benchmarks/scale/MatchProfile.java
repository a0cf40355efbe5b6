package dev.startupmatching.benchmarks.scale;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of a match goes, from Java Flight Recorder's execution samples: each sample taken
 * inside {@code LuceneStartupMatcher.match} is counted for the phase the matcher's own methods
 * called (query building, retrieval, loading candidates, re-ranking, explaining), and inside the
 * phases that have steps of their own for the step: within retrieval, the need's search and the
 * feedback words' search (told apart by the line they are called from), feedback and merging;
 * within loading, decoding records, the neighbourhood signal and coverage; within explaining each
 * match, its clauses and snippet (the clause explanations of all matches at once are {@code
 * MatchExplainer.prepare}, a phase of its own). Method names and lines are the library's internal
 * ones, as stack traces show them.
 */
final class MatchProfile {
  private static final String MATCHER = "dev.startupmatching.lucene.LuceneStartupMatcher";
  private static final String MATCH = MATCHER + ".match";

  /** The phases whose steps are told apart. */
  private static final Set<String> PHASES =
      Set.of(
          "dev.startupmatching.lucene.retrieval.LexicalRetrieval.retrieve",
          "dev.startupmatching.lucene.ranking.Candidates.load",
          "dev.startupmatching.lucene.explanation.MatchExplainer.explainReranked",
          "dev.startupmatching.lucene.explanation.MatchExplainer.explainRetrieved");

  private MatchProfile() {}

  /** The share of samples of each phase, largest first, and the count of samples behind them. */
  record Phases(int samples, Map<String, Double> shares, Map<String, Double> hotMethods) {}

  /** Records {@code work} with the "profile" settings into {@code file} and attributes it. */
  static Phases record(Path file, Runnable work) throws IOException, ParseException {
    try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
      recording.start();
      work.run();
      recording.stop();
      recording.dump(file);
    }
    return attribute(file);
  }

  static Phases attribute(Path file) throws IOException {
    Map<String, Integer> phases = new HashMap<>();
    Map<String, Integer> leaves = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = event.getStackTrace().getFrames(); // the running method first
      int match = indexOf(frames, MATCH);
      if (match < 0) {
        continue; // not a match: the benchmark's own loop, or a truncated stack
      }
      samples++;
      leaves.merge(shortName(frames.get(0)), 1, Integer::sum);
      // Through the matcher's own methods to the phase they called.
      int caller = match;
      while (caller > 0 && name(frames.get(caller - 1)).startsWith(MATCHER + ".")) {
        caller--;
      }
      String phase;
      if (caller == 0) {
        phase = "the matcher itself";
      } else {
        RecordedFrame callee = frames.get(caller - 1);
        phase = shortName(callee);
        if (PHASES.contains(name(callee)) && caller >= 2) {
          RecordedFrame step = frames.get(caller - 2);
          phase += " > " + shortName(step);
          if (shortName(step).equals("LexicalRetrieval.search")) {
            // retrieval searches twice; the line it calls from tells the searches apart.
            phase += " (line " + callee.getLineNumber() + ")";
          }
        }
      }
      phases.merge(phase, 1, Integer::sum);
    }
    return new Phases(samples, shares(phases, samples, 12), shares(leaves, samples, 10));
  }

  private static int indexOf(List<RecordedFrame> frames, String method) {
    for (int i = 0; i < frames.size(); i++) {
      if (name(frames.get(i)).equals(method)) {
        return i;
      }
    }
    return -1;
  }

  private static String name(RecordedFrame frame) {
    RecordedMethod method = frame.getMethod();
    return method.getType().getName() + "." + method.getName();
  }

  /** The class's simple name and the method: {@code Feedback.expand}. */
  private static String shortName(RecordedFrame frame) {
    String name = name(frame);
    int method = name.lastIndexOf('.');
    int type = name.lastIndexOf('.', method - 1);
    return name.substring(type + 1);
  }

  private static Map<String, Double> shares(Map<String, Integer> counts, int total, int limit) {
    Map<String, Double> shares = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Entry.<String, Integer>comparingByValue().reversed())
        .limit(limit)
        .forEach(e -> shares.put(e.getKey(), Math.round(1000.0 * e.getValue() / total) / 1000.0));
    return shares;
  }
}
