/** `npm start`'s server: the built add-in's files with their types, and nothing outside dist/excel/. */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { fileFor, handler } from '../../../scripts/serve.mjs';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer(handler());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe('the development server', () => {
  it('serves the taskpane, the functions and their metadata, the icons and the manifest with their types', async () => {
    for (const [path, type] of [
      ['/', 'text/html'], ['/taskpane.html', 'text/html'], ['/taskpane.js', 'text/javascript'], ['/functions.js', 'text/javascript'],
      ['/functions-nl.json', 'application/json'], ['/assets/icon-32.png', 'image/png'], ['/manifest.xml', 'application/xml'],
    ] as const) {
      const response = await fetch(base + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toContain(type);
    }
  });

  it('answers 404 outside dist/excel/ and for what does not exist', async () => {
    expect((await fetch(`${base}/../../package.json`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
    expect((await fetch(`${base}/nope.js`)).status).toBe(404);
    expect(await fileFor('/../../package.json')).toBeNull();
  });
});
