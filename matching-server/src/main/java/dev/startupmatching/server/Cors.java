package dev.startupmatching.server;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-origin requests from the configured origins only: with none, browsers keep other sites'
 * pages from calling the server. A preflight request from an allowed origin is answered here.
 */
final class Cors implements Filter {
  private final Set<String> origins;

  Cors(Set<String> origins) {
    this.origins = Set.copyOf(origins);
  }

  @Override
  public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    Optional<String> origin = req.headers().first(HeaderNames.ORIGIN);
    if (origin.isEmpty() || !origins.contains(origin.get())) {
      chain.proceed();
      return;
    }
    res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin.get());
    res.header(HeaderNames.VARY, "Origin");
    if (req.prologue().method().equals(Method.OPTIONS)) {
      res.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, PUT, DELETE");
      res.header(
          HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS,
          "Content-Type, " + MatchingServer.API_KEY_HEADER);
      res.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "600");
      res.status(Status.NO_CONTENT_204).send();
      return;
    }
    chain.proceed();
  }
}
