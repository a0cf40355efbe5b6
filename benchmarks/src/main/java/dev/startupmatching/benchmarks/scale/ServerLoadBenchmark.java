package dev.startupmatching.benchmarks.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.startupmatching.benchmarks.Options;
import dev.startupmatching.benchmarks.corpus.CorpusGenerator;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.server.MatchingServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Requests per second and latency of matching over HTTP, against the same matches made in process,
 * in the same run: 8 clients (by default) match needs of the generated corpus for a fixed time,
 * through the Java API and through {@code POST /v1/match} of a {@link MatchingServer} on the same
 * index, in alternating rounds. Both answer the top 10 with their explanations; over HTTP they are
 * also written as JSON ({@code MatchesJson}), sent and parsed, which is the overhead this measures.
 *
 * <pre>{@code
 * ./mvnw -q -DskipTests install && benchmarks/run server-load --docs 100000
 * }</pre>
 */
public final class ServerLoadBenchmark {
  private static final String USAGE =
      "usage: benchmarks/run server-load [--docs N] [--needs M] [--seed S] [--clients C]"
          + " [--seconds T] [--rounds R] [--warmup W] [--index DIR]";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MatchOptions OPTIONS = MatchOptions.builder().topK(10).minFit(0).build();

  private ServerLoadBenchmark() {}

  /** Runs the benchmark; the last line of standard output is one JSON object of results. */
  public static void main(String[] args) throws Exception {
    Options options =
        Options.parse(
            args,
            Set.of("docs", "needs", "seed", "clients", "seconds", "rounds", "warmup", "index"),
            USAGE);
    int docs = options.integer("docs", 100_000, 1);
    int needCount = options.integer("needs", 200, 1);
    long seed = options.number("seed", 42);
    int clients = options.integer("clients", 8, 1);
    int seconds = options.integer("seconds", 30, 1);
    int warmup = options.integer("warmup", 10, 0);
    int rounds = options.integer("rounds", 2, 1);
    String kept = options.string("index", null);

    CorpusGenerator corpus = CorpusGenerator.withSeed(seed);
    List<Need> needs = corpus.needs(needCount).toList();
    Path dir = kept == null ? Files.createTempDirectory("startup-load-") : Path.of(kept);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("docs", docs);
    result.put("clients", clients);
    result.put("seconds", seconds);
    result.put("rounds", rounds);
    StartupIndex index = StartupIndex.open(dir);
    if (index.size() != docs) {
      log("indexing %,d startups into %s", docs, dir);
      long start = System.nanoTime();
      index.upsertAll(() -> corpus.startups(docs).iterator());
      index.commit();
      log("indexed in %.1f s", (System.nanoTime() - start) / 1e9);
    } else {
      log("reusing the %,d startups in %s", docs, dir);
    }

    ExecutorService clientThreads = Executors.newFixedThreadPool(clients);
    HttpClient client = HttpClient.newBuilder().executor(clientThreads).build();
    try (StartupMatcher matcher = Matching.builder().index(index).build();
        MatchingServer server = MatchingServer.builder().index(index).port(0).start()) {
      URI match = URI.create("http://localhost:" + server.port() + "/v1/match");
      List<String> bodies = new ArrayList<>();
      for (Need need : needs) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("need").put("id", need.id()).put("description", need.description());
        body.put("top", 10).put("minFit", 0);
        bodies.add(body.toString());
      }
      IntConsumer inProcess =
          i -> {
            if (matcher.match(needs.get(i % needs.size()), OPTIONS).isEmpty()) {
              throw new IllegalStateException("no match");
            }
          };
      IntConsumer overHttp =
          i -> {
            try {
              var response =
                  client.send(
                      HttpRequest.newBuilder(match)
                          .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size())))
                          .build(),
                      BodyHandlers.ofString());
              if (response.statusCode() != 200
                  || JSON.readTree(response.body()).get("matches").isEmpty()) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
              }
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          };
      log("warm-up: %d s in process, %d s over HTTP", warmup, warmup);
      timed(clients, warmup, inProcess);
      timed(clients, warmup, overHttp);
      // The two alternate, so that both see the same state of the machine and the index.
      Phase direct = new Phase();
      Phase http = new Phase();
      for (int round = 1; round <= rounds; round++) {
        log("round %d of %d: %d s in process, %d s over HTTP", round, rounds, seconds, seconds);
        direct.add(clients, seconds, inProcess);
        http.add(clients, seconds, overHttp);
      }
      result.put("inProcess", direct.summary());
      result.put("http", http.summary());
      result.put("httpOverheadP50Ms", round(http.percentile(0.5) - direct.percentile(0.5), 2));
      result.put("httpThroughputRatio", round(http.perSecond() / direct.perSecond(), 2));
      log("in process %s; over HTTP %s", direct.summary(), http.summary());
    } finally {
      clientThreads.shutdownNow();
    }
    System.out.println(JSON.writeValueAsString(result));
  }

  /** One way of asking's figures, over all its rounds. */
  private static final class Phase {
    private final Latencies latencies = new Latencies();
    private long requests;
    private double seconds;

    void add(int clients, int span, IntConsumer request) throws Exception {
      long start = System.nanoTime();
      for (Latencies one : timed(clients, span, request)) {
        requests += one.size();
        latencies.addAll(one);
      }
      seconds += (System.nanoTime() - start) / 1e9;
    }

    double perSecond() {
      return requests / seconds;
    }

    double percentile(double p) {
      return latencies.percentile(p);
    }

    Map<String, Object> summary() {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("requests", requests);
      summary.put("requestsPerSec", round(perSecond(), 1));
      summary.put("p50Ms", round(percentile(0.5), 2));
      summary.put("p99Ms", round(percentile(0.99), 2));
      return summary;
    }
  }

  private static List<Latencies> timed(int clients, int seconds, IntConsumer request)
      throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    List<Future<Latencies>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      running.add(
          threads.submit(
              () -> {
                Latencies latencies = new Latencies();
                for (int i = client; System.nanoTime() < deadline; i += clients) {
                  long start = System.nanoTime();
                  request.accept(i);
                  latencies.since(start);
                }
                return latencies;
              }));
    }
    List<Latencies> results = new ArrayList<>();
    for (Future<Latencies> future : running) {
      results.add(future.get());
    }
    threads.shutdown();
    return results;
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  private static void log(String format, Object... args) {
    System.err.println(String.format(Locale.ROOT, format, args));
  }
}
