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
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checked-in OpenAPI document and the server's routes agree, both ways. */
class OpenApiTest {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete");

  private static Set<String> documented() throws Exception {
    JsonNode paths = new ObjectMapper().readTree(Service.openApi()).get("paths");
    Set<String> operations = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      path.getValue()
          .fieldNames()
          .forEachRemaining(
              method -> {
                if (METHODS.contains(method)) {
                  operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
              });
    }
    return operations;
  }

  private static Set<String> routed() {
    Set<String> operations = new HashSet<>();
    for (Service.Route route : new Service(null, null, null, List.of(), List.of(), null).routes()) {
      operations.add(route.method() + " " + route.path());
    }
    return operations;
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedOperationIsRouted() throws Exception {
    assertThat(documented()).isNotEmpty().isEqualTo(routed());
  }

  @Test
  void theServerServesTheDocumentAndAnswersEachOperation() throws Exception {
    StartupIndex index = StartupIndex.inMemory();
    index.upsertAll(SampleData.startups());
    index.commit();
    String id = SampleData.startups().get(0).id();
    HttpClient client = HttpClient.newHttpClient();
    try (MatchingServer server =
        MatchingServer.builder()
            .index(index)
            .port(0)
            .apiKey("k")
            .needs(SampleData.needs())
            .units(SampleData.units())
            .start()) {
      String base = "http://localhost:" + server.port();
      HttpResponse<String> document =
          client.send(
              HttpRequest.newBuilder(URI.create(base + Service.OPENAPI_PATH)).build(),
              BodyHandlers.ofString());
      assertThat(document.statusCode()).isEqualTo(200);
      assertThat(document.body()).isEqualTo(Service.openApi());

      // Deletes go last, so that the startup they remove is there for the other operations.
      List<String> operations =
          documented().stream()
              .sorted(
                  Comparator.comparing((String o) -> o.startsWith("DELETE "))
                      .thenComparing(Comparator.naturalOrder()))
              .toList();
      for (String operation : operations) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path =
            operation
                .substring(operation.indexOf(' ') + 1)
                .replace("/units/{id}", "/units/" + SampleData.units().get(0).id())
                .replace("{id}", id);
        HttpResponse<String> answer =
            client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                    .header(MatchingServer.API_KEY_HEADER, "k")
                    .method(method, BodyPublishers.ofString("{}"))
                    .build(),
                BodyHandlers.ofString());
        // A routed operation answers in JSON, even to the empty object it is sent here: with its
        // result, or with a 400 that names what is missing.
        assertThat(answer.statusCode()).as(operation).isIn(200, 400);
        assertThat(answer.headers().firstValue("Content-Type"))
            .as(operation)
            .hasValue("application/json");
      }
    }
  }
}
