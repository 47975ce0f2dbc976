/**
 * The compact records of `sums.ts`: invoice numbers and order ids in a char-code hash index instead of a `Map` of
 * strings, and invoices as typed columns (docs/DEFINITIONS.md §1b: memory in proportion to clients,
 * invoices and orders, never to lines).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BucketSums, InvoiceTable, StringIndex } from '../../../src/core/sources/sums.js';

describe('StringIndex', () => {
  it('finds what was set, and -1 for what was not', () => {
    const index = new StringIndex();
    index.set('F-2025-0001', 7);
    index.set('', 3);
    index.set('Ää', 9);
    index.set('Ää€😀', 0);
    expect(index.get('F-2025-0001')).toBe(7);
    expect(index.get('')).toBe(3);
    expect(index.get('Ää€😀')).toBe(0);
    expect(index.get('Ää')).toBe(9);
    expect(index.get('Ää€')).toBe(-1);
    expect(index.get('F-2025-000')).toBe(-1);
    expect(index.get('f-2025-0001')).toBe(-1);
    expect(index.count).toBe(4);
  });

  it('keeps every key through its growth (100 000 numbers)', () => {
    const index = new StringIndex();
    for (let i = 0; i < 100_000; i++) index.set(`F-${i}`, i * 2);
    let wrong = 0;
    for (let i = 0; i < 100_000; i++) if (index.get(`F-${i}`) !== i * 2) wrong++;
    expect(wrong).toBe(0);
    expect(index.get('F-100000')).toBe(-1);
  });

  it('answers as a Map of the same strings does (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6, unit: fc.constantFrom('a', 'b', 'é', '0', '€', ' ') }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }), (keys, probes) => {
        const index = new StringIndex();
        const map = new Map<string, number>();
        keys.forEach((key, i) => {
          if (map.has(key)) return;
          map.set(key, i);
          index.set(key, i);
        });
        for (const key of [...keys, ...probes]) expect(index.get(key)).toBe(map.get(key) ?? -1);
      }),
    );
  });
});

describe('InvoiceTable', () => {
  const start = { source: 0, client: 4, day: 20151, due: 20165, paid: Number.NaN, open: Number.NaN, amount: 100, cost: Number.NaN, discount: Number.NaN, reminders: Number.NaN };

  it('sums an invoice\'s lines, with what a later line alone gives (cost 0 + 30, discount from its first line, reminders from the first line giving them)', () => {
    const table = new InvoiceTable();
    const a = table.add('F-1', start);
    const loose = table.add('', { ...start, amount: 5, open: 5 });
    table.addLine(a, 50.5, 30, Number.NaN, Number.NaN);
    table.addLine(a, -20, Number.NaN, 7, 2);
    table.addLine(a, 0, Number.NaN, 3, 1);
    expect(table.numbers.get('F-1')).toBe(a);
    expect(table.numbers.get('')).toBe(-1);
    expect([table.amount[a], table.rows[a], table.cost[a], table.discount[a], table.reminders[a]]).toEqual([130.5, 4, 30, 10, 2]);
    expect([table.day[a], table.due[a], table.paid[a], table.due[loose]]).toEqual([20151, 20165, Number.NaN, 20165]);
    expect([table.loose[a], table.loose[loose], table.open[a], table.open[loose], table.cost[loose], table.discount[loose], table.reminders[loose]]).toEqual([0, 1, Number.NaN, 5, 0, Number.NaN, Number.NaN]);
  });

  it('keeps every invoice\'s columns through its growth, the not-given ones NaN', () => {
    const table = new InvoiceTable();
    for (let i = 0; i < 1000; i++) table.add(`N${i}`, { ...start, client: i, amount: i, cost: i === 500 ? 9 : Number.NaN, open: i === 999 ? 1 : Number.NaN });
    expect(table.count).toBe(1000);
    expect([table.client[999], table.amount[999], table.numbers.get('N999'), table.cost[499], table.cost[500], table.cost[999], table.open[998], table.open[999], table.due[999]]).toEqual([999, 999, 999, 0, 9, 0, Number.NaN, 1, 20165]);
  });
});

describe('BucketSums', () => {
  it('gives one slot per (client, bucket), the same whether found by array (few buckets, clients under 65 536) or by map (property)', () => {
    const pair = fc.tuple(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 65_530, max: 65_540 })), fc.oneof(fc.integer({ min: -1, max: 5 }), fc.integer({ min: 24_000, max: 24_100 })));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 400 }), (pairs) => {
        const sums = new BucketSums(1);
        const reference = new Map<string, number>();
        for (const [client, bucket] of pairs) {
          const slot = sums.slot(client, bucket);
          const key = `${client}|${bucket}`;
          if (!reference.has(key)) reference.set(key, reference.size);
          expect(slot).toBe(reference.get(key));
          expect([sums.clients[slot], sums.buckets[slot]]).toEqual([client, bucket]);
        }
        expect(sums.count).toBe(reference.size);
      }),
    );
  });
});
