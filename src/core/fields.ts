/**
 * The input fields of docs/DEFINITIONS.md §1. Field ids are English (code); what users see comes from the catalogue.
 */
export const NUMERIC_FIELDS = [
  'revenue',
  'directCosts',
  'hours',
  'unbilledHours',
  'calls',
  'emails',
  'correctionRounds',
  'visits',
  'orders',
  'invoices',
  'freeShipments',
  'discountPct',
  'daysLate',
  'reminders',
  'previousRevenue',
  'referralRevenue',
  'potential',
  'relationship',
] as const;

export type NumericField = (typeof NUMERIC_FIELDS)[number];
/** `clientNumber` is text: the firm's own number or code beside the name (docs/DEFINITIONS.md §1). */
export type Field = 'client' | 'clientNumber' | NumericField | 'contract';
export const FIELDS: readonly Field[] = ['client', 'clientNumber', ...NUMERIC_FIELDS, 'contract'];

/** How a numeric field is read and validated. */
export type FieldKind = 'money' | 'hours' | 'count' | 'fraction' | 'days' | 'score';

export const FIELD_KIND: Record<NumericField, FieldKind> = {
  revenue: 'money',
  directCosts: 'money',
  hours: 'hours',
  calls: 'count',
  emails: 'count',
  correctionRounds: 'count',
  visits: 'count',
  orders: 'count',
  invoices: 'count',
  freeShipments: 'count',
  discountPct: 'fraction',
  daysLate: 'days',
  reminders: 'count',
  previousRevenue: 'money',
  referralRevenue: 'money',
  potential: 'score',
  relationship: 'score',
  unbilledHours: 'hours',
};

/** Fields that may not be negative: a negative value is a problem and the row is left out (docs/DEFINITIONS.md §1). */
export const NON_NEGATIVE_FIELDS: ReadonlySet<NumericField> = new Set<NumericField>([
  'hours',
  'calls',
  'emails',
  'correctionRounds',
  'visits',
  'orders',
  'invoices',
  'freeShipments',
  'reminders',
]);

/**
 * The figures a group of clients (all, an ABC class, a tier) holds as sums of its clients' figures, in the order
 * the totals carry them (`GroupTotals`, the JSON's `totals`, `classes` and `pyramid`): the money and time of
 * docs/DEFINITIONS.md §3. The extra cost drivers are summed beside them (`driverCosts`), the ratios and shares are
 * computed from these sums.
 */
export const GROUP_SUMS = [
  'revenue', 'directCosts', 'labourCost', 'visitCost', 'orderCost', 'invoiceCost', 'shippingCost', 'interestCost',
  'costToServe', 'netProfit', 'contribution', 'time', 'opportunityCost', 'discountLeak',
] as const;
export type GroupSum = (typeof GROUP_SUMS)[number];
