/** The state a build keeps between its sources and `finish`: every source's reader and all their invoices. */
import type { Period } from './period.js';
import type { SourceReader } from './reader.js';
import type { InvoiceTable } from './sums.js';
import type { BuildOptions } from './types.js';

/** What `finish` reads: every source's reader and the invoices of all of them. */
export type BuildState = {
  options: BuildOptions;
  readers: SourceReader[];
  invoices: InvoiceTable;
  /** The period given by the user; `null` means the default, settled in `finish` from the latest date. */
  given: Period | null;
  periodInvalid: boolean;
};
