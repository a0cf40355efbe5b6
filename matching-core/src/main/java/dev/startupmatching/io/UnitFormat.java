package dev.startupmatching.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.startupmatching.model.BusinessUnit;

/** The JSON form of a {@link BusinessUnit}. */
final class UnitFormat implements RecordFormat<BusinessUnit> {
  @Override
  public BusinessUnit decode(ObjectNode object) {
    BusinessUnit.Builder unit = BusinessUnit.builder();
    FieldReader in = new FieldReader(object);
    in.requiredString("id", unit::id);
    in.requiredString("name", unit::name);
    in.string("description", unit::description);
    return unit.build();
  }

  @Override
  public ObjectNode encode(BusinessUnit unit) {
    return new FieldWriter()
        .required("id", unit.id())
        .required("name", unit.name())
        .ifNotEmpty("description", unit.description())
        .object();
  }

  @Override
  public String id(BusinessUnit unit) {
    return unit.id();
  }
}
