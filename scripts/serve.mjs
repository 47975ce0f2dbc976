// `npm start`: builds the add-in and serves dist/excel/ at https://localhost:3000 with Microsoft's trusted
// development certificate (office-addin-dev-certs creates it once in ~/.office-addin-dev-certs and asks to trust
// its CA), then says how to sideload dist/excel/manifest.xml. `--http` serves plain http on 127.0.0.1 (tests; a
// browser outside Office); `--port N` another port (the manifest's URLs say 3000). Serves files only: no
// directory listings, nothing outside dist/excel/, loopback only.
import { createServer as createHttps } from 'node:https';
import { createServer as createHttp } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../dist/excel/', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The file a request path names inside ROOT, or null (outside it, or not a file). */
export async function fileFor(urlPath, root = ROOT) {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const target = resolve(root, normalize(`.${path.endsWith('/') ? `${path}taskpane.html` : path}`));
  if (target !== root && !target.startsWith(root + sep)) return null;
  try {
    return (await stat(target)).isFile() ? target : null;
  } catch {
    return null;
  }
}

/** A request handler serving ROOT's files with their content types; 404 for everything else. */
export function handler(root = ROOT) {
  return async (request, response) => {
    const file = request.method === 'GET' || request.method === 'HEAD' ? await fileFor(request.url ?? '/', root) : null;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      // Office loads the taskpane and functions from this origin only.
      'access-control-allow-origin': '*',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}

/**
 * Microsoft's development certificate for localhost. Trusting its CA needs an administrator (sudo on Linux and
 * macOS); where that fails, the generated certificate is still served, and we say which CA file to trust.
 */
async function certificates() {
  const devCerts = await import('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const { readFileSync, existsSync } = await import('node:fs');
    const { homedir } = await import('node:os');
    const folder = join(homedir(), '.office-addin-dev-certs');
    if (!existsSync(join(folder, 'localhost.crt'))) throw error;
    console.warn(`The development CA could not be trusted automatically (${String(error.message ?? error).split('\n')[0]}).`);
    console.warn(`Trust ${join(folder, 'ca.crt')} in your system or browser, or Office will refuse the add-in.`);
    return { cert: readFileSync(join(folder, 'localhost.crt')), key: readFileSync(join(folder, 'localhost.key')), ca: readFileSync(join(folder, 'ca.crt')) };
  }
}

async function main() {
  const args = process.argv.slice(2);
  const http = args.includes('--http');
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 3000;
  if (!args.includes('--no-build')) {
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, [fileURLToPath(new URL('./build.mjs', import.meta.url))], { stdio: 'inherit' });
  }
  let server;
  if (http) {
    server = createHttp(handler());
  } else {
    server = createHttps(await certificates(), handler());
  }
  server.listen(port, http ? '127.0.0.1' : 'localhost', () => {
    const origin = `${http ? 'http' : 'https'}://localhost:${port}/`;
    console.log(`Klantwaarde is served at ${origin} (Ctrl+C stops it).`);
    console.log(`Manifest: ${join('dist', 'excel', 'manifest.xml')}`);
    console.log('Sideload it:');
    console.log('  Excel on the web: Home › Add-ins › More add-ins › My add-ins › Upload My Add-in › manifest.xml.');
    console.log('  Excel on Windows: put manifest.xml in a shared folder, add that folder as a trusted add-in catalog');
    console.log('    (File › Options › Trust Center › Trusted Add-in Catalogs), restart Excel, Home › Add-ins › Shared Folder.');
    console.log('  Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.');
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
