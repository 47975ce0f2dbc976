/**
 * Cost-to-serve without interest (docs/DEFINITIONS.md §3): labour + visits + orders + invoices. The `KOSTEN` custom
 * function needs it on its own; interest is left out because it needs revenue and days late, which the function
 * does not take (RENTEVERLIES gives it separately).
 */

export type CostDrivers = {
  /** Hours spent on the client (time, docs/DEFINITIONS.md §3). */
  time: number;
  hourlyCost: number;
  visits: number;
  costPerVisit: number;
  orders: number;
  costPerOrder: number;
  invoices: number;
  costPerInvoice: number;
};

/** labourCost + visitCost + orderCost + invoiceCost. */
export function costToServeWithoutInterestOf(d: CostDrivers): number {
  return d.time * d.hourlyCost + d.visits * d.costPerVisit + d.orders * d.costPerOrder + d.invoices * d.costPerInvoice;
}
