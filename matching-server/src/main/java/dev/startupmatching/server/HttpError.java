package dev.startupmatching.server;

import io.helidon.http.Status;

/** A request that cannot be answered as asked, with the status and the one-line reason to send. */
final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Status status;

  private HttpError(Status status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static HttpError badRequest(String message) {
    return new HttpError(Status.BAD_REQUEST_400, message);
  }

  static HttpError unauthorized(String message) {
    return new HttpError(Status.UNAUTHORIZED_401, message);
  }

  static HttpError forbidden(String message) {
    return new HttpError(Status.FORBIDDEN_403, message);
  }

  static HttpError notFound(String message) {
    return new HttpError(Status.NOT_FOUND_404, message);
  }

  Status status() {
    return status;
  }
}
