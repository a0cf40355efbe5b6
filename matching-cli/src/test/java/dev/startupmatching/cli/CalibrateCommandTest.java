package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.startupmatching.rank.FitModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CalibrateCommandTest {
  @TempDir Path dir;

  private record Result(int exitCode, String out, String err) {}

  private static Result run(String... args) {
    CommandLine cli = StartupMatchCli.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Result(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void fitsAModelToAJudgedFeatureLogThatMatchThenUses() throws Exception {
    Path log = dir.resolve("example.jsonl");
    assertThat(
            run("features", "--format", "jsonl", "--depth", "20", "--output", log.toString())
                .exitCode())
        .isZero();
    Path model = dir.resolve("fit.json");

    Result calibrate =
        run(
            "calibrate",
            "--features",
            log.toString(),
            "--name",
            "mine",
            "--output",
            model.toString());

    assertThat(calibrate.exitCode()).as(calibrate.err()).isZero();
    assertThat(calibrate.out())
        .contains(
            "held-out calibration",
            "example.jsonl: 880 candidates",
            "expected calibration error",
            "fit bin",
            "wrote " + model);
    FitModel fitted = FitModel.read(model);
    assertThat(fitted.name()).isEqualTo("mine");
    assertThat(fitted.weights()).containsKey("coverage");

    Path out = dir.resolve("matches.jsonl");
    Result match =
        run(
            "match",
            "--fit-model",
            model.toString(),
            "--min-fit",
            "0",
            "--format",
            "jsonl",
            "--output",
            out.toString());
    assertThat(match.exitCode()).as(match.err()).isZero();
    assertThat(Files.readString(out)).contains("by model 'mine'");
  }

  @Test
  void aMissingLogOrAnOutputOverALogIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path log = dir.resolve("log.jsonl");
    Files.writeString(
        log,
        "{\"need\":\"n\",\"startup\":\"s\",\"label\":1,\"features\":{\"coverage\":0.5}}\n",
        StandardCharsets.UTF_8);

    Result missing =
        run(
            "calibrate",
            "--features",
            dir.resolve("nowhere.jsonl").toString(),
            "--output",
            dir.resolve("fit.json").toString());
    Result clobber = run("calibrate", "--features", log.toString(), "--output", log.toString());

    assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("nowhere.jsonl");
    assertThat(clobber.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Files.readAllLines(log)).hasSize(1);
    assertThat(dir.resolve("fit.json")).doesNotExist();
  }

  @Test
  void aMalformedLogNamesItsLineAndJudgmentsOfOneKindAreRefused() throws Exception {
    Path log = dir.resolve("log.jsonl");
    Files.write(
        log,
        List.of(
            "{\"need\":\"n\",\"startup\":\"s\",\"label\":1,\"features\":{\"coverage\":0.5}}",
            "{\"need\":\"n\",\"startup\":\"t\",\"label\":\"yes\",\"features\":{}}"),
        StandardCharsets.UTF_8);
    Path allFit = dir.resolve("all-fit.jsonl");
    Files.write(
        allFit,
        List.of("{\"need\":\"n\",\"startup\":\"s\",\"label\":1,\"features\":{\"coverage\":0.5}}"),
        StandardCharsets.UTF_8);

    Result malformed =
        run("calibrate", "--features", log.toString(), "--output", dir.resolve("a").toString());
    Result oneSided =
        run(
            "calibrate",
            "--features",
            allFit.toString(),
            "--signals",
            "coverage",
            "--output",
            dir.resolve("b").toString());

    assertThat(malformed.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(malformed.err()).contains("log.jsonl:2", "label");
    assertThat(oneSided.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(oneSided.err()).contains("judged a fit and others judged not");
  }

  @Test
  void aLogThatIsNotTextAndAFitModelReadingAnUnknownSignalAreBadInput() throws Exception {
    Path binary = dir.resolve("binary.jsonl");
    Files.write(binary, new byte[] {0, (byte) 0xff, (byte) 0xfe, '\n'});
    Path model = dir.resolve("fit.json");
    Files.writeString(
        model,
        "{\"type\": \"fit\", \"name\": \"odd\", \"evidence\": {\"intercept\": 0, \"weights\":"
            + " {\"telepathy\": 1}}, \"curve\": [[0, 0.5]]}",
        StandardCharsets.UTF_8);

    Result notText =
        run("calibrate", "--features", binary.toString(), "--output", dir.resolve("a").toString());
    Result unknownSignal = run("match", "--fit-model", model.toString());

    assertThat(notText.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(notText.err()).contains("binary.jsonl:1", "not UTF-8 text");
    assertThat(dir.resolve("a")).doesNotExist();
    assertThat(unknownSignal.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unknownSignal.err())
        .contains("--fit-model " + model, "reads signal 'telepathy'")
        .doesNotContain("internal error");
  }
}
