package dev.startupmatching.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafeJsonTest {
  @Test
  void everyCharacterThatActsOnATerminalIsEscapedAndReadsBackUnchanged() throws Exception {
    String hostile = "a\u001b[2Jb\u007fc\u009b31md\u2028e\u202Ef\u2066g 汽车 ü";

    String json = SafeJson.mapper().writeValueAsString(Map.of("name", hostile));

    assertThat(json)
        .isEqualTo("{\"name\":\"a\\u001B[2Jb\\u007Fc\\u009B31md\\u2028e\\u202Ef\\u2066g 汽车 ü\"}");
    assertThat(new ObjectMapper().readTree(json).get("name").asText()).isEqualTo(hostile);
  }
}
