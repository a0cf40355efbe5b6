package dev.startupmatching.rank;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.match.Constraints;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import dev.startupmatching.place.Location;
import dev.startupmatching.place.Place;
import dev.startupmatching.place.Places;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The built-in signals. Each factory documents the signal's name, its value and when it reports
 * something missing.
 */
public final class Signals {
  /** Name of {@link #textRelevance}. */
  public static final String TEXT = "text";

  /** Name of {@link #neighbourhood}. */
  public static final String NEIGHBOURHOOD = "neighbourhood";

  /** Name of {@link #coverage}. */
  public static final String COVERAGE = "coverage";

  /** Name of {@link #semanticSimilarity}. */
  public static final String SEMANTIC = "semantic";

  /** Name of {@link #requiredAreas}. */
  public static final String REQUIRED_AREAS = "required-areas";

  /** Name of {@link #preferredAreas}. */
  public static final String PREFERRED_AREAS = "preferred-areas";

  /** Name of {@link #mentionedAreas}. */
  public static final String MENTIONED_AREAS = "mentioned-areas";

  /** Name of {@link #maturity}. */
  public static final String MATURITY = "maturity";

  /** Name of {@link #region}. */
  public static final String REGION = "region";

  /** Name of {@link #teamAndFunding}. */
  public static final String TEAM_AND_FUNDING = "team-funding";

  /** Name of {@link #freshness}. */
  public static final String FRESHNESS = "freshness";

  /** The value of a preference the startup does not state: neither fit nor misfit. */
  static final double UNKNOWN = 0.5;

  /** Years after which {@link #freshness} halves. */
  static final int FRESHNESS_HALF_LIFE_YEARS = 5;

  private Signals() {}

  /**
   * The signals registered through {@link ServiceLoader}: every class named in a {@code
   * META-INF/services/dev.startupmatching.rank.Signal} file on the class path, with a public
   * no-argument constructor, in class path order.
   *
   * @throws java.util.ServiceConfigurationError if a registered class cannot be loaded or built
   */
  public static List<Signal> registered() {
    ImmutableList.Builder<Signal> registered = ImmutableList.builder();
    ServiceLoader.load(Signal.class).forEach(registered::add);
    return registered.build();
  }

  /**
   * The signals followed by the {@link #registered} ones, a registered signal replacing a signal of
   * the same name, as a mutable list.
   */
  public static List<Signal> withRegistered(List<Signal> signals) {
    List<Signal> all = new ArrayList<>(signals);
    for (Signal signal : registered()) {
      all.removeIf(s -> s.name().equals(signal.name()));
      all.add(signal);
    }
    return all;
  }

  /** Every built-in signal, with {@link #freshness} counted from the current year. */
  public static List<Signal> defaults() {
    return defaults(Year.now().getValue());
  }

  /** Every built-in signal, with {@link #freshness} counted from {@code referenceYear}. */
  public static List<Signal> defaults(int referenceYear) {
    return ImmutableList.of(
        textRelevance(),
        neighbourhood(),
        coverage(),
        semanticSimilarity(),
        requiredAreas(),
        preferredAreas(),
        mentionedAreas(),
        maturity(),
        region(),
        teamAndFunding(),
        freshness(referenceYear));
  }

  /**
   * {@value #TEXT}: the retrieval score normalised to the need's candidates, so the textually best
   * candidate has 1 (see {@link Candidate#textRelevance}).
   */
  public static Signal textRelevance() {
    return signal(
        TEXT,
        (need, candidate) ->
            SignalValue.of(
                candidate.textRelevance(),
                () ->
                    String.format(
                        Locale.ROOT,
                        "retrieval score %.4f, relative to the best candidate's",
                        candidate.retrievalScore())));
  }

  /**
   * {@value #NEIGHBOURHOOD}: how much the startup's text resembles the texts of the need's best
   * candidates (see {@link Candidate#neighbourhood}); 0 when retrieval did not measure it.
   */
  public static Signal neighbourhood() {
    return signal(
        NEIGHBOURHOOD,
        (need, candidate) ->
            SignalValue.of(
                candidate.neighbourhood(),
                () ->
                    String.format(
                        Locale.ROOT,
                        "text similarity %.4f to the best candidates, damped as their scores fall"
                            + " off",
                        candidate.neighbourhood())));
  }

  /**
   * {@value #COVERAGE}: the share of the need's words, weighed by how telling each is, that the
   * startup's profile contains in some form (see {@link Candidate#coverage}); 0 when retrieval did
   * not measure it. An absolute measure: the best candidate of a need that nothing fits scores low.
   */
  public static Signal coverage() {
    return signal(
        COVERAGE,
        (need, candidate) ->
            SignalValue.of(
                candidate.coverage(),
                () ->
                    String.format(
                        Locale.ROOT,
                        "contains %.0f%% of the need's words, weighed by how telling each is",
                        100 * candidate.coverage())));
  }

  /**
   * {@value #SEMANTIC}: the cosine of the startup's and the need's embedding vectors, clipped at 0
   * (see {@link Candidate#semanticSimilarity}); not applicable without embeddings.
   */
  public static Signal semanticSimilarity() {
    return signal(
        SEMANTIC,
        (need, candidate) -> {
          if (candidate.semanticSimilarity().isEmpty()) {
            return SignalValue.notApplicable("no embedding model");
          }
          double cosine = candidate.semanticSimilarity().getAsDouble();
          return SignalValue.of(
              Math.max(0, cosine),
              () ->
                  String.format(
                      Locale.ROOT, "cosine %.4f of the need's and the profile's meanings", cosine));
        });
  }

  /**
   * {@value #REQUIRED_AREAS}: the mean coverage of the areas the need requires (the same area 1, a
   * narrower one 0.75, the broader parent 0.25); not applicable when the need requires none. Each
   * required area not fully covered is reported missing.
   */
  public static Signal requiredAreas() {
    return signal(REQUIRED_AREAS, (need, candidate) -> stated(need, candidate, true));
  }

  /**
   * {@value #PREFERRED_AREAS}: the mean coverage of the areas the need prefers, as for {@link
   * #requiredAreas}; not applicable when the need prefers none. Nothing is reported missing: they
   * are wishes.
   */
  public static Signal preferredAreas() {
    return signal(PREFERRED_AREAS, (need, candidate) -> stated(need, candidate, false));
  }

  /**
   * {@value #MENTIONED_AREAS}: the mean coverage of the areas the need's text mentions but does not
   * state, as for {@link #requiredAreas}; not applicable when it mentions none. This is
   * vocabulary-independent evidence: a profile saying "self-driving" covers a need saying
   * "autonomous vehicles".
   */
  public static Signal mentionedAreas() {
    return signal(
        MENTIONED_AREAS,
        (need, candidate) -> {
          if (need.mentionedAreas().isEmpty()) {
            return SignalValue.notApplicable("the need's text mentions no area");
          }
          return coverage(need.mentionedAreas(), candidate, need, "mentioned").value();
        });
  }

  private static SignalValue stated(NeedAnalysis need, Candidate candidate, boolean required) {
    Set<String> areas = required ? need.need().requiredAreas() : need.need().preferredAreas();
    String kind = required ? "required" : "preferred";
    if (areas.isEmpty()) {
      return SignalValue.notApplicable("the need states no " + kind + " area");
    }
    Coverage coverage = coverage(areas, candidate, need, kind);
    if (!required || coverage.lacking().isEmpty()) {
      return coverage.value();
    }
    return SignalValue.shortfall(
        coverage.value().value(),
        coverage.value().reason(),
        coverage.lacking().stream()
            .map(a -> "the required area '" + AreaCredit.label(a, need.taxonomy()) + "'")
            .collect(Collectors.joining(", ")));
  }

  private record Coverage(SignalValue value, List<String> lacking) {}

  private static Coverage coverage(
      Set<String> needAreas, Candidate candidate, NeedAnalysis need, String kind) {
    double sum = 0;
    List<String> sentences = new ArrayList<>();
    List<String> lacking = new ArrayList<>();
    for (String area : needAreas) {
      AreaCredit credit = AreaCredit.of(area, candidate.areas(), need.taxonomy());
      sum += credit.value();
      sentences.add(credit.sentence());
      if (credit.value() < 1) {
        lacking.add(area);
      }
    }
    String reason = String.join("; ", sentences) + " (" + needAreas.size() + " " + kind + ")";
    return new Coverage(SignalValue.of(sum / needAreas.size(), reason), lacking);
  }

  /**
   * {@value #MATURITY}: how the startup's stage and readiness level meet the need's. A stage the
   * need accepts scores 1, and each stage further away half less; a readiness level at or above the
   * need's minimum scores 1, and each level short a third less; an unstated one scores 0.5. The
   * value is the mean of the parts the need states; not applicable when it states neither.
   * Shortfalls are reported missing.
   */
  public static Signal maturity() {
    return signal(
        MATURITY,
        (analysis, candidate) -> {
          Need need = analysis.need();
          Startup startup = candidate.startup();
          List<Double> parts = new ArrayList<>();
          List<String> reasons = new ArrayList<>();
          List<String> missing = new ArrayList<>();
          if (!need.preferredStages().isEmpty()) {
            String accepted =
                need.preferredStages().stream().map(Stage::id).collect(Collectors.joining(", "));
            if (startup.stage().isEmpty()) {
              parts.add(UNKNOWN);
              reasons.add("stage not stated");
            } else {
              Stage stage = startup.stage().get();
              int distance =
                  need.preferredStages().stream()
                      .mapToInt(s -> Math.abs(s.ordinal() - stage.ordinal()))
                      .min()
                      .orElseThrow();
              parts.add(Math.max(0, 1 - 0.5 * distance));
              reasons.add("stage " + stage.id() + " (the need accepts " + accepted + ")");
              if (distance > 0) {
                missing.add(
                    "a stage the need accepts (" + accepted + "; it is " + stage.id() + ")");
              }
            }
          }
          if (need.minReadinessLevel().isPresent()) {
            int min = need.minReadinessLevel().getAsInt();
            OptionalInt level = startup.readinessLevel();
            if (level.isEmpty()) {
              parts.add(UNKNOWN);
              reasons.add("readiness level not stated");
            } else {
              int shortBy = Math.max(0, min - level.getAsInt());
              parts.add(Math.max(0, 1 - shortBy / 3.0));
              reasons.add("readiness level " + level.getAsInt() + " (the need asks " + min + "+)");
              if (shortBy > 0) {
                missing.add(
                    "readiness level "
                        + min
                        + " (it is "
                        + level.getAsInt()
                        + ", "
                        + shortBy
                        + " short)");
              }
            }
          }
          return combine(parts, reasons, missing, "the need states no stage or readiness level");
        });
  }

  /**
   * {@value #REGION}: 1 when the startup lies in one of the need's regions, by the rules of {@link
   * Constraints} (a startup in Munich, Germany lies in "Europe", "EU" and "DACH"), 0.5 when it
   * states no location, 0 otherwise, which is reported missing; not applicable when the need states
   * no region. Regions that name a place are reported by its English name.
   */
  public static Signal region() {
    return signal(
        REGION,
        (analysis, candidate) -> {
          Need need = analysis.need();
          Startup startup = candidate.startup();
          if (need.regions().isEmpty()) {
            return SignalValue.notApplicable("the need states no region");
          }
          if (!Constraints.hasLocation(startup)) {
            return SignalValue.of(UNKNOWN, "location not stated");
          }
          Location location = Location.of(startup);
          List<String> within = new ArrayList<>();
          List<String> outside = new ArrayList<>();
          for (String region : need.regions()) {
            String name = Places.resolve(region).map(Place::name).orElse(region);
            boolean in =
                Constraints.builder().regions(List.of(region)).build().locatedInRegion(location);
            (in ? within : outside).add(name);
          }
          String where = location(startup);
          if (!within.isEmpty()) {
            return SignalValue.of(1, "located in " + where + ", within " + and(within));
          }
          return SignalValue.shortfall(
              0,
              "located in " + where + ", outside " + and(outside),
              "a location in " + or(outside) + " (it is in " + where + ")");
        });
  }

  private static String and(List<String> names) {
    return join(names, " and ");
  }

  private static String or(List<String> names) {
    return join(names, " or ");
  }

  /** "a", "a{last}b", "a, b{last}c". */
  private static String join(List<String> names, String last) {
    int n = names.size();
    return n == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, n - 1)) + last + names.get(n - 1);
  }

  private static String location(Startup startup) {
    List<String> parts = new ArrayList<>();
    startup.city().ifPresent(parts::add);
    startup.country().ifPresent(parts::add);
    if (parts.isEmpty()) {
      parts.addAll(startup.regions());
    }
    return String.join(", ", parts);
  }

  /**
   * {@value #TEAM_AND_FUNDING}: how the startup's team size and funding meet the need's {@link
   * Need#minTeamSize} and {@link Need#maxFundingUsd}. A team at least that large, or funding at
   * most that high, scores 1; a smaller team scores its share of the minimum, larger funding the
   * maximum's share of it; an unstated one 0.5. The value is the mean of the parts the need states,
   * and not applicable when it states neither. Shortfalls are reported missing.
   */
  public static Signal teamAndFunding() {
    return signal(
        TEAM_AND_FUNDING,
        (analysis, candidate) -> {
          Need need = analysis.need();
          Startup startup = candidate.startup();
          List<Double> parts = new ArrayList<>();
          List<String> reasons = new ArrayList<>();
          List<String> missing = new ArrayList<>();
          if (need.minTeamSize().isPresent()) {
            int min = need.minTeamSize().getAsInt();
            OptionalInt team = startup.teamSize();
            if (team.isEmpty()) {
              parts.add(UNKNOWN);
              reasons.add("team size not stated");
            } else {
              parts.add(Math.min(1, team.getAsInt() / (double) min));
              reasons.add("team of " + team.getAsInt() + " (the need prefers " + min + "+)");
              if (team.getAsInt() < min) {
                missing.add("a team of " + min + " (it has " + team.getAsInt() + ")");
              }
            }
          }
          if (need.maxFundingUsd().isPresent()) {
            long max = need.maxFundingUsd().getAsLong();
            OptionalLong funding = startup.fundingUsd();
            if (funding.isEmpty()) {
              parts.add(UNKNOWN);
              reasons.add("funding not stated");
            } else {
              long raised = funding.getAsLong();
              parts.add(raised <= max ? 1 : max / (double) raised);
              reasons.add("raised " + usd(raised) + " (the need prefers at most " + usd(max) + ")");
              if (raised > max) {
                missing.add("funding of at most " + usd(max) + " (it raised " + usd(raised) + ")");
              }
            }
          }
          return combine(parts, reasons, missing, "the need states no team size or funding");
        });
  }

  private static String usd(long amount) {
    if (amount >= 1_000_000) {
      return String.format(Locale.ROOT, "$%.1fM", amount / 1e6);
    }
    return String.format(Locale.ROOT, "$%,d", amount);
  }

  /**
   * {@value #FRESHNESS}: how recently the startup was founded, counted from {@code referenceYear}:
   * 1 for this year or later, halving every {@value #FRESHNESS_HALF_LIFE_YEARS} years; 0 when the
   * founding year is not stated. Venture clients look for young companies with new technology.
   */
  public static Signal freshness(int referenceYear) {
    checkArgument(
        referenceYear >= 1800 && referenceYear <= 2200,
        "referenceYear must be between 1800 and 2200 but was %s",
        referenceYear);
    return signal(
        FRESHNESS,
        (need, candidate) -> {
          OptionalInt founded = candidate.startup().foundedYear();
          if (founded.isEmpty()) {
            return SignalValue.of(0, "founding year not stated");
          }
          int age = Math.max(0, referenceYear - founded.getAsInt());
          return SignalValue.of(
              Math.pow(0.5, age / (double) FRESHNESS_HALF_LIFE_YEARS),
              () ->
                  "founded in "
                      + founded.getAsInt()
                      + " ("
                      + age
                      + " years before "
                      + referenceYear
                      + ")");
        });
  }

  private static SignalValue combine(
      List<Double> parts, List<String> reasons, List<String> missing, String notStated) {
    if (parts.isEmpty()) {
      return SignalValue.notApplicable(notStated);
    }
    double value = parts.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    String reason = String.join("; ", reasons);
    return missing.isEmpty()
        ? SignalValue.of(value, reason)
        : SignalValue.shortfall(value, reason, String.join("; ", missing));
  }

  private static Signal signal(
      String name, BiFunction<NeedAnalysis, Candidate, SignalValue> compute) {
    return new BuiltInSignal(name, compute);
  }

  /** A built-in signal: a name and a function. */
  private record BuiltInSignal(
      String name, BiFunction<NeedAnalysis, Candidate, SignalValue> compute) implements Signal {
    @Override
    public SignalValue compute(NeedAnalysis need, Candidate candidate) {
      return compute.apply(need, candidate);
    }

    @Override
    public String toString() {
      return "Signal[" + name + "]";
    }
  }
}
