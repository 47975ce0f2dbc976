/** The hand-checked portfolio fixture (test/fixtures/portfolio.json), typed for the tests of every host. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CellValue, Settings } from '../../src/core/types.js';

type ExpectedGroup = Record<string, number | number[] | null>;
export type PortfolioFixture = {
  settings: Partial<Settings>;
  cells: CellValue[][];
  expectedProblems: { id: string; row: number; column: string; text: string | null; severity: string }[];
  expected: {
    clients: Record<string, unknown>[];
    totals: ExpectedGroup;
    classes: Record<'A' | 'B' | 'C', ExpectedGroup>;
    pyramid: Record<string, ExpectedGroup>;
    whale: { end: [number, number]; peak: [number, number]; points: [number, number][] };
    medianTimePerOrder: number;
    portfolioMargin: number;
    scenarios: {
      letGoC: Record<string, number>;
      repairC: Record<string, number>;
    };
    tierCounts: Record<string, number>;
  };
};

export const portfolioPath = fileURLToPath(new URL('../fixtures/portfolio.json', import.meta.url));
export const portfolio: PortfolioFixture = JSON.parse(readFileSync(portfolioPath, 'utf8'));

/** The fixture read and analysed as every host does it (read, bind drivers, analyse), by the record oracle. */
export async function analysePortfolio(cells: CellValue[][] = portfolio.cells, language: 'nl' | 'en' | 'de' = 'nl') {
  const { readClientTable, bindDrivers } = await import('../../src/core/index.js');
  const { analyse, recordsOf } = await import('./oracle.js');
  const table = readClientTable(cells, { language });
  const bound = bindDrivers(portfolio.settings.extraDrivers ?? [], table.mapping, language);
  const result = analyse(recordsOf(table.columns), { ...portfolio.settings, extraDrivers: bound.drivers });
  return { result, problems: [...table.problems, ...bound.problems], table };
}
