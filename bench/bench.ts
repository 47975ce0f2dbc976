/**
 * `npm run bench`: ratios and counts, not absolute promises. Each core size runs in a child process (peak memory
 * per size); the output is Markdown, committed as bench/RESULTS.md for this machine.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { benchCore, type CoreSample } from './core.js';
import { benchFunctions } from './functions.js';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--core-size') {
  process.stdout.write(JSON.stringify(benchCore(Number(process.argv[3]))));
  process.exit(0);
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
const lines: string[] = [];
lines.push(`# Benchmark results`, '');
lines.push(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. Run: ${new Date().toISOString().slice(0, 10)}.`, '');
lines.push('## Core analysis (synthetic portfolios, every column filled, one extra cost driver)', '');
lines.push('Baseline: `Float64Array.prototype.sort` of n random doubles, same process. *Analysis* is `analyseColumns`');
lines.push('(every figure, ABC, pyramid, whale curve, signals, cost-benefit); *objects* is `materialise` (the plain');
lines.push('`ClientResult` objects); *full* is `analyse(records)` = columns + analysis + objects. Medians of repeated runs.', '');
lines.push('| clients | sort (ms) | analysis (ms) | analysis ÷ sort | objects (ms) | full analyse (ms) | full ÷ sort | peak RSS (MiB) |');
lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|');
const samples: CoreSample[] = [];
for (const n of SIZES) {
  const output = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', self, '--core-size', String(n)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const s = JSON.parse(output) as CoreSample;
  samples.push(s);
  lines.push(
    `| ${n.toLocaleString('en-US')} | ${fmt(s.sortMs)} | ${fmt(s.analysisMs)} | ${(s.analysisMs / s.sortMs).toFixed(2)} | ${fmt(s.materialiseMs)} | ${fmt(s.fullMs)} | ${(s.fullMs / s.sortMs).toFixed(2)} | ${s.peakRssMiB.toFixed(0)} |`,
  );
  process.stderr.write(`core ${n} done\n`);
}
const at = (n: number): CoreSample => samples.find((s) => s.n === n)!;
const growth = at(1_000_000).analysisMs / at(100_000).analysisMs;
const fullGrowth = at(1_000_000).fullMs / at(100_000).fullMs;
lines.push('');
lines.push(`Growth 100 000 → 1 000 000 clients: analysis ×${growth.toFixed(1)}, full analyse ×${fullGrowth.toFixed(1)} (linear would be ×10, n log n ≈ ×12).`);
lines.push(`Targets (issue 2): analysis of 1 000 000 clients ≤ 6 × sort → ${(at(1_000_000).analysisMs / at(1_000_000).sortMs).toFixed(2)}; growth ≤ ×12 → ×${growth.toFixed(1)}.`);
lines.push('');
lines.push(...benchFunctions());
process.stdout.write(lines.join('\n') + '\n');
