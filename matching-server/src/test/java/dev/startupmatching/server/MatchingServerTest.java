package dev.startupmatching.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.sample.SampleData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a random port, called over HTTP with the JDK's client. */
class MatchingServerTest {
  private static final String KEY = "s3cret-key";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private static MatchingServer server;

  @BeforeAll
  static void start() throws Exception {
    StartupIndex index = StartupIndex.inMemory();
    index.upsertAll(SampleData.startups());
    index.commit();
    server =
        MatchingServer.builder()
            .index(index)
            .port(0)
            .apiKey(KEY)
            .needs(SampleData.needs())
            .units(SampleData.units())
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private record Answer(int status, String body) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }

    String error() throws Exception {
      return json().get("error").asText();
    }
  }

  private static Answer call(String method, String path, String body, String key) throws Exception {
    return call(server, method, path, body, key);
  }

  private static Answer call(MatchingServer to, String method, String path, String body, String key)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + to.port() + path))
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    if (key != null) {
      request.header(MatchingServer.API_KEY_HEADER, key);
    }
    HttpResponse<String> response = CLIENT.send(request.build(), BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }

  @Test
  void healthSaysHowManyStartupsTheIndexHolds() throws Exception {
    Answer health = call("GET", "/v1/health", null, null);

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("ok");
    assertThat(health.json().get("startups").asInt()).isGreaterThanOrEqualTo(300);
  }

  @Test
  void aNeedIsMatchedWithExplanationsAndTheFilterApplies() throws Exception {
    String need =
        "{\"need\": {\"id\": \"n1\", \"description\": \"fast charging stations for electric"
            + " trucks\"}, \"top\": 3, \"minFit\": 0";

    Answer all = call("POST", "/v1/match", need + "}", null);
    Answer seed = call("POST", "/v1/match", need + ", \"filter\": {\"stages\": [\"seed\"]}}", null);

    assertThat(all.status()).as(all.body()).isEqualTo(200);
    JsonNode matches = all.json().get("matches");
    assertThat(matches).hasSize(3);
    assertThat(matches.get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(matches.get(0).has("fit")).isTrue();
    assertThat(matches.get(0).get("explanation").get("details")).isNotEmpty();
    assertThat(seed.status()).isEqualTo(200);
    for (JsonNode match : seed.json().get("matches")) {
      String id = match.get("startup").asText();
      JsonNode startup = call("GET", "/v1/startups/" + id, null, null).json();
      assertThat(startup.path("stage").asText("seed")).isEqualTo("seed");
    }
  }

  @Test
  void badRequestsGet400WithTheFieldAndNoStackTrace() throws Exception {
    Answer notJson = call("POST", "/v1/match", "{\"need\": ", null);
    Answer noDescription = call("POST", "/v1/match", "{\"need\": {\"id\": \"n1\"}}", null);
    Answer badTop =
        call(
            "POST",
            "/v1/match",
            "{\"need\": {\"id\": \"n1\", \"description\": \"lidar\"}, \"top\": \"ten\"}",
            null);
    Answer badStage =
        call(
            "POST",
            "/v1/match",
            "{\"need\": {\"id\": \"n1\", \"description\": \"lidar\"}, \"filter\": {\"stages\":"
                + " [\"unicorn\"]}}",
            null);

    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.error()).startsWith("body: not JSON");
    assertThat(noDescription.status()).isEqualTo(400);
    assertThat(noDescription.error()).startsWith("need.description: ");
    assertThat(badTop.error()).isEqualTo("top: expected a whole number");
    assertThat(badStage.error()).startsWith("filter.stages: ");
    // Each field is within the record's limits, but title and description together pass the
    // matcher's limit on a need's text, which the library enforces.
    Answer tooLong =
        call(
            "POST",
            "/v1/match",
            "{\"need\": {\"id\": \"n1\", \"title\": \"Lidar for trucks\", \"description\": \""
                + "lidar ".repeat(Matching.MAX_NEED_TEXT_CHARS / 6)
                + "\"}}",
            null);
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.error()).contains("the limit is " + Matching.MAX_NEED_TEXT_CHARS);
    for (Answer answer : new Answer[] {notJson, noDescription, badTop, badStage, tooLong}) {
      assertThat(answer.body()).doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void writesNeedTheKeyAndAreSeenAtOnce() throws Exception {
    String startup =
        "{\"id\": \"zz1\", \"name\": \"Hydrolift\", \"description\": \"Hydrogen refuelling"
            + " stations for heavy trucks.\"}";

    Answer anonymous = call("PUT", "/v1/startups/zz1", startup, null);
    Answer wrongKey = call("PUT", "/v1/startups/zz1", startup, "guess");
    Answer stored = call("PUT", "/v1/startups/zz1", startup, KEY);
    Answer read = call("GET", "/v1/startups/zz1", null, null);
    Answer found =
        call(
            "POST",
            "/v1/match",
            "{\"need\": {\"id\": \"h\", \"description\": \"hydrogen refuelling for trucks\"},"
                + " \"top\": 1, \"minFit\": 0}",
            null);
    Answer deleted = call("DELETE", "/v1/startups/zz1", null, KEY);
    Answer gone = call("GET", "/v1/startups/zz1", null, null);

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.error()).contains(MatchingServer.API_KEY_HEADER);
    assertThat(wrongKey.status()).isEqualTo(401);
    assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    assertThat(stored.json().get("committed").asBoolean()).isTrue();
    assertThat(read.json().get("name").asText()).isEqualTo("Hydrolift");
    assertThat(found.json().get("matches").get(0).get("startup").asText()).isEqualTo("zz1");
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.error()).isEqualTo("no startup has id zz1");
  }

  @Test
  void aPutWhoseRecordNamesAnotherIdIsRefused() throws Exception {
    Answer answer =
        call(
            "PUT",
            "/v1/startups/zz2",
            "{\"id\": \"zz3\", \"name\": \"X\", \"description\": \"\"}",
            KEY);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.error()).startsWith("id: ");
    assertThat(call("GET", "/v1/startups/zz3", null, null).status()).isEqualTo(404);
  }

  @Test
  void aBulkUploadStoresAllLinesOrNone() throws Exception {
    String good =
        "{\"id\": \"bulk1\", \"name\": \"A\", \"description\": \"Lidar.\"}\n"
            + "{\"id\": \"bulk2\", \"name\": \"B\", \"description\": \"Radar.\"}\n";
    String bad =
        "{\"id\": \"bulk3\", \"name\": \"C\", \"description\": \"Sonar.\"}\n"
            + "{\"id\": \"bulk4\", \"description\": \"No name.\"}\n";

    Answer stored = call("POST", "/v1/startups", good, KEY);
    Answer refused = call("POST", "/v1/startups", bad, KEY);

    assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    assertThat(stored.json().get("upserted").asInt()).isEqualTo(2);
    assertThat(call("GET", "/v1/startups/bulk2", null, null).status()).isEqualTo(200);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.error()).startsWith("line 2: name: ").endsWith("nothing was stored");
    assertThat(call("GET", "/v1/startups/bulk3", null, null).status()).isEqualTo(404);
  }

  @Test
  void aStartupsFitsListItsNeedsAndUnits() throws Exception {
    String id = SampleData.startups().get(0).id();

    Answer fits = call("GET", "/v1/startups/" + id + "/fits", null, null);
    Answer unknown = call("GET", "/v1/startups/nope/fits", null, null);

    assertThat(fits.status()).as(fits.body()).isEqualTo(200);
    assertThat(fits.json().get("startup").asText()).isEqualTo(id);
    assertThat(fits.json().get("needs")).isNotEmpty();
    assertThat(fits.json().get("needs").get(0).get("match").get("startup").asText()).isEqualTo(id);
    assertThat(fits.json().get("units")).isNotEmpty();
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void aRequestPicksItsRankingModelAndAUnitIsRankedAcrossItsNeeds() throws Exception {
    String need = "{\"id\": \"n1\", \"description\": \"lidar sensors\"}";
    String unit = SampleData.units().get(0).id();

    Answer bm25 = call("POST", "/v1/match", "{\"need\": " + need + ", \"model\": \"bm25\"}", null);
    Answer semantic =
        call("POST", "/v1/match", "{\"need\": " + need + ", \"model\": \"semantic\"}", null);
    Answer unknown =
        call("POST", "/v1/match", "{\"need\": " + need + ", \"model\": \"magic\"}", null);
    Answer byUnit = call("POST", "/v1/units/" + unit + "/match", "{\"top\": 3}", null);
    Answer noUnit = call("POST", "/v1/units/nope/match", "{}", null);

    assertThat(bm25.status()).as(bm25.body()).isEqualTo(200);
    assertThat(semantic.status()).isEqualTo(400);
    assertThat(semantic.error()).startsWith("model: ");
    assertThat(unknown.error()).startsWith("model: unknown model 'magic'");
    assertThat(byUnit.status()).as(byUnit.body()).isEqualTo(200);
    assertThat(byUnit.json().get("matches")).hasSize(3);
    assertThat(byUnit.json().get("needs").asInt()).isPositive();
    assertThat(noUnit.status()).isEqualTo(404);
  }

  @Test
  void aTextIsTaggedWithAreasInItsLanguage() throws Exception {
    Answer tagged =
        call(
            "POST",
            "/v1/tag",
            "{\"text\": \"Wir suchen Startups für Batterierecycling\", \"language\": \"de\"}",
            null);
    Answer noText = call("POST", "/v1/tag", "{}", null);

    assertThat(tagged.status()).isEqualTo(200);
    assertThat(tagged.json().get("mentions").findValuesAsText("area"))
        .contains("electrification.battery.recycling");
    assertThat(noText.status()).isEqualTo(400);
    assertThat(noText.error()).isEqualTo("text: required");
  }

  @Test
  void aPathNoRouteServesIsA404InJson() throws Exception {
    Answer missing = call("GET", "/favicon.ico", null, null);

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().has("error")).isTrue();
  }

  @Test
  void metricsCountRequestsInPrometheusFormat() throws Exception {
    call("GET", "/v1/health", null, null);

    Answer metrics = call("GET", "/metrics", null, null);

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("# TYPE http_requests_total counter")
        .contains("http_requests_total{method=\"GET\",status=\"200\"}")
        .contains("http_request_duration_seconds_bucket{le=\"+Inf\"}");
  }

  @Test
  void withoutAKeyWritesAreOffAndLargeBodiesAreRefused(@TempDir Path dir) throws Exception {
    try (MatchingServer keyless =
        MatchingServer.builder().index(StartupIndex.open(dir)).port(0).maxBodyBytes(1024).start()) {
      Answer write =
          call(
              keyless,
              "PUT",
              "/v1/startups/a",
              "{\"id\":\"a\",\"name\":\"A\",\"description\":\"\"}",
              "x");
      Answer large =
          call(keyless, "POST", "/v1/tag", "{\"text\": \"" + "lidar ".repeat(1000) + "\"}", null);

      assertThat(write.status()).isEqualTo(403);
      assertThat(write.error()).contains("writes are off");
      assertThat(large.status()).isEqualTo(413);
    }
  }

  @Test
  void crossOriginCallsAreAllowedOnlyFromConfiguredOrigins() throws Exception {
    try (MatchingServer cors =
        MatchingServer.builder()
            .index(StartupIndex.inMemory())
            .port(0)
            .corsOrigins(Set.of("https://portal.example.com"))
            .start()) {
      HttpResponse<String> allowed = preflight(cors, "https://portal.example.com");
      HttpResponse<String> other = preflight(cors, "https://evil.example.com");
      HttpResponse<String> unconfigured = preflight(server, "https://portal.example.com");

      assertThat(allowed.statusCode()).isEqualTo(204);
      assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
          .hasValue("https://portal.example.com");
      assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
          .contains(MatchingServer.API_KEY_HEADER);
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(unconfigured.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  private static HttpResponse<String> preflight(MatchingServer to, String origin) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + to.port() + "/v1/match"))
            .method("OPTIONS", BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .build(),
        BodyHandlers.ofString());
  }

  @Test
  void closingCommitsWhatWasWritten(@TempDir Path dir) throws Exception {
    try (MatchingServer persistent =
        MatchingServer.builder().index(StartupIndex.open(dir)).port(0).apiKey(KEY).start()) {
      assertThat(
              call(
                      persistent,
                      "PUT",
                      "/v1/startups/kept",
                      "{\"id\":\"kept\",\"name\":\"Kept\",\"description\":\"Lidar.\"}",
                      KEY)
                  .status())
          .isEqualTo(200);
    }
    try (StartupIndex reopened = StartupIndex.open(dir)) {
      assertThat(reopened.get("kept")).isPresent();
    }
  }
}
