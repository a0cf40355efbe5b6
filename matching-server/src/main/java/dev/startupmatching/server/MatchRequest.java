package dev.startupmatching.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.startupmatching.lucene.RankingModel;
import dev.startupmatching.match.Constraints;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The options of a match request: {@code top}, {@code offset}, {@code minFit}, {@code minScore},
 * {@code diversity}, {@code explanationDepth} and a {@code filter} object with the fields of {@link
 * Constraints}. A bad value is a 400 naming its field, as the command line names it.
 */
record MatchRequest(MatchOptions options, int explanationDepth, RankingModel model) {
  /** The depth of the explanation tree sent when a request does not say. */
  static final int DEFAULT_EXPLANATION_DEPTH = 3;

  static MatchRequest read(JsonNode body) {
    MatchOptions.Builder options = MatchOptions.builder();
    int depth = DEFAULT_EXPLANATION_DEPTH;
    try {
      if (body.has("top")) {
        options.topK(integer(body, "top"));
      }
      if (body.has("offset")) {
        options.offset(integer(body, "offset"));
      }
      if (body.has("minFit")) {
        options.minFit(number(body, "minFit"));
      }
      if (body.has("minScore")) {
        options.minScore(number(body, "minScore"));
      }
      if (body.has("diversity")) {
        options.diversity(number(body, "diversity"));
      }
      if (body.has("explanationDepth")) {
        depth = integer(body, "explanationDepth");
        if (depth < 1) {
          throw HttpError.badRequest("explanationDepth: must be at least 1");
        }
      }
      RankingModel model = RankingModel.DEFAULT;
      if (body.has("model")) {
        if (!body.get("model").isTextual()) {
          throw HttpError.badRequest("model: expected a string");
        }
        try {
          model = RankingModel.named(body.get("model").asText());
        } catch (IllegalArgumentException e) {
          throw HttpError.badRequest("model: " + e.getMessage());
        }
      }
      options.explain(true);
      if (body.has("filter")) {
        options.filter(filter(body.get("filter")));
      }
      return new MatchRequest(options.build(), depth, model);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest(e.getMessage());
    }
  }

  private static Constraints filter(JsonNode node) {
    if (!node.isObject()) {
      throw HttpError.badRequest("filter: expected an object");
    }
    Constraints.Builder filter = Constraints.builder();
    if (node.has("stages")) {
      filter.stages(strings(node, "stages", "filter.stages", Stage::parse));
    }
    if (node.has("regions")) {
      filter.regions(strings(node, "regions", "filter.regions", Function.identity()));
    }
    if (node.has("tags")) {
      filter.tags(strings(node, "tags", "filter.tags", Function.identity()));
    }
    if (node.has("minReadinessLevel")) {
      filter.minReadinessLevel(integer(node, "minReadinessLevel"));
    }
    if (node.has("foundedFrom")) {
      filter.foundedFrom(integer(node, "foundedFrom"));
    }
    if (node.has("foundedTo")) {
      filter.foundedTo(integer(node, "foundedTo"));
    }
    if (node.has("minFundingUsd")) {
      filter.minFundingUsd(whole(node, "minFundingUsd"));
    }
    if (node.has("maxFundingUsd")) {
      filter.maxFundingUsd(whole(node, "maxFundingUsd"));
    }
    return filter.build();
  }

  private static int integer(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw HttpError.badRequest(field + ": expected a whole number");
    }
    return value.intValue();
  }

  private static long whole(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (!value.canConvertToLong() || !value.isIntegralNumber()) {
      throw HttpError.badRequest(field + ": expected a whole number");
    }
    return value.longValue();
  }

  private static double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (!value.isNumber()) {
      throw HttpError.badRequest(field + ": expected a number");
    }
    return value.doubleValue();
  }

  private static <T> List<T> strings(
      JsonNode node, String field, String name, Function<String, T> parse) {
    JsonNode value = node.get(field);
    if (!value.isArray()) {
      throw HttpError.badRequest(name + ": expected an array of strings");
    }
    List<T> parsed = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw HttpError.badRequest(name + ": expected an array of strings");
      }
      try {
        parsed.add(parse.apply(item.asText()));
      } catch (IllegalArgumentException e) {
        throw HttpError.badRequest(name + ": " + e.getMessage());
      }
    }
    return parsed;
  }
}
