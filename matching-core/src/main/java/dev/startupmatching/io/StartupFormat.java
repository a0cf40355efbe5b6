package dev.startupmatching.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import dev.startupmatching.place.Location;
import java.util.Map;
import java.util.Optional;

/** The JSON form of a {@link Startup}. */
final class StartupFormat implements RecordFormat<Startup> {
  @Override
  public Startup decode(ObjectNode object) {
    Startup.Builder startup = Startup.builder();
    FieldReader in = new FieldReader(object);
    in.requiredString("id", startup::id);
    in.requiredString("name", startup::name);
    in.requiredString("description", startup::description);
    in.string("oneLiner", startup::oneLiner);
    in.strings("technologyAreas", startup::technologyAreas);
    in.strings("tags", startup::tags);
    in.string("stage", stage -> startup.stage(Stage.parse(stage)));
    in.integer("readinessLevel", startup::readinessLevel);
    in.string("country", startup::country);
    in.string("city", startup::city);
    in.strings("regions", startup::regions);
    in.integer("teamSize", startup::teamSize);
    in.integer("foundedYear", startup::foundedYear);
    in.longInteger("fundingUsd", startup::fundingUsd);
    in.string("website", startup::website);
    in.strings("languages", startup::languages);
    return startup.build();
  }

  @Override
  public ObjectNode encode(Startup startup) {
    return new FieldWriter()
        .required("id", startup.id())
        .required("name", startup.name())
        .required("description", startup.description())
        .ifNotEmpty("oneLiner", startup.oneLiner())
        .ifNotEmpty("technologyAreas", startup.technologyAreas())
        .ifNotEmpty("tags", startup.tags())
        .ifPresent("stage", startup.stage().map(Stage::id))
        .ifPresent("readinessLevel", startup.readinessLevel())
        .ifPresent("country", startup.country())
        .ifPresent("city", startup.city())
        .ifNotEmpty("regions", startup.regions())
        .ifPresent("teamSize", startup.teamSize())
        .ifPresent("foundedYear", startup.foundedYear())
        .ifPresent("fundingUsd", startup.fundingUsd())
        .ifPresent("website", startup.website())
        .ifNotEmpty("languages", startup.languages())
        .object();
  }

  @Override
  public String id(Startup startup) {
    return startup.id();
  }

  /**
   * Reports a startup whose country, city or regions name no place the library knows: it is kept,
   * and region constraints compare those texts as written.
   */
  @Override
  public Optional<Warning> warning(Startup startup) {
    Map<String, String> unresolved = Location.of(startup).unresolved();
    if (unresolved.isEmpty()) {
      return Optional.empty();
    }
    var fields = unresolved.entrySet().iterator();
    var first = fields.next();
    StringBuilder message =
        new StringBuilder("'")
            .append(first.getValue())
            .append("' names no known country or region");
    fields.forEachRemaining(
        other ->
            message
                .append(", nor does ")
                .append(other.getKey())
                .append(" '")
                .append(other.getValue())
                .append("'"));
    message.append(
        unresolved.size() == 1
            ? "; the startup is kept, and region constraints compare the text as written"
            : "; the startup is kept, and region constraints compare the texts as written");
    return Optional.of(new Warning(first.getKey(), message.toString()));
  }
}
