package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  private static final Pattern LISTENING = Pattern.compile("on http://localhost:(\\d+)/");

  @Test
  void servesTheBuiltInExampleUntilInterrupted(@TempDir Path dir) throws Exception {
    Path key = dir.resolve("key.txt");
    Files.writeString(key, "k3y\n");
    StringWriter err = new StringWriter();
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread serving =
        new Thread(
            () -> {
              CommandLine cli = StartupMatchCli.newCommandLine();
              cli.setErr(new PrintWriter(err, true));
              exitCode.set(cli.execute("serve", "--port", "0", "--api-key-file", key.toString()));
            });
    serving.start();
    Matcher listening = LISTENING.matcher("");
    for (int i = 0; i < 600 && !listening.reset(err.toString()).find(); i++) {
      Thread.sleep(100);
    }
    assertThat(listening.reset(err.toString()).find()).as(err.toString()).isTrue();

    String health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + listening.group(1) + "/v1/health"))
                    .build(),
                BodyHandlers.ofString())
            .body();
    serving.interrupt();
    serving.join(30_000);

    assertThat(health).contains("\"startups\":300", "\"needs\":");
    assertThat(exitCode.get()).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(err.toString()).contains("the built-in example");
  }

  @Test
  void usageErrorsComeFirst() {
    CommandLine cli = StartupMatchCli.newCommandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));

    assertThat(cli.execute("serve", "--keyed-reads")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--keyed-reads needs --api-key-file");
  }
}
