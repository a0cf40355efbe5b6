package dev.startupmatching.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} options of a benchmark program. Unknown names, missing values and values
 * that are not numbers end the program with exit code 2 and a usage line, as the command line does.
 */
public final class Options {
  private final String usage;
  private final Map<String, String> values = new LinkedHashMap<>();

  private Options(String usage) {
    this.usage = usage;
  }

  /**
   * Parses the arguments.
   *
   * @param usage printed with every error
   * @param known the option names accepted, without the leading dashes
   */
  public static Options parse(String[] args, Set<String> known, String usage) {
    Options options = new Options(usage);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        System.out.println(usage);
        System.exit(0);
      }
      if (!arg.startsWith("--") || !known.contains(arg.substring(2))) {
        options.fail("unknown option '" + arg + "'");
      }
      if (i + 1 >= args.length) {
        options.fail("option '" + arg + "' needs a value");
      }
      options.values.put(arg.substring(2), args[++i]);
    }
    return options;
  }

  /** The value of an option, or {@code fallback} when it is not given. */
  public String string(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /** The value of an option that must be given. */
  public String required(String name) {
    String value = values.get(name);
    if (value == null) {
      fail("--" + name + " is required");
    }
    return value;
  }

  /** The whole number value of an option, at least {@code min}, or {@code fallback}. */
  public int integer(String name, int fallback, int min) {
    long value = number(name, fallback);
    if (value < min || value > Integer.MAX_VALUE) {
      fail("--" + name + " must be at least " + min + " but was " + value);
    }
    return (int) value;
  }

  /** The whole number value of an option, or {@code fallback}. */
  public long number(String name, long fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      fail("--" + name + " must be a whole number but was '" + value + "'");
      return fallback;
    }
  }

  /** Reports a bad option value on one line, with the usage, and exits with status 2. */
  public void fail(String message) {
    System.err.println("error: " + message);
    System.err.println(usage);
    System.exit(2);
  }
}
