package dev.startupmatching.lucene.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text file that ships beside a class, such as a word list: stripped, without blank
 * lines and lines that start with {@code #}, each with its line number for error messages.
 */
final class ResourceLines {
  private ResourceLines() {}

  /** A line of the file and its number, from 1. */
  record Line(int number, String text) {}

  /**
   * Reads the resource named relative to {@code owner}.
   *
   * @throws IllegalStateException if the resource is not on the class path
   * @throws UncheckedIOException if it cannot be read
   */
  static List<Line> of(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Line> lines = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String text = line.strip();
        if (!text.isEmpty() && !text.startsWith("#")) {
          lines.add(new Line(number, text));
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + name + " failed", e);
    }
  }
}
