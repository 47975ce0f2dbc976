/**
 * Reusable scratch buffers for the analysis' short-lived arrays: the radix sort's keys and buffers (slot 0), the
 * ranking it returns to the analysis (slot 1), the pyramid's and the median's selection copies (slot 0).
 * Allocated afresh, they are ~40 MB per million clients per run, and V8 answers that growth of external memory
 * with full collections (bench: a quarter of the time at 1 000 000 clients). Not reentrant within a slot: a
 * caller finishes with its views of a slot before anything else asks for that slot, and no view is ever returned
 * to a caller outside the core. Contents are not cleared: callers write before they read. The buffers are kept
 * (20 bytes per client of the largest portfolio analysed) until `releaseScratch()`.
 */
const buffers: (ArrayBuffer | null)[] = [null, null];

export const SCRATCH_SORT = 0;
export const SCRATCH_RANKING = 1;

export function scratch(bytes: number, slot: number = SCRATCH_SORT): ArrayBuffer {
  let buffer = buffers[slot] ?? null;
  if (!buffer || buffer.byteLength < bytes) buffer = buffers[slot] = new ArrayBuffer(bytes);
  return buffer;
}

/** Lets the scratch buffers go (a host that analysed a huge portfolio once and wants the memory back). */
export function releaseScratch(): void {
  buffers.fill(null);
}
