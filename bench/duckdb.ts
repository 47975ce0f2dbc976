/**
 * Issue 11's bench: the whole `klantwaarde analyse` process on the 200 000-client CSV (`--json`, and `--out x.xlsx`)
 * against DuckDB (embedded, one thread) reading the same file and computing the same cost to serve, net profit,
 * hourly return and fixed ABC window in SQL, written as CSV; then the workbook run's peak memory at 200 000 and
 * 600 000 clients. Every run is a process of its own, timed from outside (wall clock) with its peak resident
 * memory from GNU time (`/usr/bin/time -f`); the best of `RUNS` counts, as the machine is a shared VM.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveSettings } from '../src/core/index.js';
import { BENCH_SETTINGS } from './synthetic.js';
import { writeCsv } from './cli.js';

const RUNS = 3;
const root = fileURLToPath(new URL('../../', import.meta.url));
const cliBin = join(root, 'bin/klantwaarde.js');
const GNU_TIME = '/usr/bin/time';

/** The same computation as the core's cost lines, net profit, hourly return and fixed ABC, in DuckDB's SQL. */
export function duckdbSql(input: string, output: string): string {
  const s = resolveSettings(BENCH_SETTINGS, '2026-11-27');
  const money = (column: string): string => `CAST(replace(replace(trim(replace("${column}", '€', '')), '.', ''), ',', '.') AS DOUBLE)`;
  const decimal = (column: string): string => `CAST(replace("${column}", ',', '.') AS DOUBLE)`;
  // The tier with the highest `revenueFrom` ≤ the list revenue (figures.ts's tierDiscountOf).
  const tiers = [...s.discountTiers].sort((a, b) => b.revenueFrom - a.revenueFrom);
  const tierDiscount = `CASE ${tiers.map((t) => `WHEN list >= ${t.revenueFrom} THEN ${t.discount}`).join(' ')} ELSE 0 END`;
  const driver = s.extraDrivers[0]!;
  return `
    COPY (
      WITH raw AS (
        SELECT Klant AS client, ${money('Omzet')} AS revenue, ${money('Inkoop')} AS direct, ${decimal('Uren')} AS hours,
          CAST(Telefoontjes AS DOUBLE) AS calls, CAST("E-mails" AS DOUBLE) AS emails, CAST(Correctierondes AS DOUBLE) AS corrections,
          CAST(Bezoeken AS DOUBLE) AS visits, CAST(Orders AS DOUBLE) AS orders, CAST(Facturen AS DOUBLE) AS invoices,
          CAST("Franco leveringen" AS DOUBLE) AS free, CAST(replace(replace(Korting, '%', ''), ',', '.') AS DOUBLE) / 100 AS discount,
          CAST("Dagen te laat" AS DOUBLE) AS days_late, CAST("${driver.column}" AS DOUBLE) AS driver
        FROM read_csv('${input}', delim = ';', header = true, all_varchar = true)
      ),
      costs AS (
        SELECT *,
          hours + (calls * ${s.minutesPerCall} + emails * ${s.minutesPerEmail} + corrections * ${s.minutesPerCorrectionRound}) / 60 AS time,
          driver * ${driver.costPerUnit} + visits * ${s.costPerVisit} + orders * ${s.costPerOrder} + invoices * ${s.costPerInvoice}
            + free * ${s.costPerFreeShipment} + greatest(revenue, 0) * ${s.interestRateUsed} * greatest(days_late, 0) / 365 AS non_labour,
          CASE WHEN discount > 0 AND discount < 1 THEN revenue / (1 - discount) END AS list
        FROM raw
      ),
      figures AS (
        SELECT client, revenue, time,
          time * ${s.hourlyCost ?? 0} + non_labour AS cost_to_serve,
          revenue - direct - time * ${s.hourlyCost ?? 0} - non_labour AS net_profit,
          CASE WHEN time > 0 THEN (revenue - direct - non_labour) / time END AS hourly_return,
          CASE WHEN list IS NULL THEN 0 ELSE greatest(list * (discount - ${tierDiscount}), 0) END AS discount_leak
        FROM costs
      ),
      ranked AS (
        SELECT *,
          coalesce(sum(greatest(net_profit, 0)) OVER (ORDER BY net_profit DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
            / sum(greatest(net_profit, 0)) OVER () AS share_before
        FROM figures
      )
      SELECT client, revenue, time, cost_to_serve, net_profit, hourly_return, discount_leak,
        CASE WHEN net_profit <= 0 THEN 'C' WHEN share_before < ${s.abcLimitA} THEN 'A' WHEN share_before < ${s.abcLimitB} THEN 'B' ELSE 'C' END AS abc
      FROM ranked
    ) TO '${output}' (HEADER, DELIMITER ';')`;
}

/** `bench.js --duckdb in.csv out.csv`: one DuckDB run in this process (the parent times the process). */
export async function duckdbRun(input: string, output: string): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  await connection.run(duckdbSql(input, output));
  connection.closeSync();
}

/** `cpuSeconds`: user + system time of the process and its threads (GNU time), null without GNU time. */
type Run = { seconds: number; cpuSeconds: number | null; peakMiB: number | null; code: number };

/**
 * One process, timed from outside; its peak RSS and CPU time from GNU time when the machine has it. `stdout`: a
 * file for the process's standard output (as `> out.json`), else it is discarded.
 */
function timed(args: string[], env: Record<string, string> = {}, stdout?: string): Run {
  const gnu = existsSync(GNU_TIME);
  const fd = stdout ? openSync(stdout, 'w') : 'ignore';
  const options = { encoding: 'utf8' as const, maxBuffer: 1 << 20, stdio: ['ignore', fd, 'pipe'] as ['ignore', number | 'ignore', 'pipe'], env: { ...process.env, ...env } };
  const started = performance.now();
  const run = gnu
    ? spawnSync(GNU_TIME, ['-f', 'KW_PEAK_KB %M KW_CPU %U %S', process.execPath, ...args], options)
    : spawnSync(process.execPath, args, options);
  const seconds = (performance.now() - started) / 1000;
  if (typeof fd === 'number') closeSync(fd);
  const peak = /KW_PEAK_KB (\d+)/.exec(run.stderr ?? '');
  const cpu = /KW_CPU ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
  return { seconds, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : null, peakMiB: peak ? Number(peak[1]) / 1024 : null, code: run.status ?? -1 };
}

const best = (runs: Run[]): Run => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const repeat = (n: number, args: string[], env: Record<string, string> = {}): Run => best(Array.from({ length: n }, () => timed(args, env)));

export async function benchLarge(self: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'klantwaarde-large-'));
  try {
    const small = join(dir, 'klanten-200k.csv');
    const large = join(dir, 'klanten-600k.csv');
    writeCsv(small, 200_000);
    writeCsv(large, 600_000);
    const settings = join(dir, 'settings.json');
    writeFileSync(settings, JSON.stringify(BENCH_SETTINGS));
    const xlsx = join(dir, 'x.xlsx');
    const cli = (input: string, ...rest: string[]): string[] => [cliBin, 'analyse', input, '--settings', settings, '--quiet', ...rest];
    // The workbook is overwritten run after run: it is the CLI's own output (`--force` where the CLI asks for it).
    const force = execFileSync(process.execPath, [cliBin, '--help'], { encoding: 'utf8' }).includes('--force') ? ['--force'] : [];
    const duck = repeat(RUNS, [self, '--duckdb', small, join(dir, 'duck.csv')]);
    process.stderr.write('duckdb done\n');
    const json = repeat(RUNS, cli(small, '--json'));
    process.stderr.write('--json done\n');
    const book = repeat(RUNS, cli(small, '--out', xlsx, ...force));
    const bookSize = statSync(xlsx).size;
    process.stderr.write('--out 200k done\n');
    const bookLarge = repeat(1, cli(large, '--out', xlsx, ...force));
    process.stderr.write('--out 600k done\n');
    rmSync(large);
    // --json at 2 000 000 clients, to a file: the run must end with exit 0 and a whole JSON text (its last bytes).
    const huge = join(dir, 'klanten-2m.csv');
    writeCsv(huge, 2_000_000);
    const hugeJson = join(dir, 'huge.json');
    const jsonHuge = timed(cli(huge, '--json'), {}, hugeJson);
    const hugeBytes = statSync(hugeJson).size;
    const tail = Buffer.alloc(64);
    const tailFd = openSync(hugeJson, 'r');
    readSync(tailFd, tail, 0, 64, hugeBytes - 64);
    closeSync(tailFd);
    const hugeWhole = /\]\}\n$/.test(tail.toString('latin1'));
    rmSync(hugeJson);
    process.stderr.write('--json 2M done\n');
    const failed = [duck, json, book, bookLarge].some((r) => r.code !== 0);
    const cpu = (r: Run): string => (r.cpuSeconds === null ? 'n/a' : r.cpuSeconds.toFixed(2));
    const mib = (r: Run): string => (r.peakMiB === null ? 'n/a' : r.peakMiB.toFixed(0));
    const verdict = (ok: boolean): string => (ok ? 'met' : '**not met**');
    const memoryRatio = book.peakMiB && bookLarge.peakMiB ? bookLarge.peakMiB / book.peakMiB : null;
    return [
      '## Large lists: the whole CLI process against DuckDB (issue 11)', '',
      `The 200 000-client Dutch CSV of the section above (${(statSync(small).size / 2 ** 20).toFixed(0)} MiB) and a 600 000-client one made the same way; the bench settings. Each figure is a whole process (\`node bin/klantwaarde.js analyse …\`, start-up included), timed from outside, best of ${RUNS}; peak memory is the process's maximum resident set (GNU time). DuckDB: \`@duckdb/node-api\`, one thread, in a Node process of its own, reads the CSV (\`€ 1.234,56\`, \`12,5%\`), computes time, cost to serve, net profit, hourly return, discount leak and the fixed ABC (a window over net profit) and writes CSV (bench/duckdb.ts). The CLI computes all that and the rest: pyramid, whale curve, signals, cost-benefit, advice, the mapping and the report.`, '',
      'CPU seconds are user + system time of all the process\'s threads (GNU time): the workbook run deflates on libuv\'s threads beside the main one, so its CPU time exceeds its wall time; `--json` and DuckDB run on one thread.', '',
      '| run (200 000 clients) | seconds | ÷ DuckDB | target | CPU seconds | peak RSS (MiB) |',
      '|---|---:|---:|---|---:|---:|',
      `| DuckDB, one thread (baseline) | ${duck.seconds.toFixed(2)} | 1.00 | | ${cpu(duck)} | ${mib(duck)} |`,
      `| \`klantwaarde analyse --json\` | ${json.seconds.toFixed(2)} | ${(json.seconds / duck.seconds).toFixed(2)} | ≤ 3 × — ${verdict(json.seconds <= 3 * duck.seconds)} | ${cpu(json)} | ${mib(json)} |`,
      `| \`klantwaarde analyse --out x.xlsx\` (${(bookSize / 2 ** 20).toFixed(1)} MiB) | ${book.seconds.toFixed(2)} | ${(book.seconds / duck.seconds).toFixed(2)} | ≤ 10 × — ${verdict(book.seconds <= 10 * duck.seconds)} | ${cpu(book)} | ${mib(book)} |`,
      '',
      `\`--json\` at 2 000 000 clients: exit code ${jsonHuge.code}, ${jsonHuge.seconds.toFixed(1)} s, ${(hugeBytes / 2 ** 30).toFixed(2)} GiB of JSON ${hugeWhole ? 'ending in `]}` (whole)' : '**not whole**'}, peak RSS ${mib(jsonHuge)} MiB — ${verdict(jsonHuge.code === 0 && hugeWhole)}.`,
      '',
      `Peak memory of the workbook run: ${mib(book)} MiB at 200 000 clients, ${mib(bookLarge)} MiB at 600 000 (${bookLarge.seconds.toFixed(1)} s): ×${memoryRatio === null ? 'n/a' : memoryRatio.toFixed(2)} — target ≤ ×1.3, ${memoryRatio === null ? 'not measured (no GNU time)' : verdict(memoryRatio <= 1.3)}.`,
      failed ? '\n**A run failed (exit code not 0); the figures above are not valid.**' : '',
      '',
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
