package dev.startupmatching.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.startupmatching.cli.format.SafeJson;
import dev.startupmatching.cli.format.SafeText;
import dev.startupmatching.cli.format.TableWriter;
import dev.startupmatching.cohort.Assignment;
import dev.startupmatching.cohort.Cohort;
import dev.startupmatching.cohort.CohortInfeasibleException;
import dev.startupmatching.cohort.CohortPlanner;
import dev.startupmatching.cohort.ConstraintReport;
import dev.startupmatching.cohort.LeftOut;
import dev.startupmatching.cohort.Pairing;
import dev.startupmatching.cohort.Quota;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code startup-match cohort}: which startups to invite, and which unit meets each. */
@Command(
    name = "cohort",
    mixinStandardHelpOptions = true,
    description = {
      "Chooses a cohort: the startups to invite and the business unit that meets each, for the"
          + " highest total fit under the units' capacities, the cohort's size, quotas and the"
          + " startups that must be in or stay out. Solved exactly (OR-Tools CP-SAT) over each"
          + " need's best candidates.",
      "Says why each startup is in, why each need's best left out are out, which constraints"
          + " bind, and how far a greedy choice (best pair first) falls short. A quota that"
          + " cannot be met is named, with exit code 1.",
      "Without --startups and --needs it runs on the built-in example."
    })
final class CohortCommand implements Callable<Integer>, UsageChecked {
  private static final ObjectMapper JSON = SafeJson.mapper();

  /** How many of the best left out the table shows. */
  private static final int LEFT_OUT_SHOWN = 15;

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin IndexOption index;

  @Mixin TaxonomyOption taxonomy;

  @Mixin ModelOption model;

  @Option(
      names = "--size",
      paramLabel = "N",
      defaultValue = "30",
      description = "The most startups in the cohort (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(
      names = "--capacity",
      paramLabel = "UNIT=N",
      description = "How many pilots a unit can run; repeat for each unit.")
  Map<String, Integer> capacities = Map.of();

  @Option(
      names = "--default-capacity",
      paramLabel = "N",
      defaultValue = "3",
      description = "The pilots of a unit without --capacity (default: ${DEFAULT-VALUE}).")
  int defaultCapacity;

  @Option(
      names = "--units-per-startup",
      paramLabel = "M",
      defaultValue = "1",
      description = "The most units one startup meets (default: ${DEFAULT-VALUE}).")
  int unitsPerStartup;

  @Option(
      names = "--quota",
      paramLabel = "QUOTA",
      description =
          "A quota such as region:China>=40%, area:electrification.battery<=20% or"
              + " stage:seed>=3; repeat for more.")
  List<String> quotas = List.of();

  @Option(names = "--require", paramLabel = "ID", description = "A startup that must be in.")
  List<String> required = List.of();

  @Option(names = "--exclude", paramLabel = "ID", description = "A startup that must stay out.")
  List<String> excluded = List.of();

  @Option(
      names = "--pair-min-fit",
      paramLabel = "FIT",
      defaultValue = "0.5",
      description = "The fit below which a pair is never made (default: ${DEFAULT-VALUE}).")
  double minFit;

  @Option(
      names = "--diversity",
      paramLabel = "W",
      defaultValue = "0",
      description =
          "The cost of two alike startups meeting one unit, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double diversity;

  @Option(names = "--fair", description = "Serve the least-served unit as well as it can be first.")
  boolean fair;

  @Option(
      names = "--per-need",
      paramLabel = "N",
      defaultValue = "50",
      description =
          "Each need's best N startups are its candidate pairs (default: ${DEFAULT-VALUE}).")
  int perNeed;

  @Option(
      names = "--time-limit",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "How long the solver may search (default: ${DEFAULT-VALUE}).")
  int timeLimit;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  String format;

  private CohortPlanner planner;

  @Override
  public void checkUsage() {
    input.validate(spec, index.directory);
    model.checkUsage(spec);
    if (!format.equals("table") && !format.equals("json")) {
      throw new ParameterException(
          spec.commandLine(), "--format must be table or json but was " + format);
    }
    if (perNeed < 1 || perNeed > MatchOptions.MAX_TOP_K) {
      throw new ParameterException(
          spec.commandLine(),
          "--per-need must be between 1 and " + MatchOptions.MAX_TOP_K + " but was " + perNeed);
    }
    try {
      CohortPlanner.Builder builder =
          CohortPlanner.builder()
              .size(size)
              .defaultCapacity(defaultCapacity)
              .unitsPerStartup(unitsPerStartup)
              .minFit(minFit)
              .diversity(diversity)
              .fairness(fair)
              .timeLimit(Duration.ofSeconds(Math.max(1, timeLimit)));
      capacities.forEach(builder::capacity);
      for (String quota : quotas) {
        builder.quota(Quota.parse(quota));
      }
      required.forEach(builder::require);
      excluded.forEach(builder::exclude);
      planner = builder.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    List<Need> needs = input.readNeeds(err);
    List<Pairing> pairs = new ArrayList<>();
    int withoutUnit = 0;
    MatchOptions options = MatchOptions.builder().topK(perNeed).minFit(0).explain(false).build();
    try (Matchers.Opened opened = Matchers.open(input, index, taxonomy, model, spec, err)) {
      StartupMatcher matcher = opened.matcher();
      for (Need need : needs) {
        if (need.unit().isEmpty()) {
          withoutUnit++;
          continue;
        }
        pairs.addAll(Pairing.of(need, matcher.match(need, options)));
      }
    }
    if (withoutUnit > 0) {
      err.printf(
          Locale.ROOT, "cohort: %d needs name no business unit and are left out%n", withoutUnit);
    }
    Cohort cohort;
    try {
      cohort = planner.plan(pairs);
    } catch (CohortInfeasibleException e) {
      throw new BadInputException(e.getMessage());
    }
    Cohort greedy = planner.planGreedily(pairs);
    if (format.equals("json")) {
      writeJson(out, cohort, greedy);
    } else {
      writeTable(out, cohort, greedy);
    }
    out.flush();
    return input.exitCode();
  }

  /** How the greedy choice compares, in one line. */
  private static String baseline(Cohort cohort, Cohort greedy) {
    boolean greedyMeetsAll = greedy.constraints().stream().allMatch(c -> c.slack() >= -1e-9);
    if (!greedyMeetsAll) {
      List<String> broken =
          greedy.constraints().stream()
              .filter(c -> c.slack() < -1e-9)
              .map(ConstraintReport::name)
              .toList();
      return String.format(
          Locale.ROOT,
          "a greedy choice (best pair first) reaches %.2f but breaks %s",
          greedy.totalFit(),
          String.join(", ", broken));
    }
    double gap = cohort.totalFit() - greedy.totalFit();
    return String.format(
        Locale.ROOT,
        "a greedy choice (best pair first) reaches %.2f: %.2f (%.1f%%) less",
        greedy.totalFit(),
        gap,
        greedy.totalFit() == 0 ? 0 : 100 * gap / greedy.totalFit());
  }

  /** Prints the cohort as a table, as the demo does too. */
  static void writeTable(PrintWriter out, Cohort cohort, Cohort greedy) {
    line(
        out,
        String.format(
            Locale.ROOT,
            "cohort: %d startups, total fit %.2f (%s in %.1f s); %s",
            cohort.size(),
            cohort.totalFit(),
            cohort.optimal() ? "optimal" : "best found",
            cohort.solveTime().toMillis() / 1000.0,
            baseline(cohort, greedy)));
    String unit = null;
    for (Assignment a : cohort.assignments()) {
      if (!a.unit().equals(unit)) {
        unit = a.unit();
        line(out, ("■ " + unit));
      }
      line(
          out,
          (String.format(
              Locale.ROOT,
              "  %-28s %s",
              a.pairing().startup().name() + " (" + a.pairing().startup().id() + ")",
              a.reason())));
    }
    if (!cohort.leftOut().isEmpty()) {
      List<LeftOut> best =
          cohort.leftOut().stream()
              .sorted(Comparator.comparingDouble((LeftOut l) -> -l.pairing().fit()))
              .limit(LEFT_OUT_SHOWN)
              .toList();
      line(
          out,
          String.format(
              Locale.ROOT,
              "left out, the %d best-fitting of each need's best%s:",
              best.size(),
              cohort.leftOut().size() > best.size()
                  ? " (all " + cohort.leftOut().size() + " with --format json)"
                  : ""));
      for (LeftOut l : best) {
        line(
            out,
            (String.format(
                Locale.ROOT,
                "  %s #%d %-24s fit %.2f: %s",
                l.pairing().need().id(),
                l.pairing().rank(),
                l.pairing().startup().name(),
                l.pairing().fit(),
                l.reason())));
      }
    }
    line(out, "constraints:");
    for (ConstraintReport c : cohort.constraints()) {
      line(
          out,
          (String.format(
              Locale.ROOT,
              "  %-40s %6s of %-6s %s",
              c.name(),
              number(c.value()),
              number(c.bound()),
              c.binding() ? "binds" : "slack " + number(c.slack()))));
    }
    List<String> unfilled = new ArrayList<>();
    cohort
        .unfilledCapacity()
        .forEach(
            (u, left) -> {
              if (left > 0) {
                unfilled.add(u + " " + left);
              }
            });
    unfilled.sort(null);
    line(
        out, ("unfilled capacity: " + (unfilled.isEmpty() ? "none" : String.join(", ", unfilled))));
  }

  /**
   * Prints a line, terminal-safe, wrapped at the table width with the continuation indented, so
   * that no reason is cut off.
   */
  private static void line(PrintWriter out, String text) {
    String stripped = text.stripLeading();
    String lead = " ".repeat(text.length() - stripped.length());
    String indent = lead + "    ";
    StringBuilder current = new StringBuilder(lead);
    boolean empty = true;
    for (String word : SafeText.oneLine(stripped).split(" ", -1)) {
      String next = empty ? current + word : current + " " + word;
      if (!empty && TableWriter.displayWidth(next) > TableWriter.WIDTH) {
        out.println(current);
        current = new StringBuilder(indent).append(word);
      } else {
        current = new StringBuilder(next);
      }
      empty = false;
    }
    out.println(TableWriter.fit(current.toString(), TableWriter.WIDTH));
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static void writeJson(PrintWriter out, Cohort cohort, Cohort greedy) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("size", cohort.size())
        .put("objective", cohort.objective())
        .put("totalFit", cohort.totalFit())
        .put("optimal", cohort.optimal())
        .put("solveSeconds", cohort.solveTime().toMillis() / 1000.0)
        .put("greedyTotalFit", greedy.totalFit());
    ArrayNode greedyBreaks = root.putArray("greedyBreaks");
    greedy.constraints().stream()
        .filter(c -> c.slack() < -1e-9)
        .forEach(c -> greedyBreaks.add(c.name()));
    ArrayNode assignments = root.putArray("assignments");
    for (Assignment a : cohort.assignments()) {
      assignments
          .addObject()
          .put("startup", a.pairing().startup().id())
          .put("name", a.pairing().startup().name())
          .put("unit", a.unit())
          .put("need", a.pairing().need().id())
          .put("fit", a.pairing().fit())
          .put("rank", a.pairing().rank())
          .put("why", a.reason());
    }
    ArrayNode leftOut = root.putArray("leftOut");
    for (LeftOut l : cohort.leftOut()) {
      leftOut
          .addObject()
          .put("startup", l.pairing().startup().id())
          .put("need", l.pairing().need().id())
          .put("fit", l.pairing().fit())
          .put("rank", l.pairing().rank())
          .put("why", l.reason());
    }
    ArrayNode constraints = root.putArray("constraints");
    for (ConstraintReport c : cohort.constraints()) {
      constraints
          .addObject()
          .put("name", c.name())
          .put("value", c.value())
          .put("bound", c.bound())
          .put("slack", c.slack())
          .put("binding", c.binding());
    }
    ObjectNode unfilled = root.putObject("unfilledCapacity");
    cohort.unfilledCapacity().forEach(unfilled::put);
    out.println(JSON.writeValueAsString(root));
  }
}
