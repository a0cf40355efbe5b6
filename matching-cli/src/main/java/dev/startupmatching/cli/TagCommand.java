package dev.startupmatching.cli;

import dev.startupmatching.lucene.ConceptTagger;
import dev.startupmatching.taxonomy.ConceptMention;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code startup-match tag}: lists the technology areas a text mentions. */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the technology areas a text mentions, one per line:",
      "start-end, the words, the area id and its English label."
    })
final class TagCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "TEXT",
      arity = "1..*",
      description = "The text, in English, German, Chinese or Italian.")
  String[] words;

  @Option(
      names = "--language",
      paramLabel = "CODE",
      description = "The text's language (default: detected).")
  String language;

  @Mixin TaxonomyOption taxonomyOption;

  @Override
  public Integer call() throws Exception {
    Taxonomy taxonomy = taxonomyOption.read();
    String text = String.join(" ", words);
    PrintWriter out = spec.commandLine().getOut();
    for (ConceptMention mention : ConceptTagger.of(taxonomy).tag(text, language)) {
      out.printf(
          "%d-%d\t%s\t%s\t%s%n",
          mention.start(),
          mention.end(),
          mention.text(),
          mention.areaId(),
          taxonomy.area(mention.areaId()).orElseThrow().label("en"));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
