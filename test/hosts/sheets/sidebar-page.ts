/**
 * The built sidebar (dist/sheets/Sidebar.html) in a Chromium page at Sheets' sidebar width (300 px), its
 * google.script.run a fake that hands every call to the built Code.js over the recording fake (demo.ts's
 * `loadWithFake`). Nothing leaves the page: the route serves the built file and refuses every other request.
 * Each server call is logged with the fake's service calls it made, so a test counts both.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Call } from '../../support/sheets-fake.js';
import type { Loaded } from './demo.js';

/** Never fetched: the route answers it with the built file. */
const PAGE = 'http://sidebar.invalid/Sidebar.html';
/** Sheets' sidebar is 300 px wide. */
export const SIDEBAR_WIDTH = 300;

/** One google.script.run invocation: the server function and the fake's service calls it made. */
export type ServerCall = { name: string; calls: Call[] };

export type SidebarPage = { page: Page; errors: string[]; server: ServerCall[] };

export async function openSidebar(browser: Browser, loaded: Loaded, height = 1100): Promise<SidebarPage> {
  const page = await browser.newPage({ viewport: { width: SIDEBAR_WIDTH, height }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
  const errors: string[] = [];
  const server: ServerCall[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const html = readFileSync('dist/sheets/Sidebar.html', 'utf8');
  await page.route('**/*', (route) =>
    route.request().url() === PAGE ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort());
  await page.exposeFunction('__klantwaardeServer', (name: string, args: string) => {
    const before = loaded.recorder.calls.length;
    try {
      return JSON.stringify(loaded.run(name, ...(JSON.parse(args) as unknown[])) ?? null);
    } finally {
      server.push({ name, calls: loaded.recorder.calls.slice(before) });
    }
  });
  // google.script.run as Apps Script gives it: chainable handlers, asynchronous, JSON only.
  await page.addInitScript(() => {
    type Handler = ((value: unknown) => void) | null;
    const call = (name: string, args: string): Promise<string> =>
      (globalThis as unknown as { __klantwaardeServer: (name: string, args: string) => Promise<string> }).__klantwaardeServer(name, args);
    const run = (success: Handler, failure: Handler): unknown => new Proxy({}, {
      get: (_target, name: string) => {
        if (name === 'withSuccessHandler') return (handler: Handler) => run(handler, failure);
        if (name === 'withFailureHandler') return (handler: Handler) => run(success, handler);
        return (...args: unknown[]) => {
          call(name, JSON.stringify(args)).then((text) => success?.(JSON.parse(text)), (error: unknown) => failure?.(error));
        };
      },
    });
    (globalThis as unknown as { google: unknown }).google = { script: { run: run(null, null) } };
  });
  await page.goto(PAGE);
  return { page, errors, server };
}

/** The page's width as laid out (no horizontal scrolling when ≤ the viewport). */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
}
