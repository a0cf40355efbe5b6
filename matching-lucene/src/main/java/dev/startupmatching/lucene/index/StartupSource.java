package dev.startupmatching.lucene.index;

import dev.startupmatching.io.JsonLinesReader;
import dev.startupmatching.io.JsonLinesWriter;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;

/**
 * The stored form of a startup: its JSON Lines record, so that an index on disk gives back every
 * attribute without a second store.
 */
public final class StartupSource {
  private static final Set<String> SOURCE_ONLY = Set.of(StartupFields.SOURCE);

  private StartupSource() {}

  /** The startup's record as stored: one JSON line, UTF-8. */
  public static byte[] encode(Startup startup) {
    StringWriter out = new StringWriter();
    try (JsonLinesWriter<Startup> writer = JsonLinesWriter.startups(out)) {
      writer.write(startup);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a document's stored source and decodes it. */
  public static Startup load(StoredFields storedFields, int doc, String indexName)
      throws IOException {
    BytesRef source = storedFields.document(doc, SOURCE_ONLY).getBinaryValue(StartupFields.SOURCE);
    // The stored record is one JSON line, ending with its line break.
    String json =
        new String(source.bytes, source.offset, source.length, StandardCharsets.UTF_8).strip();
    return JsonLinesReader.startups().decode(json, indexName);
  }
}
