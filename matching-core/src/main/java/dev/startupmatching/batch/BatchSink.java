package dev.startupmatching.batch;

import dev.startupmatching.match.Match;
import dev.startupmatching.model.Need;
import java.io.IOException;
import java.util.List;

/**
 * Receives each need's matches from a {@link BatchMatcher}, one need at a time: calls never
 * overlap, so a sink needs no locking, and they come in the order the needs finish, which is not
 * necessarily the order they were given in.
 */
@FunctionalInterface
public interface BatchSink {
  /**
   * Takes the matches of one need, best first.
   *
   * @throws IOException to stop the batch; {@link BatchMatcher#run} then rethrows it
   */
  void accept(Need need, List<Match> matches) throws IOException;
}
