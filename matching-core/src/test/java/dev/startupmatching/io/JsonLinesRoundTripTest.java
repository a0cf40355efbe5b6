package dev.startupmatching.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.startupmatching.model.BusinessUnit;
import dev.startupmatching.model.Ids;
import dev.startupmatching.model.Need;
import dev.startupmatching.model.Stage;
import dev.startupmatching.model.Startup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Checks that random startups, needs and units survive writing and reading back unchanged. */
class JsonLinesRoundTripTest {
  /** Pieces that JSON must escape or that stress encoding: German, Chinese, quotes, breaks. */
  private static final List<String> TRICKY =
      List.of(
          "a",
          "Z",
          "7",
          " ",
          "ä",
          "Ö",
          "ß",
          "Grüße",
          "汽车",
          "创业公司",
          "自动驾驶",
          "\"",
          "\\",
          "\n",
          "\r\n",
          "\t",
          "\u0000",
          "\u001F",
          "/",
          "{",
          "}",
          "[",
          ",",
          ":",
          "\u2028",
          "\uD83D\uDE97",
          "\uFEFF");

  private static final Gen<String> TEXT =
      Generate.oneOf(
          lists().of(Generate.pick(TRICKY)).ofSizeBetween(0, 12).map(p -> String.join("", p)),
          // Code points below the surrogates and above them, never an unpaired surrogate, which
          // UTF-8 cannot encode.
          strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 10),
          lists()
              .of(integers().between(0x10000, 0x10FFFF))
              .ofSizeBetween(0, 3)
              .map(
                  codePoints ->
                      new String(
                          codePoints.stream().mapToInt(Integer::intValue).toArray(),
                          0,
                          codePoints.size())));

  /** Never blank, as ids, names and set elements must be. */
  private static final Gen<String> WORD = TEXT.map(t -> "w" + t);

  private static final Gen<List<String>> WORDS = lists().of(WORD).ofSizeBetween(0, 4);

  /** A word without the characters an id must not hold, for ids and the ids of other records. */
  private static final Gen<String> ID = WORD.map(JsonLinesRoundTripTest::withoutForbidden);

  private static final Gen<List<String>> IDS = lists().of(ID).ofSizeBetween(0, 4);

  private static final Gen<List<String>> LANGUAGES =
      lists().of(Generate.pick(List.of("en", "de", "zh", "zh-cn", "fr"))).ofSizeBetween(0, 3);

  private static final Gen<Startup> STARTUPS =
      in -> {
        Startup.Builder b =
            Startup.builder(ID.generate(in), WORD.generate(in)).description(TEXT.generate(in));
        maybe(TEXT).generate(in).ifPresent(b::oneLiner);
        b.technologyAreas(IDS.generate(in));
        b.tags(WORDS.generate(in));
        maybe(Generate.enumValues(Stage.class)).generate(in).ifPresent(b::stage);
        maybe(integers().between(1, 9)).generate(in).ifPresent(b::readinessLevel);
        maybe(TEXT).generate(in).ifPresent(b::country);
        maybe(TEXT).generate(in).ifPresent(b::city);
        b.regions(WORDS.generate(in));
        maybe(integers().between(1, Integer.MAX_VALUE)).generate(in).ifPresent(b::teamSize);
        maybe(integers().between(1800, 2200)).generate(in).ifPresent(b::foundedYear);
        maybe(longs().between(0, Long.MAX_VALUE)).generate(in).ifPresent(b::fundingUsd);
        maybe(TEXT).generate(in).ifPresent(b::website);
        b.languages(LANGUAGES.generate(in));
        return b.build();
      };

  private static final Gen<Need> NEEDS =
      in -> {
        Need.Builder b = Need.builder(ID.generate(in), TEXT.generate(in));
        maybe(TEXT).generate(in).ifPresent(b::unit);
        maybe(TEXT).generate(in).ifPresent(b::title);
        b.requiredAreas(IDS.generate(in));
        b.preferredAreas(IDS.generate(in));
        b.preferredStages(
            lists().of(Generate.enumValues(Stage.class)).ofSizeBetween(0, 3).generate(in));
        maybe(integers().between(1, 9)).generate(in).ifPresent(b::minReadinessLevel);
        b.regions(WORDS.generate(in));
        b.excludedStartupIds(IDS.generate(in));
        maybe(integers().between(1, Integer.MAX_VALUE)).generate(in).ifPresent(b::minTeamSize);
        maybe(longs().between(0, Long.MAX_VALUE)).generate(in).ifPresent(b::maxFundingUsd);
        maybe(TEXT).generate(in).ifPresent(b::pilotTimeline);
        maybe(Generate.pick(List.of("en", "de", "zh"))).generate(in).ifPresent(b::language);
        return b.build();
      };

  private static final Gen<BusinessUnit> UNITS =
      in -> {
        BusinessUnit.Builder b = BusinessUnit.builder().id(ID.generate(in)).name(WORD.generate(in));
        maybe(TEXT).generate(in).ifPresent(b::description);
        return b.build();
      };

  private static String withoutForbidden(String text) {
    int[] allowed = text.codePoints().filter(c -> !Ids.isForbidden(c)).toArray();
    return new String(allowed, 0, allowed.length);
  }

  private static <T> Gen<Optional<T>> maybe(Gen<T> gen) {
    return gen.toOptionals(40);
  }

  /** Makes ids unique, since a later record with an id replaces an earlier one. */
  private static <T> Gen<List<T>> uniqueIds(
      Gen<T> records, BiFunction<T, Integer, T> withIdPrefix) {
    return lists()
        .of(records)
        .ofSizeBetween(0, 5)
        .map(
            list -> {
              List<T> unique = new ArrayList<>();
              for (T record : list) {
                unique.add(withIdPrefix.apply(record, unique.size()));
              }
              return unique;
            });
  }

  private static <T> List<T> writeAndRead(
      List<T> records, JsonLinesWriter<T> writer, StringWriter out, JsonLinesReader<T> reader) {
    try {
      for (T record : records) {
        writer.write(record);
      }
      writer.close();
      String text = out.toString();
      assertThat(text.chars().filter(c -> c == '\n').count()).isEqualTo(records.size());
      return reader.readAll(new ByteArrayInputStream(text.getBytes(UTF_8)), "generated");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void startupsSurviveWriteThenRead() {
    qt().forAll(uniqueIds(STARTUPS, (s, i) -> s.toBuilder().id(i + s.id()).build()))
        .checkAssert(
            startups -> {
              StringWriter out = new StringWriter();
              assertThat(
                      writeAndRead(
                          startups, JsonLinesWriter.startups(out), out, JsonLinesReader.startups()))
                  .isEqualTo(startups);
            });
  }

  @Test
  void needsSurviveWriteThenRead() {
    qt().forAll(uniqueIds(NEEDS, (n, i) -> n.toBuilder().id(i + n.id()).build()))
        .checkAssert(
            needs -> {
              StringWriter out = new StringWriter();
              assertThat(
                      writeAndRead(needs, JsonLinesWriter.needs(out), out, JsonLinesReader.needs()))
                  .isEqualTo(needs);
            });
  }

  @Test
  void unitsSurviveWriteThenRead() {
    qt().forAll(
            uniqueIds(
                UNITS,
                (u, i) ->
                    BusinessUnit.builder()
                        .id(i + u.id())
                        .name(u.name())
                        .description(u.description())
                        .build()))
        .checkAssert(
            units -> {
              StringWriter out = new StringWriter();
              assertThat(
                      writeAndRead(units, JsonLinesWriter.units(out), out, JsonLinesReader.units()))
                  .isEqualTo(units);
            });
  }
}
