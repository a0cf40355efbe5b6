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

/**
 * Compiles the first {@code ```java} block of a Markdown file against the test class path and runs
 * its {@code main}, so that documentation examples are checked like code.
 */
final class DocumentedJava {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  private DocumentedJava() {}

  /**
   * Returns the lines the block's class {@code className} printed to standard output.
   *
   * @param markdown the file, relative to the module directory the tests run in
   * @param workDir an empty directory for the source and classes
   */
  static List<String> run(Path markdown, String className, Path workDir) throws Exception {
    Matcher block = JAVA_BLOCK.matcher(Files.readString(markdown));
    assertThat(block.find()).as("%s has a ```java block", markdown).isTrue();
    Path source = workDir.resolve(className + ".java");
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
            workDir.toString(),
            source.toString());
    assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {workDir.toUri().toURL()}, DocumentedJava.class.getClassLoader())) {
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(stdout);
    }
    return printed.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
