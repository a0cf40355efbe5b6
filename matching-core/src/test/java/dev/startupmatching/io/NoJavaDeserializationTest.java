package dev.startupmatching.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No input is read by Java deserialization, by {@code XMLDecoder}, or by Jackson with polymorphic
 * typing, any of which lets a hostile file choose the classes to instantiate. Checked over the main
 * sources of every module: all input is JSON read into the model's own types.
 */
class NoJavaDeserializationTest {
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "ObjectInputStream|readObject\\s*\\(|readUnshared\\s*\\(|XMLDecoder"
              + "|enableDefaultTyping|activateDefaultTyping|JsonTypeInfo|@JsonSubTypes"
              + "|SerializationUtils|XStream");

  /** The reactor root: the nearest directory up from the module that holds matching-core. */
  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("matching-core/src/main/java"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("the reactor root above " + Path.of("").toAbsolutePath()).isNotNull();
    return dir;
  }

  private static List<Path> mainSources(Path root) throws IOException {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module :
          modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
          files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
        }
      }
    }
    return sources;
  }

  @Test
  void noMainSourceDeserializesObjectsOfClassesTheInputNames() throws IOException {
    Path root = root();
    List<Path> sources = mainSources(root);
    List<String> offences = new ArrayList<>();
    for (Path source : sources) {
      List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher matcher = FORBIDDEN.matcher(lines.get(i));
        if (matcher.find()) {
          offences.add(root.relativize(source) + ":" + (i + 1) + ": " + matcher.group());
        }
      }
    }

    // The scan saw every module's sources, the readers among them.
    assertThat(sources)
        .extracting(p -> root.relativize(p).getName(0).toString())
        .contains("matching-core", "matching-lucene", "matching-embeddings", "matching-cli");
    assertThat(sources)
        .anySatisfy(p -> assertThat(p).endsWith(Path.of("io", "JsonLinesReader.java")));
    assertThat(offences).isEmpty();
  }

  @Test
  void theCheckFindsWhatItLooksFor() {
    assertThat(FORBIDDEN.matcher("new java.io.ObjectInputStream(in)").find()).isTrue();
    assertThat(FORBIDDEN.matcher("Object o = in.readObject ();").find()).isTrue();
    assertThat(FORBIDDEN.matcher("mapper.activateDefaultTyping(validator)").find()).isTrue();
    assertThat(FORBIDDEN.matcher("@JsonTypeInfo(use = Id.CLASS)").find()).isTrue();
    assertThat(FORBIDDEN.matcher("JsonLinesReader.startups().readAll(in, name)").find()).isFalse();
  }
}
