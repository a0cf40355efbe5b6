package dev.startupmatching.cli;

import dev.startupmatching.match.Constraints;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The filters a portal's user picks, on fields that profiles state: tags, founding years and
 * funding. A startup must state the value to pass a filter on it.
 */
final class FilterOptions {
  @Option(
      names = "--tag",
      paramLabel = "TAG",
      description =
          "List only startups with this tag, in any case; repeat it to accept any of several.")
  List<String> tags = new ArrayList<>();

  @Option(
      names = "--founded-from",
      paramLabel = "YEAR",
      description = "List only startups founded in YEAR or later.")
  Integer foundedFrom;

  @Option(
      names = "--founded-to",
      paramLabel = "YEAR",
      description = "List only startups founded in YEAR or earlier.")
  Integer foundedTo;

  @Option(
      names = "--min-funding",
      paramLabel = "USD",
      description = "List only startups with at least USD of funding.")
  Long minFunding;

  @Option(
      names = "--max-funding",
      paramLabel = "USD",
      description = "List only startups with at most USD of funding.")
  Long maxFunding;

  /**
   * Returns the filter.
   *
   * @throws ParameterException for a blank tag, a negative amount or a bound past the other, which
   *     picocli reports as a usage error
   */
  Constraints validated(CommandSpec spec) {
    Constraints.Builder filter = Constraints.builder();
    try {
      filter.tags(tags);
      if (foundedFrom != null) {
        filter.foundedFrom(foundedFrom);
      }
      if (foundedTo != null) {
        filter.foundedTo(foundedTo);
      }
      if (minFunding != null) {
        filter.minFundingUsd(minFunding);
      }
      if (maxFunding != null) {
        filter.maxFundingUsd(maxFunding);
      }
      return filter.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "filter: " + e.getMessage());
    }
  }
}
