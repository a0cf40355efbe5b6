/**
 * JSON Lines input and output of {@link dev.startupmatching.model.Startup startups}, {@link
 * dev.startupmatching.model.Need needs} and {@link dev.startupmatching.model.BusinessUnit business
 * units}: one JSON object per line, UTF-8, field names equal to the model's accessor names.
 *
 * <p>A {@link dev.startupmatching.io.JsonLinesReader} reads strictly, failing with an {@link
 * dev.startupmatching.io.InputException} at the first bad line, or leniently, reporting each bad
 * line as an {@link dev.startupmatching.io.InputError} and going on. A record with the id of an
 * earlier one replaces it, and the lenient read can report it as a warning. A {@link
 * dev.startupmatching.io.JsonLinesWriter} writes records so that reading them back gives equal
 * records.
 *
 * <pre>{@code
 * List<InputError> errors = new ArrayList<>();
 * List<Startup> startups = new ArrayList<>();
 * ReadSummary summary =
 *     JsonLinesReader.startups().read(Path.of("startups.jsonl"), startups::add, errors::add);
 * errors.forEach(System.err::println); // startups.jsonl:12: field 'stage': unknown stage ...
 * }</pre>
 */
package dev.startupmatching.io;
