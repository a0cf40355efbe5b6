package dev.startupmatching.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.primitives.Bytes;
import dev.startupmatching.eval.Qrels;
import dev.startupmatching.eval.Run;
import dev.startupmatching.model.Startup;
import dev.startupmatching.rank.LinearScoringModel;
import dev.startupmatching.rank.TreeEnsembleModel;
import dev.startupmatching.taxonomy.Lexicon;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader of text files skips a UTF-8 byte order mark at the start of its input, which Excel
 * and other Windows tools write, and reads the file as if it were not there. The JSON documents
 * (taxonomy, lexicon, scoring model) get this from the JSON parser's encoding detection; these
 * tests keep it so.
 */
class ByteOrderMarkTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path dir;

  private static byte[] withBom(String text) {
    return Bytes.concat(BOM, text.getBytes(UTF_8));
  }

  private static InputStream streamWithBom(String text) {
    return new ByteArrayInputStream(withBom(text));
  }

  @Test
  void jsonLinesKeepTheirFirstRecord() throws IOException {
    String text =
        "{\"id\":\"s-1\",\"name\":\"One\",\"description\":\"First\"}\n"
            + "{\"id\":\"s-2\",\"name\":\"Two\",\"description\":\"Second\"}\n";
    Path file = Files.write(dir.resolve("startups.jsonl"), withBom(text));
    List<Startup> records = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();

    ReadSummary summary = JsonLinesReader.startups().read(file, records::add, errors::add);

    assertThat(errors).isEmpty();
    assertThat(summary).isEqualTo(new ReadSummary(2, 0));
    assertThat(records).extracting(Startup::id).containsExactly("s-1", "s-2");
    assertThat(JsonLinesReader.startups().readAll(file)).isEqualTo(records);
    assertThat(JsonLinesReader.startups().readAll(streamWithBom(text), "stdin")).isEqualTo(records);
  }

  @Test
  void qrelsKeepTheirFirstNeedId() throws IOException {
    Qrels qrels = Qrels.read(streamWithBom("n-1 0 s-1 2\nn-2 0 s-2 1\n"), "qrels.txt");

    assertThat(qrels.needIds()).containsExactly("n-1", "n-2");
    assertThat(qrels.grades("n-1")).containsEntry("s-1", 2);
  }

  @Test
  void runsKeepTheirFirstNeedId() throws IOException {
    Run run = Run.read(streamWithBom("n-1 Q0 s-1 1 0.9 t\nn-2 Q0 s-2 1 0.8 t\n"), "run.txt");

    assertThat(run.needIds()).containsExactly("n-1", "n-2");
    assertThat(run.ranking("n-1")).containsExactly("s-1");
  }

  @Test
  void aTaxonomyIsRead() throws IOException {
    Taxonomy taxonomy =
        Taxonomy.read(
            streamWithBom(
                """
                {"version": "bom-1", "languages": ["en"],
                 "areas": [{"id": "e", "parent": null, "labels": {"en": "Electrification"}}]}
                """),
            "taxonomy.json");

    assertThat(taxonomy.version()).isEqualTo("bom-1");
    assertThat(taxonomy.size()).isEqualTo(1);
  }

  @Test
  void aLexiconIsRead() throws IOException {
    Lexicon lexicon =
        Lexicon.read(
            streamWithBom("{\"version\": \"bom-1\", \"entries\": [{\"en\": [\"car\"]}]}"),
            "lexicon.json");

    assertThat(lexicon.version()).isEqualTo("bom-1");
    assertThat(lexicon.entries()).hasSize(1);
    assertThat(lexicon.entries().get(0).get("en")).containsExactly("car");
  }

  @Test
  void aLinearScoringModelIsRead() throws IOException {
    LinearScoringModel model =
        LinearScoringModel.read(
            streamWithBom("{\"type\": \"linear\", \"name\": \"m\", \"weights\": {\"text\": 1}}"),
            "model.json");

    assertThat(model.name()).isEqualTo("m");
    assertThat(model.weights()).containsEntry("text", 1.0);
  }

  @Test
  void aRankLibModelKeepsItsFirstCommentLine() throws IOException {
    Path file =
        Files.write(
            dir.resolve("model.txt"),
            withBom(
                """
                ## LambdaMART
                <ensemble>
                \t<tree id="1" weight="0.5">
                \t\t<split>
                \t\t\t<feature> 1 </feature>
                \t\t\t<threshold> 0.5 </threshold>
                \t\t\t<split pos="left"><output> -1.0 </output></split>
                \t\t\t<split pos="right"><output> 1.0 </output></split>
                \t\t</split>
                \t</tree>
                </ensemble>
                """));

    TreeEnsembleModel model = TreeEnsembleModel.readRankLib(file, List.of("text"));

    assertThat(model.size()).isEqualTo(1);
    assertThat(model.signalNames()).containsExactly("text");
  }
}
