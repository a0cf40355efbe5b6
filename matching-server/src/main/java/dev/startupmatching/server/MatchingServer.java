package dev.startupmatching.server;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.startupmatching.lucene.ConceptTagger;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import io.helidon.webserver.WebServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP/JSON service over one {@link StartupIndex}: matching needs, the needs and units a startup
 * fits, reading and writing startups, tagging texts, health and metrics. The endpoints are listed
 * in the README and in the OpenAPI document the server serves.
 *
 * <pre>{@code
 * try (MatchingServer server =
 *     MatchingServer.builder().index(StartupIndex.open(dir)).apiKey(key).port(8080).start()) {
 *   server.awaitShutdown();
 * }
 * }</pre>
 *
 * <p>Writes need the API key in the {@code X-API-Key} header, and are refused when no key is set;
 * reads are open unless {@link Builder#keyedReads} is set. A write's response comes after the index
 * committed it, so a change is durable once answered, and searches see it at once. {@link #close}
 * stops taking requests, lets those running finish, then commits and closes the index. Thread-safe.
 */
public final class MatchingServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(MatchingServer.class);

  /** The header that carries the API key. */
  public static final String API_KEY_HEADER = "X-API-Key";

  /** The default limit of a request body: 16 MiB, room for a bulk upload of 10,000 profiles. */
  public static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;

  private final WebServer server;
  private final StartupIndex index;
  private final StartupMatcher matcher;
  private final Service service;
  private boolean closed;

  private MatchingServer(Builder b) {
    this.index = b.index;
    this.matcher = Matching.builder().index(b.index).build();
    this.service =
        new Service(
            b.index,
            matcher,
            ConceptTagger.of(b.index.taxonomy()),
            b.needs,
            b.units,
            new ApiKeys(b.apiKey, b.keyedReads));
    RequestMetrics metrics = new RequestMetrics();
    this.server =
        WebServer.builder()
            .port(b.port)
            .maxPayloadSize(b.maxBodyBytes)
            .shutdownGracePeriod(Duration.ofSeconds(10))
            .routing(
                routing -> {
                  if (!b.corsOrigins.isEmpty()) {
                    routing.addFilter(new Cors(b.corsOrigins));
                  }
                  service.register(routing, metrics);
                })
            .build()
            .start();
    log.info("serving {} startups on port {}", index.size(), server.port());
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The port the server listens on: the one asked for, or the one chosen for port 0. */
  public int port() {
    return server.port();
  }

  /**
   * Blocks until the JVM shuts down (Ctrl-C) or the thread is interrupted, then closes the server;
   * the thread's interrupt status is kept.
   */
  public void awaitShutdown() {
    Thread closer = new Thread(this::close, "matching-server-shutdown");
    Runtime.getRuntime().addShutdownHook(closer);
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      // Closed before the status is set again, so that waiting for running requests is not cut.
      close();
      Runtime.getRuntime().removeShutdownHook(closer);
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Stops taking requests, waits for those running, then commits and closes the index. A second
   * call does nothing.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.stop();
    service.close();
    matcher.close();
    try {
      if (!index.readOnly()) {
        index.commit();
      }
      index.close();
      log.info("stopped; the index is committed and closed");
    } catch (IOException e) {
      log.error("closing the index failed: {}", e.toString());
    }
  }

  /** Configures a {@link MatchingServer}; not thread-safe. */
  public static final class Builder {
    private StartupIndex index;
    private int port = 8080;
    private String apiKey;
    private boolean keyedReads;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private List<Need> needs = List.of();
    private List<BusinessUnit> units = List.of();
    private Set<String> corsOrigins = Set.of();

    private Builder() {}

    /**
     * The origins, such as {@code https://portal.example.com}, whose pages may call the server from
     * a browser; none by default, so cross-origin calls are refused by browsers.
     */
    public Builder corsOrigins(Set<String> origins) {
      checkArgument(origins != null, "origins must not be null");
      this.corsOrigins = Set.copyOf(origins);
      return this;
    }

    /** The index to serve; the server owns it from {@link #start} and closes it on close. */
    public Builder index(StartupIndex index) {
      checkArgument(index != null, "index must not be null");
      this.index = index;
      return this;
    }

    /** The port to listen on, from 0 (any free port) to 65535; 8080 by default. */
    public Builder port(int port) {
      checkArgument(port >= 0 && port <= 65535, "port must be from 0 to 65535 but was %s", port);
      this.port = port;
      return this;
    }

    /**
     * The key that writes must carry in the {@value #API_KEY_HEADER} header. Without one, the
     * server refuses every write.
     */
    public Builder apiKey(String apiKey) {
      checkArgument(apiKey != null && !apiKey.isBlank(), "apiKey must not be blank");
      this.apiKey = apiKey.strip();
      return this;
    }

    /** Whether reads need the API key too; false by default. */
    public Builder keyedReads(boolean keyedReads) {
      this.keyedReads = keyedReads;
      return this;
    }

    /** The largest request body accepted, in bytes; larger ones get 413. */
    public Builder maxBodyBytes(long maxBodyBytes) {
      checkArgument(maxBodyBytes > 0, "maxBodyBytes must be positive but was %s", maxBodyBytes);
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** The needs that the needs-for endpoint matches a startup against. */
    public Builder needs(List<Need> needs) {
      checkArgument(needs != null, "needs must not be null");
      this.needs = List.copyOf(needs);
      return this;
    }

    /** The business units that the needs-for endpoint groups a startup's needs by. */
    public Builder units(List<BusinessUnit> units) {
      checkArgument(units != null, "units must not be null");
      this.units = List.copyOf(units);
      return this;
    }

    /**
     * Starts the server.
     *
     * @throws IllegalStateException if no index was given
     */
    public MatchingServer start() {
      checkState(index != null, "an index is required");
      return new MatchingServer(this);
    }
  }
}
