/**
 * One reusable scratch buffer for the analysis' short-lived arrays: the radix sort's keys and buffers, the
 * pyramid's and the median's selection copies. Allocated afresh, they are ~36 MB per million clients per run,
 * and V8 answers that growth of external memory with full collections (bench: a quarter of the time at
 * 1 000 000 clients). Not reentrant: a caller finishes with its views before anything else asks for scratch,
 * and no view is ever returned. Contents are not cleared: callers write before they read. The buffer is kept
 * (16 bytes per client of the largest portfolio analysed) until `releaseScratch()`.
 */
let buffer: ArrayBuffer | null = null;

export function scratch(bytes: number): ArrayBuffer {
  if (!buffer || buffer.byteLength < bytes) buffer = new ArrayBuffer(bytes);
  return buffer;
}

/** Lets the scratch buffer go (a host that analysed a huge portfolio once and wants the memory back). */
export function releaseScratch(): void {
  buffer = null;
}
