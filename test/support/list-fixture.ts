/**
 * A small workbook of exports for *Klantenlijst maken*, with its client list worked out by hand: a
 * Toggl-like time-entry sheet and a Dutch invoice list (dates as Excel holds them: serials). Used by the Excel
 * host's test on the fake and by the taskpane's Chromium test.
 */
/** Excel's serial of an ISO day (1900 system). */
export const serial = (iso: string): number => (Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** A Toggl-like time-entry sheet: durations as text `hh:mm:ss`, ISO dates as text. */
export const UREN = [
  ['Client', 'Project', 'Start date', 'Duration', 'Billable'],
  ['Bakkerij Jansen', 'Website', '2025-03-03', '02:30:00', 'Yes'],
  ['Bakkerij Jansen', 'Website', '2025-03-10', '01:30:00', 'No'],
  ['Hotel Aan Zee', 'Drukwerk', '2025-04-01', '04:00:00', 'Yes'],
  ['Garage De Wit', 'Logo', '2025-05-12', '03:00:00', 'Yes'],
];
/** A Dutch invoice list as Excel holds it: dates as serials. F2025-003 is written *Bakkerij Janssen*. */
export const FACTUREN = [
  ['Factuurnummer', 'Relatie', 'Factuurdatum', 'Vervaldatum', 'Bedrag excl. btw', 'Btw', 'Betaald op'],
  ['F2025-001', 'Bakkerij Jansen', serial('2025-03-31'), serial('2025-04-30'), 1200, 252, serial('2025-05-10')],
  ['F2025-002', 'Hotel Aan Zee', serial('2025-04-15'), serial('2025-05-15'), 2500, 525, serial('2025-05-15')],
  ['F2025-003', 'Bakkerij Janssen', serial('2025-05-31'), serial('2025-06-30'), 800, 168, serial('2025-06-30')],
  ['F2025-004', 'Garage De Wit', serial('2025-06-15'), serial('2025-07-15'), 450, 94.5, serial('2025-07-25')],
];
/**
 * By hand. Period: 12 months to the end of the latest invoice's month (June 2025): 2024-07-01 … 2025-06-30.
 * Hours: Jansen 2:30 + 1:30 = 4 (1,5 not billable), Hotel 4, Garage 3. Days late: paid minus due: F001 10 (30 Apr →
 * 10 May), F002 0, F003 0, F004 10. Kept apart (the default): Janssen is a client of its own, without hours.
 */
export const LIST_APART = [
  ['Klant', 'Omzet', 'Uren', 'Niet-declarabele uren', 'Facturen', 'Dagen te laat'],
  ['Hotel Aan Zee', 2500, 4, 0, 1, 0],
  ['Bakkerij Jansen', 1200, 4, 1.5, 1, 10],
  ['Bakkerij Janssen', 800, 0, 0, 1, 0],
  ['Garage De Wit', 450, 3, 0, 1, 10],
];
/** Confirmed as one: 1 200 + 800, two invoices, days late weighted by amount (1 200 · 10 + 800 · 0) / 2 000 = 6. */
export const LIST_SAME = [
  ['Klant', 'Omzet', 'Uren', 'Niet-declarabele uren', 'Facturen', 'Dagen te laat'],
  ['Hotel Aan Zee', 2500, 4, 0, 1, 0],
  ['Bakkerij Jansen', 2000, 4, 1.5, 2, 6],
  ['Garage De Wit', 450, 3, 0, 1, 10],
];
