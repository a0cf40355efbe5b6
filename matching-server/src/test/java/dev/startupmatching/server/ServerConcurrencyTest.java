package dev.startupmatching.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.sample.SampleData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Eight clients search for 30 seconds while a writer keeps rewriting ten startups, one by one and
 * in bulk. No request may fail, each answer must be one consistent list (ranks 1, 2, 3..., scores
 * that never rise, no startup twice, every record whole: its name and text from the same write),
 * and no client may see a startup go back to an older version.
 */
class ServerConcurrencyTest {
  private static final String KEY = "k";
  private static final int CLIENTS = 8;
  private static final Duration RUN = Duration.ofSeconds(30);
  private static final int PROBES = 10;
  private static final Pattern VERSION = Pattern.compile("version (\\d+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How many listed probes carried a version in both their name and their snippet. */
  private static final AtomicInteger PROBES_CHECKED = new AtomicInteger();

  private static String probe(int i, int version) {
    return String.format(
        "{\"id\": \"probe%d\", \"name\": \"Probe %d version %d\", \"description\": \"Hydrogen"
            + " refuelling probe, version %d of its profile.\"}",
        i, i, version, version);
  }

  @Test
  void searchesStayConsistentWhileStartupsAreRewritten() throws Exception {
    StartupIndex index = StartupIndex.inMemory();
    index.upsertAll(SampleData.startups());
    index.commit();
    Queue<String> problems = new ConcurrentLinkedQueue<>();
    AtomicInteger searches = new AtomicInteger();
    AtomicInteger versions = new AtomicInteger();
    try (MatchingServer server =
        MatchingServer.builder().index(index).port(0).apiKey(KEY).start()) {
      String base = "http://localhost:" + server.port();
      HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
      long deadline = System.nanoTime() + RUN.toNanos();
      ExecutorService threads = Executors.newFixedThreadPool(CLIENTS + 1);
      List<Future<?>> running = new ArrayList<>();
      running.add(
          threads.submit(
              () -> {
                for (int version = 1; System.nanoTime() < deadline; version++) {
                  StringBuilder bulk = new StringBuilder();
                  for (int i = 0; i < PROBES; i++) {
                    bulk.append(probe(i, version)).append('\n');
                  }
                  expectOk(client, problems, "POST", base + "/v1/startups", bulk.toString());
                  version++;
                  for (int i = 0; i < PROBES && System.nanoTime() < deadline; i++) {
                    expectOk(
                        client,
                        problems,
                        "PUT",
                        base + "/v1/startups/probe" + i,
                        probe(i, version));
                  }
                  versions.set(version);
                }
                return null;
              }));
      for (int c = 0; c < CLIENTS; c++) {
        running.add(
            threads.submit(
                () -> {
                  int lastSeen = 0;
                  while (System.nanoTime() < deadline) {
                    String body =
                        expectOk(
                            client,
                            problems,
                            "POST",
                            base + "/v1/match",
                            "{\"need\": {\"id\": \"n\", \"description\": \"hydrogen refuelling"
                                + " probe\"}, \"top\": 20, \"minFit\": 0, \"explanationDepth\":"
                                + " 1}");
                    if (body != null) {
                      lastSeen = check(JSON.readTree(body), lastSeen, problems);
                      searches.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> future : running) {
        future.get();
      }
      threads.shutdown();
    }

    assertThat(problems).isEmpty();
    assertThat(versions.get()).as("versions written").isGreaterThan(2);
    assertThat(searches.get()).as("searches answered").isGreaterThan(CLIENTS * 10);
    assertThat(PROBES_CHECKED.get()).as("probe records checked").isGreaterThan(searches.get());
  }

  /** Checks one answer; returns the newest version of probe0 this client has seen so far. */
  private static int check(JsonNode answer, int lastSeen, Queue<String> problems) {
    JsonNode matches = answer.get("matches");
    Set<String> ids = new HashSet<>();
    double previous = Double.POSITIVE_INFINITY;
    int seen = lastSeen;
    for (int i = 0; i < matches.size(); i++) {
      JsonNode match = matches.get(i);
      if (match.get("rank").asInt() != i + 1) {
        problems.add("rank " + match.get("rank") + " at position " + (i + 1));
      }
      double score = match.get("score").asDouble();
      if (score > previous) {
        problems.add("score rose from " + previous + " to " + score);
      }
      previous = score;
      String id = match.get("startup").asText();
      if (!ids.add(id)) {
        problems.add("startup " + id + " listed twice");
      }
      if (id.startsWith("probe")) {
        int named = version(match.get("name").asText());
        int written = version(match.path("snippet").path("text").asText(""));
        if (written >= 0) {
          PROBES_CHECKED.incrementAndGet();
          if (written != named) {
            problems.add(id + " mixes versions " + named + " and " + written);
          }
        }
        if (id.equals("probe0")) {
          if (named < lastSeen) {
            problems.add("probe0 went back from version " + lastSeen + " to " + named);
          }
          seen = Math.max(seen, named);
        }
      }
    }
    return seen;
  }

  private static int version(String text) {
    Matcher matcher = VERSION.matcher(text);
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
  }

  private static String expectOk(
      HttpClient client, Queue<String> problems, String method, String url, String body) {
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(url))
                  .header(MatchingServer.API_KEY_HEADER, KEY)
                  .method(method, BodyPublishers.ofString(body))
                  .build(),
              BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        problems.add(method + " " + url + ": " + response.statusCode() + " " + response.body());
        return null;
      }
      return response.body();
    } catch (Exception e) {
      problems.add(method + " " + url + ": " + e);
      return null;
    }
  }
}
