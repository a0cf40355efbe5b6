package dev.startupmatching.cli;

import dev.startupmatching.io.JsonLinesReader;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Need;
import dev.startupmatching.sample.SampleData;
import dev.startupmatching.server.MatchingServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code startup-match serve}: answers over HTTP/JSON from an index until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves matching over HTTP/JSON until stopped (Ctrl-C commits and closes the index).",
      "Without --index or --startups it serves the built-in example."
    })
final class ServeCommand implements Callable<Integer>, UsageChecked {
  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin IndexOption index;

  @Mixin TaxonomyOption taxonomy;

  @Option(
      names = "--units",
      paramLabel = "FILE",
      description =
          "Business units, one JSON object per line, that a startup's fits are grouped by"
              + " (default with the built-in example: its units).")
  Path units;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--api-key-file",
      paramLabel = "FILE",
      description =
          "A file whose first line is the key that writes must carry in the X-API-Key header."
              + " Without it, writes are refused.")
  Path apiKeyFile;

  @Option(names = "--keyed-reads", description = "Make reads need the API key too.")
  boolean keyedReads;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "N",
      defaultValue = "" + MatchingServer.DEFAULT_MAX_BODY_BYTES,
      description = "The largest request body accepted (default: ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description =
          "Let pages from ORIGIN, such as https://portal.example.com, call the server from a"
              + " browser; repeat it for several. None by default.")
  List<String> corsOrigins = new ArrayList<>();

  @Override
  public void checkUsage() {
    input.validateWithoutNeeds(spec, index.directory, "serve matches the needs it is sent");
    if (port < 0 || port > 65535) {
      throw new ParameterException(
          spec.commandLine(), "--port must be from 0 to 65535 but was " + port);
    }
    if (maxBodyBytes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-body-bytes must be positive");
    }
    if (keyedReads && apiKeyFile == null) {
      throw new ParameterException(spec.commandLine(), "--keyed-reads needs --api-key-file");
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    MatchingServer.Builder server =
        MatchingServer.builder()
            .port(port)
            .keyedReads(keyedReads)
            .maxBodyBytes(maxBodyBytes)
            .corsOrigins(Set.copyOf(corsOrigins));
    if (apiKeyFile != null) {
      server.apiKey(apiKey(apiKeyFile));
    }
    boolean example = index.directory == null && input.startups == null;
    List<Need> needs = example ? SampleData.needs() : List.of();
    List<BusinessUnit> businessUnits =
        units != null
            ? input.read(JsonLinesReader.units(), units, err)
            : example ? SampleData.units() : List.of();
    server.needs(needs).units(businessUnits);
    StartupIndex opened;
    if (index.directory != null) {
      opened = StartupIndex.open(index.directory, taxonomy.read());
    } else {
      opened = StartupIndex.inMemory(taxonomy.read());
      opened.upsertAll(input.readStartups(err));
      opened.commit();
    }
    try (MatchingServer running = server.index(opened).start()) {
      err.printf(
          "serving %d startups from %s on http://localhost:%d/ (Ctrl-C stops)%n",
          opened.size(),
          index.directory != null
              ? index.directory
              : input.startups != null ? input.startups : "the built-in example",
          running.port());
      err.flush();
      running.awaitShutdown();
    }
    return ExitCodes.OK;
  }

  private static String apiKey(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new BadInputException(file + ": the first line must hold the API key");
    }
    return lines.get(0).strip();
  }
}
