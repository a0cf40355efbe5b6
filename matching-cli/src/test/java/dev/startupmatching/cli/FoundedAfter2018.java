package dev.startupmatching.cli;

import dev.startupmatching.rank.Candidate;
import dev.startupmatching.rank.NeedAnalysis;
import dev.startupmatching.rank.Signal;
import dev.startupmatching.rank.SignalValue;

/** A signal registered through ServiceLoader by this test module only. */
public final class FoundedAfter2018 implements Signal {
  @Override
  public String name() {
    return "founded-after-2018";
  }

  @Override
  public SignalValue compute(NeedAnalysis need, Candidate candidate) {
    boolean young = candidate.startup().foundedYear().orElse(0) > 2018;
    return SignalValue.of(
        young ? 1 : 0, young ? "founded after 2018" : "founded in 2018 or before");
  }
}
