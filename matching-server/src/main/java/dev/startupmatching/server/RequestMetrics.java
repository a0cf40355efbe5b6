package dev.startupmatching.server;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts requests and their latencies, and logs each one to the access log: the filter every
 * request passes. {@link #prometheus} writes the figures in Prometheus' text format. Thread-safe.
 */
final class RequestMetrics implements Filter {
  private static final Logger access = LoggerFactory.getLogger("dev.startupmatching.server.access");

  /** The upper bounds of the latency histogram's buckets, in seconds. */
  private static final double[] BOUNDS = {
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
  };

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final AtomicLongArray buckets = new AtomicLongArray(BOUNDS.length + 1);
  private final DoubleAdder seconds = new DoubleAdder();
  private final LongAdder requests = new LongAdder();

  @Override
  public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    long start = System.nanoTime();
    try {
      chain.proceed();
    } finally {
      double elapsed = (System.nanoTime() - start) / 1e9;
      String method = req.prologue().method().text();
      int status = res.status().code();
      record(method, status, elapsed);
      access.info(
          "{} {} {} {} ms",
          method,
          req.path().rawPath(),
          status,
          String.format(Locale.ROOT, "%.1f", elapsed * 1000));
    }
  }

  void record(String method, int status, double elapsedSeconds) {
    counts
        .computeIfAbsent(
            "method=\"" + method + "\",status=\"" + status + "\"", k -> new LongAdder())
        .increment();
    int bucket = 0;
    while (bucket < BOUNDS.length && elapsedSeconds > BOUNDS[bucket]) {
      bucket++;
    }
    buckets.incrementAndGet(bucket);
    seconds.add(elapsedSeconds);
    requests.increment();
  }

  /** The counters and the latency histogram in Prometheus' text exposition format. */
  String prometheus() {
    StringBuilder out = new StringBuilder();
    out.append("# HELP http_requests_total Requests answered, by method and status.\n");
    out.append("# TYPE http_requests_total counter\n");
    new TreeMap<>(counts)
        .forEach(
            (labels, count) ->
                out.append("http_requests_total{")
                    .append(labels)
                    .append("} ")
                    .append(count.sum())
                    .append('\n'));
    out.append("# HELP http_request_duration_seconds How long requests took to answer.\n");
    out.append("# TYPE http_request_duration_seconds histogram\n");
    long cumulative = 0;
    for (int i = 0; i <= BOUNDS.length; i++) {
      cumulative += buckets.get(i);
      String bound = i < BOUNDS.length ? Double.toString(BOUNDS[i]) : "+Inf";
      out.append("http_request_duration_seconds_bucket{le=\"")
          .append(bound)
          .append("\"} ")
          .append(cumulative)
          .append('\n');
    }
    out.append("http_request_duration_seconds_sum ").append(seconds.sum()).append('\n');
    out.append("http_request_duration_seconds_count ").append(requests.sum()).append('\n');
    return out.toString();
  }
}
