/**
 * The built Excel taskpane (dist/excel) in a Chromium page, for the browser tests: served over http on 127.0.0.1,
 * with office.js answered by the recording fake (test/support/excel-fake-office.ts) holding a workbook's cells
 * and settings. Nothing leaves loopback: every other request is refused.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import type { FakeOfficeSetup } from '../support/excel-fake-office.js';

const ROOT = 'dist/excel';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png' };

function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(ROOT, path === '/' ? 'taskpane.html' : path);
    if (!file.startsWith(ROOT) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The demo workbook's sheets as plain 2-D values (formula cells as their cached results). */
export async function demoSheets(): Promise<FakeOfficeSetup['sheets']> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile('examples/klanten.xlsx');
  return workbook.worksheets.map((sheet) => {
    const cells: unknown[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row: unknown[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const value = sheet.getCell(r, c).value;
        row.push(value && typeof value === 'object' && 'result' in value ? value.result ?? '' : value ?? '');
      }
      cells.push(row);
    }
    return { name: sheet.name, cells };
  });
}

export type PaneHarness = {
  /** A page over the fake workbook (320 px wide unless told), with its page errors and the fake's state. */
  open(setup: FakeOfficeSetup, width?: number): Promise<Awaited<ReturnType<typeof openPage>>>;
  close(): Promise<void>;
};

let harness: { server: Server; browser: Browser; office: string; base: string } | null = null;

async function openPage(setup: FakeOfficeSetup, width = 320) {
  const { browser, office, base } = harness!;
  // Reduced motion: Fluent's accordion then opens at once, so a screenshot never catches it half open.
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('https://appsforoffice.microsoft.com/')) return route.fulfill({ contentType: 'text/javascript', body: office });
    if (url.startsWith(base)) return route.continue();
    return route.abort();
  });
  await page.addInitScript((data) => {
    (globalThis as Record<string, unknown>).__KLANTWAARDE_FAKE__ = data;
  }, setup);
  await page.goto(`${base}taskpane.html`);
  const state = (fn: string, ...args: unknown[]) =>
    page.evaluate(([name, rest]) => {
      const s = (globalThis as unknown as { __KLANTWAARDE_FAKE_STATE__: Record<string, (...a: unknown[]) => unknown> }).__KLANTWAARDE_FAKE_STATE__;
      return s[name as string]!(...(rest as unknown[]));
    }, [fn, args] as const);
  return { page, errors, state };
}

/** Bundles the fake office.js, serves dist/excel and starts Chromium (once per test file). */
export async function startPane(): Promise<PaneHarness> {
  const bundled = await build({ entryPoints: ['test/support/excel-fake-office.ts'], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'warning' });
  const server = await serve();
  harness = {
    server,
    browser: await launchChromium(),
    office: bundled.outputFiles[0]!.text,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
  };
  return {
    open: openPage,
    close: async () => {
      await harness?.browser.close();
      await new Promise((resolve) => harness?.server.close(resolve));
      harness = null;
    },
  };
}

/** The page's width as laid out (no horizontal scrolling when ≤ the viewport). */
export function scrollWidth(page: Awaited<ReturnType<typeof openPage>>['page']): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
}
