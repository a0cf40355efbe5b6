package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the tutorial of docs/extending.md, so that it cannot fall behind. */
class ExtendingGuideTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path dir;

  @Test
  void theTutorialsSignalShowsInExplanationsFeatureLogsAndTraining() throws Exception {
    String guide = Files.readString(Path.of("..", "docs", "extending.md"));
    Matcher block = JAVA_BLOCK.matcher(guide);
    assertThat(block.find()).as("docs/extending.md has a ```java block").isTrue();
    Path source = dir.resolve("ShanghaiOffice.java");
    Files.writeString(source, block.group(1));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status =
        javac.run(
            null,
            diagnostics,
            diagnostics,
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            dir.toString(),
            source.toString());
    assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass("ShanghaiOffice").getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(stdout);
    }

    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .startsWith("explained: shanghai-office: value ")
        .contains("× weight 0.0500");
    assertThat(lines.get(1))
        .startsWith("logged: [text, neighbourhood")
        .endsWith("shanghai-office]");
    assertThat(lines.get(2)).matches("trained: shanghai-office weighs \\d\\.\\d{4}, nDCG@10 .*");
  }
}
