/**
 * From raw exports to the client list (docs/DEFINITIONS.md §1b). The public API of `core/sources/`:
 *
 * - `recogniseSource(cells)`: what a table is (kind, header row, columns), from its first rows;
 * - `buildClientList(sources, options)`: every source read in one pass each, matched per client, into the §1 list;
 * - `builtListCells(build, language)`: that list as a header row and rows, which `readClientTable` reads back as
 *   a client list (the analysis of a built list is the analysis of the same list typed);
 * - `provenanceCells(build, language)`: the *Bronnen* sheet;
 * - `listJson(build)`: the JSON of `klantwaarde list --json`.
 */
export * from './types.js';
export { recogniseSource } from './recognise.js';
export { buildClientList } from './build.js';
export { builtListCells, provenanceCells, listJson } from './output.js';
export { parseDateCell, decideDateOrder, type DayNumber } from './dates.js';
