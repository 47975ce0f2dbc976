/**
 * From raw exports to the client list (docs/DEFINITIONS.md §1b). The public API of `core/sources/`:
 *
 * - `recogniseSource(cells, options)`: what a table is (kind, header row, columns), from its first rows;
 * - `createListBuilder(options)`: sources added one by one and fed row by row (a CSV streamed from disk), then
 *   `finish()` matches the clients into the §1 list; `buildClientList(sources, options)` does the same for tables
 *   held in memory (or fed synchronously through `rest`);
 * - `builtListCells(build, language)`: that list as a header row and rows, which `readClientTable` reads back as
 *   a client list (the analysis of a built list is the analysis of the same list typed);
 * - `provenanceCells(build, language)`: the *Bronnen* sheet;
 * - `listJson(build)`: the JSON of `klantwaarde list --json`.
 */
export * from './types.js';
export { recogniseSource } from './recognise.js';
export { createListBuilder, buildClientList } from './build.js';
export { builtListCells, provenanceCells, listJson } from './output.js';
export { parseDateCell, decideDateOrder, dayToIso, isoToDay, parseTimeOfDay, type DayNumber } from './dates.js';
export { nameKey, nameTokens } from './match.js';
export { requestOptions, type ListRequest, type SheetSource } from './request.js';
export { KIND_LABELS, SOURCE_FIELD_LABELS, SOURCE_WORDS, SOURCE_PROBLEMS, HOW_LABELS } from './messages.js';
export { parsePeriod } from './period.js';
export { headerCandidates, KIND_FIELDS } from './columns.js';
