package dev.startupmatching.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class BusinessUnitTest {
  @Test
  void ofSetsIdAndNameAndLeavesDescriptionEmpty() {
    BusinessUnit unit = BusinessUnit.of(" u-1 ", " Electrification ");

    assertThat(unit.id()).isEqualTo("u-1");
    assertThat(unit.name()).isEqualTo("Electrification");
    assertThat(unit.description()).isEmpty();
  }

  @Test
  void settersRejectBadValuesNamingTheAttribute() {
    assertThatThrownBy(() -> BusinessUnit.builder().id(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank");
    assertThatThrownBy(() -> BusinessUnit.builder().name(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be null");
    assertThatThrownBy(() -> BusinessUnit.builder().description(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("description must not be null");
  }

  @Test
  void buildRequiresIdAndName() {
    assertThatThrownBy(() -> BusinessUnit.builder().name("Battery").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("id is required");
    assertThatThrownBy(() -> BusinessUnit.builder().id("u-1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("name is required");
  }

  @Test
  void equalsComparesAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(
            BusinessUnit.of("u-1", "Battery"),
            BusinessUnit.builder().id("u-1").name("Battery").build())
        .addEqualityGroup(BusinessUnit.of("u-2", "Battery"))
        .addEqualityGroup(BusinessUnit.of("u-1", "Chassis"))
        .addEqualityGroup(
            BusinessUnit.builder().id("u-1").name("Battery").description("Cells and packs").build())
        .testEquals();
  }
}
