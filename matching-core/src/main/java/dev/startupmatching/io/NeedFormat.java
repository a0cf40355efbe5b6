package dev.startupmatching.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;

/** The JSON form of a {@link Need}. Stages are written by {@link Stage#id()}. */
final class NeedFormat implements RecordFormat<Need> {
  @Override
  public Need decode(ObjectNode object) {
    Need.Builder need = Need.builder();
    FieldReader in = new FieldReader(object);
    in.requiredString("id", need::id);
    in.string("unit", need::unit);
    in.string("title", need::title);
    in.requiredString("description", need::description);
    in.strings("requiredAreas", need::requiredAreas);
    in.strings("preferredAreas", need::preferredAreas);
    in.list("preferredStages", Stage::parse, need::preferredStages);
    in.integer("minReadinessLevel", need::minReadinessLevel);
    in.strings("regions", need::regions);
    in.strings("excludedStartupIds", need::excludedStartupIds);
    in.integer("minTeamSize", need::minTeamSize);
    in.longInteger("maxFundingUsd", need::maxFundingUsd);
    in.string("pilotTimeline", need::pilotTimeline);
    in.string("language", need::language);
    return need.build();
  }

  @Override
  public ObjectNode encode(Need need) {
    return new FieldWriter()
        .required("id", need.id())
        .ifPresent("unit", need.unit())
        .ifNotEmpty("title", need.title())
        .required("description", need.description())
        .ifNotEmpty("requiredAreas", need.requiredAreas())
        .ifNotEmpty("preferredAreas", need.preferredAreas())
        .ifNotEmpty("preferredStages", need.preferredStages().stream().map(Stage::id).toList())
        .ifPresent("minReadinessLevel", need.minReadinessLevel())
        .ifNotEmpty("regions", need.regions())
        .ifNotEmpty("excludedStartupIds", need.excludedStartupIds())
        .ifPresent("minTeamSize", need.minTeamSize())
        .ifPresent("maxFundingUsd", need.maxFundingUsd())
        .ifPresent("pilotTimeline", need.pilotTimeline())
        .ifPresent("language", need.language())
        .object();
  }

  @Override
  public String id(Need need) {
    return need.id();
  }
}
