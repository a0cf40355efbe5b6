package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.startupmatching.model.Need;
import dev.startupmatching.sample.SampleData;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Opens the demo's HTML report in headless Chromium: the page must render every need, and its
 * script must run without error. {@code .ci/run} installs Chromium where it is missing; elsewhere
 * the test is skipped with a message. The screenshot it takes is kept in {@code target/} for a
 * person to look at.
 */
class DemoReportBrowserIT {
  @TempDir Path dir;

  private static String chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (new File(candidate).canExecute()) {
        return candidate;
      }
    }
    return null;
  }

  private record Run(int exitCode, String out, String err) {}

  private Run chromium(String chromium, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(chromium);
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void theReportRendersEveryNeedWithoutScriptErrors() throws Exception {
    String chromium = chromium();
    assumeTrue(chromium != null, "Chromium is not installed; .ci/run installs it. Skipping.");
    Path report = dir.resolve("report.html");
    CommandLine cli = StartupMatchCli.newCommandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    assertThat(cli.execute("demo", "--html", report.toString())).isZero();
    String url = report.toUri().toString();

    Run dom = chromium(chromium, "--virtual-time-budget=5000", "--dump-dom", url);
    Path screenshot = Path.of("target", "demo-report.png").toAbsolutePath();
    Run shot = chromium(chromium, "--window-size=1280,2400", "--screenshot=" + screenshot, url);

    assertThat(dom.exitCode()).as(dom.err()).isZero();
    int needs = SampleData.needs().size();
    assertThat(dom.out()).contains("data-rendered-needs=\"" + needs + "\"");
    for (Need need : SampleData.needs()) {
      assertThat(dom.out()).contains("id=\"need-" + need.id() + "\"");
    }
    assertThat(dom.err()).doesNotContain("Uncaught").doesNotContain("SyntaxError");
    assertThat(shot.exitCode()).as(shot.err()).isZero();
    assertThat(screenshot).exists();
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
  }
}
