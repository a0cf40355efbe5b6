package dev.startupmatching.cli;

import dev.startupmatching.lucene.Matching;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds the matcher of a command: over the startups of {@code --index DIR}, or over those of
 * {@code --startups} (or the built-in example) indexed in memory.
 */
final class Matchers {
  private Matchers() {}

  /** A matcher and, when it ranks a persistent index, the index, closed together. */
  static final class Opened implements AutoCloseable {
    private final StartupMatcher matcher;
    private final StartupIndex index;

    private Opened(StartupMatcher matcher, StartupIndex index) {
      this.matcher = matcher;
      this.index = index;
    }

    StartupMatcher matcher() {
      return matcher;
    }

    /** Where the startups come from, for messages. */
    String source(InputOptions input, IndexOption indexOption) {
      if (indexOption.directory != null) {
        return indexOption.directory.toString();
      }
      return input.startups == null ? "the built-in example" : input.startups.toString();
    }

    @Override
    public void close() throws IOException {
      matcher.close();
      if (index != null) {
        index.close();
      }
    }
  }

  /**
   * Opens the matcher the options ask for; bad startup records are reported to {@code err}.
   *
   * @throws dev.startupmatching.lucene.IndexException if the index is missing or damaged, or was
   *     built with another layout, analysis, taxonomy or embedding model
   */
  static Opened open(
      InputOptions input,
      IndexOption indexOption,
      TaxonomyOption taxonomy,
      ModelOption model,
      CommandSpec spec,
      PrintWriter err)
      throws IOException {
    Matching.Builder builder = model.apply(Matching.builder(), spec);
    if (indexOption.directory != null) {
      StartupIndex index =
          StartupIndex.openReadOnly(indexOption.directory, taxonomy.read(), model.embeddingModel());
      try {
        return new Opened(builder.index(index).build(), index);
      } catch (RuntimeException e) {
        index.close();
        throw e;
      }
    }
    List<Startup> startups = input.readStartups(err);
    return new Opened(builder.startups(startups).taxonomy(taxonomy.read()).build(), null);
  }
}
