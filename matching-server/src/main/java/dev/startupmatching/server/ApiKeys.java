package dev.startupmatching.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Decides whether a request may read or write, by the API key it carries. */
final class ApiKeys {
  private final byte[] key;
  private final boolean keyedReads;

  /**
   * @param key the key writes need, or null to refuse every write
   * @param keyedReads whether reads need the key too
   */
  ApiKeys(String key, boolean keyedReads) {
    this.key = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
    this.keyedReads = keyedReads;
  }

  /**
   * Checks a request.
   *
   * @param write whether it changes the index
   * @param given the key it carries, if any
   * @throws HttpError 403 when writes are off, 401 when the key is missing or wrong
   */
  void check(boolean write, Optional<String> given) {
    if (!write && !keyedReads) {
      return;
    }
    if (key == null) {
      throw HttpError.forbidden("writes are off: start the server with an API key file");
    }
    if (given.isEmpty()) {
      throw HttpError.unauthorized(
          "this request needs the API key in " + MatchingServer.API_KEY_HEADER);
    }
    // Compared in constant time, so that response times do not reveal the key.
    if (!MessageDigest.isEqual(key, given.get().strip().getBytes(StandardCharsets.UTF_8))) {
      throw HttpError.unauthorized("the API key is wrong");
    }
  }
}
