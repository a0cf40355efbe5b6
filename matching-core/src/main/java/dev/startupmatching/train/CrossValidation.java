package dev.startupmatching.train;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.rank.LinearScoringModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures what {@link CoordinateAscent} learns on lists it did not see: the lists are shuffled by
 * the seed and split into k folds; each fold is held out in turn while the others train, and the
 * model trained is scored on the held-out fold against the starting weights.
 */
public final class CrossValidation {
  private CrossValidation() {}

  /**
   * One fold's figures: mean nDCG@10 of the training and held-out lists under the trained and the
   * starting weights.
   *
   * @param fold the fold's number, from 1
   * @param heldOut the held-out lists' need ids
   * @param model the weights trained without the fold
   */
  public record Fold(
      int fold,
      List<String> heldOut,
      LinearScoringModel model,
      double trainTrained,
      double trainStart,
      double heldOutTrained,
      double heldOutStart) {}

  /**
   * The folds and their means.
   *
   * @param folds each fold's figures
   */
  public record Report(List<Fold> folds) {
    /** The mean over folds of the held-out lists' nDCG@10 with the trained weights. */
    public double heldOutTrained() {
      return folds.stream().mapToDouble(Fold::heldOutTrained).average().orElse(0);
    }

    /** The same with the starting weights. */
    public double heldOutStart() {
      return folds.stream().mapToDouble(Fold::heldOutStart).average().orElse(0);
    }

    /** The mean over folds of the training lists' nDCG@10 with the trained weights. */
    public double trainTrained() {
      return folds.stream().mapToDouble(Fold::trainTrained).average().orElse(0);
    }

    /** The same with the starting weights. */
    public double trainStart() {
      return folds.stream().mapToDouble(Fold::trainStart).average().orElse(0);
    }

    /** A table of the folds and means, for people. */
    @Override
    public String toString() {
      StringBuilder out =
          new StringBuilder(
              "fold  held-out needs  nDCG@10 train: trained / start   held out: trained /"
                  + " start\n");
      for (Fold fold : folds) {
        out.append(
            String.format(
                Locale.ROOT,
                "%4d  %14d  %22.4f / %.4f   %17.4f / %.4f%n",
                fold.fold(),
                fold.heldOut().size(),
                fold.trainTrained(),
                fold.trainStart(),
                fold.heldOutTrained(),
                fold.heldOutStart()));
      }
      out.append(
          String.format(
              Locale.ROOT,
              "mean  %14s  %22.4f / %.4f   %17.4f / %.4f%n",
              "",
              trainTrained(),
              trainStart(),
              heldOutTrained(),
              heldOutStart()));
      return out.toString();
    }
  }

  /**
   * Runs k-fold cross-validation.
   *
   * @param folds how many folds, from 2 to the number of lists
   * @param seed shuffles the lists and orders the features, so runs are reproducible
   */
  public static Report run(List<RankedList> lists, int folds, long seed, LinearScoringModel start) {
    checkArgument(lists != null && start != null, "arguments must not be null");
    checkArgument(
        folds >= 2 && folds <= lists.size(),
        "folds must be between 2 and the %s lists but was %s",
        lists.size(),
        folds);
    List<RankedList> shuffled = new ArrayList<>(lists);
    Collections.shuffle(shuffled, new Random(seed));
    ImmutableList.Builder<Fold> results = ImmutableList.builder();
    for (int fold = 0; fold < folds; fold++) {
      List<RankedList> train = new ArrayList<>();
      List<RankedList> heldOut = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) {
        (i % folds == fold ? heldOut : train).add(shuffled.get(i));
      }
      LinearScoringModel model =
          CoordinateAscent.withSeed(seed).train(train, start, "fold-" + (fold + 1));
      results.add(
          new Fold(
              fold + 1,
              heldOut.stream().map(RankedList::needId).collect(ImmutableList.toImmutableList()),
              model,
              CoordinateAscent.ndcg(train, model),
              CoordinateAscent.ndcg(train, start),
              CoordinateAscent.ndcg(heldOut, model),
              CoordinateAscent.ndcg(heldOut, start)));
    }
    return new Report(results.build());
  }
}
