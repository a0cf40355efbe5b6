package dev.startupmatching.lucene;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.startupmatching.model.Startup;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared evaluation data in {@code ../shared}, which is never copied into the project: tests
 * that read it are skipped, with a message, when it is absent.
 */
public final class SharedData {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SharedData() {}

  /** A file of the shared data; skips the calling test if it is absent. */
  public static Path path(String relative) {
    Path path =
        Path.of(System.getProperty("startupmatching.shared", "../../shared")).resolve(relative);
    assumeTrue(Files.isRegularFile(path), "shared evaluation data absent, skipping: " + path);
    return path;
  }

  /**
   * The Y Combinator profiles as text alone: id, name, one-liner and description, without the tags,
   * industries and places the relevance judgments were derived from.
   */
  public static List<Startup> textOnlyProfiles(Path file) throws IOException {
    List<Startup> startups = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file)) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode node = JSON.readTree(line);
        startups.add(
            Startup.builder(node.get("id").asText(), node.get("name").asText())
                .oneLiner(node.path("oneLiner").asText(""))
                .description(node.path("description").asText(""))
                .build());
      }
    }
    return startups;
  }
}
