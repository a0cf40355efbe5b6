package dev.startupmatching.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.startupmatching.batch.NeedFit;
import dev.startupmatching.batch.ReverseMatcher;
import dev.startupmatching.batch.UnitFit;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import dev.startupmatching.io.JsonLinesReader;
import dev.startupmatching.io.JsonLinesWriter;
import dev.startupmatching.io.MatchesJson;
import dev.startupmatching.lucene.ConceptTagger;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.lucene.RankingModel;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.match.Matches;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Startup;
import dev.startupmatching.model.TechnologyArea;
import dev.startupmatching.taxonomy.ConceptMention;
import dev.startupmatching.unit.Aggregation;
import dev.startupmatching.unit.UnitMatch;
import dev.startupmatching.unit.UnitRanker;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The endpoints: each reads its request, calls the library's public API and writes JSON. No ranking
 * happens here.
 */
final class Service {
  private static final Logger log = LoggerFactory.getLogger(Service.class);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final String JSON_TYPE = "application/json";

  /** The path of the OpenAPI document, which the server serves from its resources. */
  static final String OPENAPI_PATH = "/openapi.json";

  private final StartupIndex index;
  private final StartupMatcher matcher;
  private final ConceptTagger tagger;
  private final List<Need> needs;
  private final List<BusinessUnit> units;
  private final ApiKeys keys;
  private final Map<RankingModel, StartupMatcher> byModel = new EnumMap<>(RankingModel.class);

  Service(
      StartupIndex index,
      StartupMatcher matcher,
      ConceptTagger tagger,
      List<Need> needs,
      List<BusinessUnit> units,
      ApiKeys keys) {
    this.index = index;
    this.matcher = matcher;
    this.tagger = tagger;
    this.needs = needs;
    this.units = units;
    this.keys = keys;
    byModel.put(RankingModel.DEFAULT, matcher);
  }

  /**
   * The matcher of a ranking model, built on first use over the same index.
   *
   * @throws HttpError 400 for a model the index cannot serve, such as a semantic one without
   *     embedding vectors
   */
  private synchronized StartupMatcher matcher(RankingModel model) {
    StartupMatcher found = byModel.get(model);
    if (found == null) {
      try {
        found = Matching.builder().index(index).model(model).build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw HttpError.badRequest("model: " + e.getMessage());
      }
      byModel.put(model, found);
    }
    return found;
  }

  /** Closes the matchers built for other models than the default, which the server closes. */
  synchronized void close() {
    byModel.forEach(
        (model, built) -> {
          if (model != RankingModel.DEFAULT) {
            built.close();
          }
        });
  }

  /** A route: its method, its path template and whether it writes. */
  record Route(String method, String path, boolean write, Endpoint endpoint) {}

  /** The JSON routes, as the OpenAPI document lists them. */
  List<Route> routes() {
    return List.of(
        new Route("GET", "/v1/health", false, this::health),
        new Route("POST", "/v1/match", false, this::match),
        new Route("POST", "/v1/startups", true, this::upsertAll),
        new Route("GET", "/v1/startups/{id}", false, this::getStartup),
        new Route("PUT", "/v1/startups/{id}", true, this::upsert),
        new Route("DELETE", "/v1/startups/{id}", true, this::delete),
        new Route("GET", "/v1/startups/{id}/fits", false, this::fits),
        new Route("POST", "/v1/units/{id}/match", false, this::matchUnit),
        new Route("POST", "/v1/tag", false, this::tag),
        new Route("GET", "/v1/needs", false, this::needsAndUnits),
        new Route("GET", "/v1/areas", false, this::areas));
  }

  void register(HttpRouting.Builder routing, RequestMetrics metrics) {
    routing.addFilter(metrics);
    for (Route route : routes()) {
      io.helidon.webserver.http.Handler handler = handler(route);
      switch (route.method()) {
        case "GET" -> routing.get(route.path(), handler);
        case "POST" -> routing.post(route.path(), handler);
        case "PUT" -> routing.put(route.path(), handler);
        case "DELETE" -> routing.delete(route.path(), handler);
        default -> throw new IllegalStateException("no such method: " + route.method());
      }
    }
    routing.get(
        "/metrics",
        (req, res) -> send(res, Status.OK_200, "text/plain; version=0.0.4", metrics.prometheus()));
    routing.get(OPENAPI_PATH, (req, res) -> send(res, Status.OK_200, JSON_TYPE, openApi()));
    // The scouts' page: static files, open like the reads it makes.
    routing.get("/", page("index.html", "text/html; charset=utf-8"));
    routing.get("/app.js", page("app.js", "text/javascript; charset=utf-8"));
    routing.get("/app.css", page("app.css", "text/css; charset=utf-8"));
    routing.error(HttpError.class, (req, res, e) -> sendError(res, e.status(), e.getMessage()));
    // The web server's own refusals, such as a path no route serves (404) or a body over the limit.
    routing.error(HttpException.class, (req, res, e) -> sendError(res, e.status(), e.getMessage()));
    // The library refuses arguments past its documented limits, such as a need's length, with a
    // message meant for the caller.
    routing.error(
        IllegalArgumentException.class,
        (req, res, e) -> sendError(res, Status.BAD_REQUEST_400, e.getMessage()));
    routing.error(
        Throwable.class,
        (req, res, e) -> {
          // The client learns that it failed, never how: the stack trace stays in the log.
          log.error("{} {} failed", req.prologue().method().text(), req.path().rawPath(), e);
          sendError(
              res, Status.INTERNAL_SERVER_ERROR_500, "internal error; the server log says more");
        });
  }

  private static io.helidon.webserver.http.Handler page(String file, String type) {
    String content = resource("page/" + file);
    return (req, res) -> {
      res.header(HeaderNames.CACHE_CONTROL, "no-cache");
      send(res, Status.OK_200, type, content);
    };
  }

  private static String resource(String name) {
    try (InputStream in = Service.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the server's resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The OpenAPI document, as checked in beside this class. */
  static String openApi() {
    return resource("openapi.json");
  }

  /** An endpoint: its answer's {@code toString} is the JSON body. */
  @FunctionalInterface
  interface Endpoint {
    Object answer(ServerRequest req) throws IOException;
  }

  /** The handler of a route: checks the key a read or write needs, then answers in JSON. */
  private io.helidon.webserver.http.Handler handler(Route route) {
    return (req, res) -> {
      keys.check(
          route.write(), req.headers().first(HeaderNames.create(MatchingServer.API_KEY_HEADER)));
      send(res, Status.OK_200, JSON_TYPE, route.endpoint().answer(req).toString());
    };
  }

  private static void send(ServerResponse res, Status status, String type, String body) {
    res.status(status);
    res.header(HeaderNames.CONTENT_TYPE, type);
    res.send(body);
  }

  private static void sendError(ServerResponse res, Status status, String message) {
    send(res, status, JSON_TYPE, JSON.createObjectNode().put("error", message).toString());
  }

  private ObjectNode health(ServerRequest req) {
    ObjectNode health = JSON.createObjectNode();
    health.put("status", "ok");
    health.put("startups", index.size());
    health.put("taxonomyVersion", index.taxonomy().version());
    health.put("embeddingModel", index.embeddingModel().map(m -> m.id()).orElse("none"));
    health.put("readOnly", index.readOnly());
    health.put("needs", needs.size());
    health.put("units", units.size());
    return health;
  }

  private ObjectNode match(ServerRequest req) {
    JsonNode body = Requests.object(req.content().as(String.class));
    Need need = Requests.need(body.get("need"));
    MatchRequest request = MatchRequest.read(body);
    Matches matches = matcher(request.model()).match(need, request.options());
    ObjectNode answer = JSON.createObjectNode().put("need", need.id());
    List<String> items = new ArrayList<>(matches.size());
    matches.forEach(m -> items.add(MatchesJson.match(m, request.explanationDepth())));
    answer.putRawValue("matches", array(items));
    matches.noMatchReason().ifPresent(reason -> answer.put("noMatch", reason));
    return answer;
  }

  private ObjectNode matchUnit(ServerRequest req) {
    String id = req.path().pathParameters().get("id");
    BusinessUnit unit =
        units.stream()
            .filter(u -> u.id().equals(id))
            .findFirst()
            .orElseThrow(() -> HttpError.notFound("no business unit has id " + id));
    JsonNode body = Requests.object(req.content().as(String.class));
    MatchRequest request = MatchRequest.read(body);
    Aggregation aggregation;
    try {
      aggregation = Aggregation.named(body.path("aggregate").asText("max"));
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("aggregate: " + e.getMessage());
    }
    List<Need> unitNeeds = UnitRanker.needsByUnit(units, needs).getOrDefault(unit, List.of());
    if (unitNeeds.isEmpty()) {
      throw HttpError.badRequest("unit " + id + " has no needs on this server");
    }
    List<UnitMatch> ranked =
        UnitRanker.of(matcher(request.model()), aggregation)
            .rank(unit, unitNeeds, request.options());
    List<String> items = new ArrayList<>(ranked.size());
    ranked.forEach(m -> items.add(MatchesJson.unitMatch(m, request.explanationDepth())));
    ObjectNode answer = JSON.createObjectNode().put("unit", id);
    answer.put("needs", unitNeeds.size());
    answer.putRawValue("matches", array(items));
    return answer;
  }

  private String getStartup(ServerRequest req) {
    String id = req.path().pathParameters().get("id");
    return records(List.of(existing(id)), JsonLinesWriter::startups).get(0);
  }

  private ObjectNode upsert(ServerRequest req) throws IOException {
    String id = req.path().pathParameters().get("id");
    Startup startup = Requests.startup(req.content().as(String.class));
    if (!startup.id().equals(id)) {
      throw HttpError.badRequest(
          "id: the record's id " + startup.id() + " differs from the path's " + id);
    }
    index.upsert(startup);
    index.commit();
    return JSON.createObjectNode().put("upserted", id).put("committed", true);
  }

  private ObjectNode upsertAll(ServerRequest req) throws IOException {
    List<Startup> startups = Requests.startupLines(req.content().as(String.class));
    index.upsertAll(startups);
    index.commit();
    return JSON.createObjectNode().put("upserted", startups.size()).put("committed", true);
  }

  private ObjectNode delete(ServerRequest req) throws IOException {
    String id = req.path().pathParameters().get("id");
    existing(id);
    index.delete(id);
    index.commit();
    return JSON.createObjectNode().put("deleted", id).put("committed", true);
  }

  private ObjectNode fits(ServerRequest req) {
    String id = req.path().pathParameters().get("id");
    existing(id);
    List<NeedFit> fits = ReverseMatcher.of(matcher).needsFor(id, needs);
    ObjectNode answer = JSON.createObjectNode().put("startup", id);
    ArrayNode needFits = answer.putArray("needs");
    for (NeedFit fit : fits) {
      ObjectNode item = needFits.addObject().put("need", fit.need().id());
      item.put("title", fit.need().title());
      fit.need().unit().ifPresent(unit -> item.put("unit", unit));
      item.putRawValue("match", new RawValue(MatchesJson.match(fit.match(), 2)));
    }
    ArrayNode unitFits = answer.putArray("units");
    for (UnitFit fit : ReverseMatcher.unitsFor(fits, units, needs, Aggregation.max())) {
      ObjectNode item = unitFits.addObject().put("unit", fit.unit().id());
      item.put("name", fit.unit().name());
      item.put("score", fit.score());
      ObjectNode contributions = item.putObject("contributions");
      for (Map.Entry<String, Double> c : fit.contributions().entrySet()) {
        contributions.put(c.getKey(), c.getValue());
      }
    }
    return answer;
  }

  private ObjectNode tag(ServerRequest req) {
    JsonNode body = Requests.object(req.content().as(String.class));
    String text = Requests.text(body, "text", true);
    String language = Requests.text(body, "language", false);
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode mentions = answer.putArray("mentions");
    for (ConceptMention mention : tagger.tag(text, language)) {
      ObjectNode item = mentions.addObject();
      item.put("area", mention.areaId());
      item.put("label", index.taxonomy().area(mention.areaId()).map(a -> a.label("en")).orElse(""));
      item.put("start", mention.start());
      item.put("end", mention.end());
      item.put("text", mention.text());
      item.put("language", mention.language());
    }
    return answer;
  }

  private ObjectNode needsAndUnits(ServerRequest req) {
    ObjectNode answer = JSON.createObjectNode();
    answer.putRawValue("needs", array(records(needs, JsonLinesWriter::needs)));
    answer.putRawValue("units", array(records(units, JsonLinesWriter::units)));
    return answer;
  }

  private ObjectNode areas(ServerRequest req) {
    ObjectNode answer = JSON.createObjectNode().put("version", index.taxonomy().version());
    ArrayNode areas = answer.putArray("areas");
    for (TechnologyArea area : index.taxonomy().areas()) {
      ObjectNode item = areas.addObject().put("id", area.id());
      area.parent().ifPresent(parent -> item.put("parent", parent));
      ObjectNode labels = item.putObject("labels");
      area.labels().forEach(labels::put);
    }
    return answer;
  }

  /** The startup with this id; a 404 when there is none. */
  private Startup existing(String id) {
    return index.get(id).orElseThrow(() -> HttpError.notFound("no startup has id " + id));
  }

  /** Each record as the JSON object its JSON Lines writer writes. */
  private static <T> List<String> records(
      List<T> records, Function<Writer, JsonLinesWriter<T>> format) {
    StringWriter out = new StringWriter();
    try (JsonLinesWriter<T> writer = format.apply(out)) {
      for (T record : records) {
        writer.write(record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().lines().filter(line -> !line.isBlank()).toList();
  }

  private static RawValue array(List<String> items) {
    return new RawValue("[" + String.join(",", items) + "]");
  }

  /** Reads request bodies into the library's records, with the CLI's error messages. */
  static final class Requests {
    private Requests() {}

    static JsonNode object(String body) {
      try {
        JsonNode node = JSON.readTree(body);
        if (node == null || !node.isObject()) {
          throw HttpError.badRequest("body: expected a JSON object");
        }
        return node;
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        throw HttpError.badRequest(
            "body: not JSON"
                + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                + ": "
                + e.getOriginalMessage());
      }
    }

    static Need need(JsonNode node) {
      if (node == null || !node.isObject()) {
        throw HttpError.badRequest("need: expected an object with the need's id and description");
      }
      try {
        return JsonLinesReader.needs().decode(node.toString(), "need");
      } catch (InputException e) {
        throw HttpError.badRequest(message("need.", e.error()));
      }
    }

    static Startup startup(String body) {
      try {
        return JsonLinesReader.startups().decode(body, "body");
      } catch (InputException e) {
        throw HttpError.badRequest(message("", e.error()));
      }
    }

    /** Every line of a JSON Lines body, or the first bad line's error: all or nothing. */
    static List<Startup> startupLines(String body) {
      List<Startup> startups = new ArrayList<>();
      String[] lines = body.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty()) {
          continue;
        }
        try {
          startups.add(JsonLinesReader.startups().decode(line, "body"));
        } catch (InputException e) {
          throw HttpError.badRequest(
              "line " + (i + 1) + ": " + message("", e.error()) + "; nothing was stored");
        }
      }
      return startups;
    }

    static String text(JsonNode body, String field, boolean required) {
      JsonNode value = body.get(field);
      if (value == null || value.isNull()) {
        if (required) {
          throw HttpError.badRequest(field + ": required");
        }
        return null;
      }
      if (!value.isTextual()) {
        throw HttpError.badRequest(field + ": expected a string");
      }
      return value.asText();
    }

    /** {@code field: reason}, as the command line reports a bad field. */
    static String message(String prefix, InputError error) {
      return error.field().map(f -> prefix + f + ": ").orElse("") + error.message();
    }
  }
}
