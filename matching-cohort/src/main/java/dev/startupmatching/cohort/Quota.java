package dev.startupmatching.cohort;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bound on how many of the cohort's startups a selector counts: at least or at most a number of
 * them, or a share of the cohort, such as at least 40% from China. Immutable.
 */
public final class Quota {
  private static final Pattern TEXT =
      Pattern.compile("(.+?)\\s*(>=|<=)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(%?)\\s*");

  private final Selector selector;
  private final boolean atLeast;
  private final double amount;
  private final boolean share;

  private Quota(Selector selector, boolean atLeast, double amount, boolean share) {
    checkArgument(selector != null, "selector must not be null");
    checkArgument(
        share ? amount >= 0 && amount <= 1 : amount >= 0 && amount == Math.rint(amount),
        share ? "a share must be between 0 and 1 but was %s" : "a count must be whole but was %s",
        amount);
    this.selector = selector;
    this.atLeast = atLeast;
    this.amount = amount;
    this.share = share;
  }

  /** At least {@code count} of the cohort's startups. */
  public static Quota atLeast(Selector selector, int count) {
    return new Quota(selector, true, count, false);
  }

  /** At most {@code count} of the cohort's startups. */
  public static Quota atMost(Selector selector, int count) {
    return new Quota(selector, false, count, false);
  }

  /** At least this share of the cohort's startups, from 0 to 1. */
  public static Quota atLeastShare(Selector selector, double share) {
    return new Quota(selector, true, share, true);
  }

  /** At most this share of the cohort's startups, from 0 to 1. */
  public static Quota atMostShare(Selector selector, double share) {
    return new Quota(selector, false, share, true);
  }

  /**
   * Reads a quota such as {@code region:China>=40%}, {@code area:battery<=20%} or {@code
   * stage:seed>=3}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static Quota parse(String text) {
    checkArgument(text != null, "quota must not be null");
    Matcher m = TEXT.matcher(text);
    checkArgument(
        m.matches(),
        "'%s' is not a quota such as region:China>=40%%, area:battery<=20%% or stage:seed>=3",
        text);
    Selector selector = Selector.parse(m.group(1));
    boolean atLeast = m.group(2).equals(">=");
    double number = Double.parseDouble(m.group(3));
    boolean share = !m.group(4).isEmpty();
    checkArgument(!share || number <= 100, "'%s': a share is at most 100%%", text);
    return new Quota(selector, atLeast, share ? number / 100 : number, share);
  }

  /** The startups this quota counts. */
  public Selector selector() {
    return selector;
  }

  /** True for a lower bound, false for an upper one. */
  public boolean atLeast() {
    return atLeast;
  }

  /** True if the bound is a share of the cohort, false if a number of startups. */
  public boolean share() {
    return share;
  }

  /** The bound: a share from 0 to 1, or a number of startups. */
  public double amount() {
    return amount;
  }

  /** The bound on a cohort of this many startups. */
  double bound(int cohortSize) {
    return share ? amount * cohortSize : amount;
  }

  /** As {@link #parse} reads it, such as {@code region:China>=40%}. */
  @Override
  public String toString() {
    String number =
        share ? String.format(Locale.ROOT, "%s%%", trimmed(amount * 100)) : trimmed(amount);
    return selector + (atLeast ? ">=" : "<=") + number;
  }

  private static String trimmed(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quota other
        && other.selector.equals(selector)
        && other.atLeast == atLeast
        && other.share == share
        && other.amount == amount;
  }

  @Override
  public int hashCode() {
    return selector.hashCode() * 31 + Double.hashCode(amount) * 7 + (atLeast ? 1 : 0);
  }
}
