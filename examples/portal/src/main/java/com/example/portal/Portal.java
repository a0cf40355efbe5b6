package com.example.portal;

import dev.startupmatching.lucene.Matching;
import dev.startupmatching.lucene.StartupIndex;
import dev.startupmatching.match.Constraints;
import dev.startupmatching.match.Facet;
import dev.startupmatching.match.FacetCounts;
import dev.startupmatching.match.MatchOptions;
import dev.startupmatching.match.Matches;
import dev.startupmatching.match.StartupMatcher;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A scouting portal's back end: one persistent index that profiles are upserted into as scouts edit
 * them, and one shared matcher that answers the portal's queries.
 */
public final class Portal implements AutoCloseable {
  /** Results per page. */
  public static final int PAGE_SIZE = 5;

  private final StartupIndex index;
  private final StartupMatcher matcher;

  private Portal(StartupIndex index) {
    this.index = index;
    this.matcher = Matching.builder().index(index).build();
  }

  /** Opens the portal's index in {@code directory}, creating it when it is new. */
  public static Portal open(Path directory) throws IOException {
    return new Portal(StartupIndex.open(directory));
  }

  /** Adds or replaces profiles, and makes them durable and visible to searches. */
  public void save(List<Startup> startups) throws IOException {
    index.upsertAll(startups);
    index.commit();
  }

  /** How many startups the portal holds. */
  public int size() {
    return matcher.size();
  }

  /** One page of a need's results, pages numbered from 1. */
  public Matches search(Need need, int page) {
    return matcher.match(
        need, MatchOptions.builder().offset((page - 1) * PAGE_SIZE).topK(PAGE_SIZE).build());
  }

  /** The first page of a need's results among young startups with modest funding. */
  public Matches searchYoungAndSmall(Need need, int foundedFrom, long maxFundingUsd) {
    Constraints filter =
        Constraints.builder().foundedFrom(foundedFrom).maxFundingUsd(maxFundingUsd).build();
    return matcher.match(need, MatchOptions.builder().topK(PAGE_SIZE).filter(filter).build());
  }

  /** The first page of a need's results among startups at some stages. */
  public Matches searchAtStages(Need need, Set<Stage> stages) {
    Constraints filter = Constraints.builder().stages(stages).build();
    return matcher.match(need, MatchOptions.builder().topK(PAGE_SIZE).filter(filter).build());
  }

  /** The counts to show beside a need's results, for narrowing them. */
  public FacetCounts facets(Need need) {
    return matcher.facets(
        need, MatchOptions.defaults(), EnumSet.of(Facet.STAGE, Facet.COUNTRY, Facet.AREA));
  }

  /** The startups most like one the scout is looking at. */
  public Matches moreLikeThis(String startupId) {
    return matcher.similarTo(startupId, MatchOptions.top(PAGE_SIZE));
  }

  @Override
  public void close() throws IOException {
    matcher.close();
    index.close();
  }
}
