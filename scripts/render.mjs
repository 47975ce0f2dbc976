// `npm run render`: the demo's analysis as LibreOffice prints it, to check that the sheet reads right for someone
// without the add-in. Needs LibreOffice and poppler from Debian (apt-get install -y libreoffice-calc
// poppler-utils fonts-crosextra-carlito — Carlito is Calibri's metric twin, without it widths come out wrong); not part
// of CI. Writes render/klantanalyse.pdf, docs/analyse-voorbeeld.png and docs/analyse-pagina-2.png (the first two
// pages of the analysis sheet), docs/analyse-kosten-baten.png (the cost-benefit page) and every page of it as
// render/all/p-NN.png.
import { execFileSync } from 'node:child_process';
import { mkdirSync, copyFileSync, existsSync, rmSync } from 'node:fs';

const input = process.argv[2] ?? 'klantanalyse.xlsx';
if (!existsSync(input)) {
  console.error(`${input} does not exist: run \`npm run demo\` first.`);
  process.exit(1);
}
// Dutch locale, so LibreOffice shows the locale-independent formats as a Dutch reader sees them (€ 1.234,56).
const env = { ...process.env, LC_ALL: 'nl_NL.UTF-8', LANG: 'nl_NL.UTF-8' };
const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] });
mkdirSync('render', { recursive: true });
copyFileSync(input, 'render/klantanalyse.xlsx');
run('soffice', ['--headless', '--norestore', '-env:UserInstallation=file:///tmp/klantwaarde-lo', '--convert-to', 'pdf', '--outdir', 'render', 'render/klantanalyse.xlsx']);
const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', ['render/klantanalyse.pdf']))?.[1] ?? 0);
// Each page's text, read once: pdftotext ends every page with a form feed.
const texts = run('pdftotext', ['render/klantanalyse.pdf', '-']).split('\f').slice(0, pages);
const pageWith = (text, from = 1) => {
  const index = texts.findIndex((t, i) => i + 1 >= from && t.includes(text));
  return index < 0 ? 0 : index + 1;
};
// The workbook's own sheets print first; the analysis starts on the first page that shows its summary.
const first = pageWith('Samenvatting');
if (!first) throw new Error('no page of the analysis sheet found');
rmSync('render/page', { force: true, recursive: true });
mkdirSync('render/page', { recursive: true });
run('pdftoppm', ['-png', '-r', '110', '-f', String(first), '-l', String(first + 1), 'render/klantanalyse.pdf', 'render/page/p']);
mkdirSync('docs', { recursive: true });
// The first two pages of the analysis sheet: the summary with its settings, then what follows it.
const [one, two] = run('sh', ['-c', 'ls render/page/*.png | head -2']).trim().split('\n');
copyFileSync(one, 'docs/analyse-voorbeeld.png');
if (two) copyFileSync(two, 'docs/analyse-pagina-2.png');
// The page of the cost-benefit table and the scenarios (docs/analyse-kosten-baten.png).
const costBenefit = pageWith('Kosten-batenanalyse', first);
if (costBenefit) {
  run('pdftoppm', ['-png', '-r', '110', '-singlefile', '-f', String(costBenefit), '-l', String(costBenefit), 'render/klantanalyse.pdf', 'render/page/kosten-baten']);
  copyFileSync('render/page/kosten-baten.png', 'docs/analyse-kosten-baten.png');
}
// Every page of the analysis, for looking at them all (render/all/p-NN.png).
rmSync('render/all', { force: true, recursive: true });
mkdirSync('render/all', { recursive: true });
run('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(pages), 'render/klantanalyse.pdf', 'render/all/p']);
// A page with no text at all (not even the header) is a pagination fault worth a look.
const blank = [];
for (let page = first; page <= pages; page++) if ((texts[page - 1] ?? '').trim() === '') blank.push(page);
if (blank.length > 0) console.error(`blank pages: ${blank.join(', ')}`);
console.log(`${pages} pages; the analysis is pages ${first}–${pages}; wrote docs/analyse-voorbeeld.png, docs/analyse-pagina-2.png, docs/analyse-kosten-baten.png, render/all/*.png`);
