/** The process side of the CLI: real stdout/stderr, environment and exit code. */
import { main } from './main.js';

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
// Node ends a process whose work waits on nothing that keeps it alive, with exit code 0: never let that pass for
// success (a half-written --json once did).
let settled = false;
process.on('exit', () => {
  if (settled) return;
  process.stderr.write('klantwaarde: stopped before the work was done (internal error)\n');
  process.exitCode = 1; // as an internal error below
});
// A reader that stops early (`klantwaarde analyse x.csv --json | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  settled = true;
  process.exit(0);
});
main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  color: color || Boolean(process.env.FORCE_COLOR),
}).then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (error: unknown) => {
    settled = true;
    process.stderr.write(`klantwaarde: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
