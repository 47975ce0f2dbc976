// Writes examples/klanten.xlsx: the client list of a fictional small Dutch firm (De Vries Installatietechniek,
// 48 clients), used by `npm run demo` and the README, and beside it the firm's raw exports the same figures come
// from (uren-toggl.csv, facturen.csv; see make-demo-exports.mjs). Seeded, so `node scripts/make-demo.mjs` always
// writes the same clients; test/examples checks the committed files against these scripts.
import ExcelJS from 'exceljs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDemoExports } from './make-demo-exports.mjs';
import { random } from './random.mjs';


const NAMES = [
  'Bakkerij Jansen', 'Restaurant De Gouden Leeuw', 'VvE Parkzicht', 'Tandartspraktijk Smit', 'Hotel Aan Zee',
  'Basisschool De Regenboog', 'Autobedrijf Bakker', 'Kantoor Van der Berg Advocaten', 'Sportschool FitLife',
  'Supermarkt Buurtwinkel', 'Camping De Bosrand', 'Drukkerij Visser', 'Fysiotherapie Mulder', 'Bloemenhuis De Roos',
  'Woningcorporatie Thuis', 'Café Het Hoekje', 'Kinderopvang Zonnestraal', 'Garage De Wit', 'Architectenbureau Lijn',
  'Vleeshouwerij Dekker', 'Hoveniersbedrijf Groen', 'Notariskantoor Meijer', 'IJssalon Venezia', 'Schildersbedrijf Bos',
  'Apotheek Centrum', 'Zorgboerderij De Hoeve', 'Makelaardij Vos', 'Kapsalon Knip', 'Transportbedrijf Peters',
  'Gemeentehuis Dorpsstraat', 'Bouwbedrijf Hendriks', 'Bibliotheek Oost', 'Dierenkliniek Brouwer', 'Lunchroom Smaak',
  'Fietsenwinkel Trapper', 'Boekhandel Het Boek', 'Kerkgenootschap Sint Jan', 'Yogastudio Adem', 'Opticien Scherp',
  'Stichting Wijkcentrum', 'Pizzeria Napoli', 'Accountantskantoor Koster', 'Tuincentrum Bloei', 'Loodgieter Maas (onderaannemer)',
  'Verzorgingshuis Avondrood', 'Slagerij Willems', 'Studio Pixel', 'Bed & Breakfast De Linde',
];

export function demoClients() {
  const next = random(20261124);
  const between = (lo, hi) => lo + (hi - lo) * next();
  const int = (lo, hi) => Math.floor(between(lo, hi + 1));
  const round = (x, step = 1) => Math.round(x / step) * step;
  return NAMES.map((name, i) => {
    // Revenue: a few large clients, many small ones (roughly log-normal).
    const revenue = round(Math.exp(between(Math.log(2500), Math.log(95000)) ** 1) * (i < 4 ? 2.2 : 1), 10);
    const c = {
      client: name,
      revenue,
      previousRevenue: round(revenue * between(0.75, 1.25), 10),
      directCosts: round(revenue * between(0.38, 0.55), 10),
      hours: round(revenue / between(110, 240), 0.5),
      calls: int(4, 40),
      emails: int(8, 90),
      correctionRounds: int(0, 2),
      visits: int(0, 4),
      orders: int(3, 30),
      invoices: int(4, 12),
      freeShipments: int(0, 6),
      discount: revenue > 60000 ? 0.05 : revenue > 25000 ? 0.03 : 0,
      daysLate: int(0, 9),
      reminders: 0,
      referralRevenue: next() < 0.15 ? round(between(2000, 15000), 100) : 0,
      potential: int(1, 5),
      relationship: int(2, 5),
      contract: next() < 0.6 ? 'ja' : 'nee',
      returns: int(0, 2),
    };
    return c;
  }).map((c) => {
    // The clients that make the analysis worth reading.
    switch (c.client) {
      case 'Hotel Aan Zee': // a discount stuck at an old volume tier
        return { ...c, revenue: 21400, previousRevenue: 58200, directCosts: 10100, discount: 0.08, hours: 160 };
      case 'Restaurant De Gouden Leeuw': // pays late, many reminders
        return { ...c, daysLate: 47, reminders: 4, calls: 55 };
      case 'Transportbedrijf Peters': // pays very late
        return { ...c, daysLate: 62, reminders: 3 };
      case 'Sportschool FitLife': // emergency-only: two orders, a lot of time each
        return { ...c, revenue: 3900, previousRevenue: 4200, directCosts: 1500, hours: 61, orders: 2, invoices: 2, visits: 3, contract: 'nee' };
      case 'Camping De Bosrand': // loses money: visits, corrections, calls and returns
        return { ...c, revenue: 8600, previousRevenue: 12900, directCosts: 4300, hours: 118, visits: 11, correctionRounds: 6, calls: 70, emails: 140, returns: 9, freeShipments: 14 };
      case 'Architectenbureau Lijn': // endless correction rounds
        return { ...c, revenue: 14800, directCosts: 5200, hours: 170, correctionRounds: 9, emails: 160, visits: 6 };
      case 'Kerkgenootschap Sint Jan': // hardly any revenue, still visited
        return { ...c, revenue: 1250, previousRevenue: 1900, directCosts: 400, hours: 26, visits: 5, orders: 4, invoices: 4 };
      case 'Loodgieter Maas (onderaannemer)': // no revenue this year, still some contact
        return { ...c, revenue: 0, previousRevenue: 6400, directCosts: 0, hours: 4, visits: 1, orders: 0, invoices: 0, freeShipments: 0, calls: 6, emails: 9, returns: 0 };
      case 'Woningcorporatie Thuis': // the largest client, on a framework contract, refers others
        return { ...c, revenue: 212000, previousRevenue: 188500, directCosts: 101000, hours: 1290, visits: 6, orders: 64, invoices: 12, discount: 0.08, referralRevenue: 24000, contract: 'ja', potential: 5 };
      case 'Studio Pixel': // small, fast-growing, high potential
        return { ...c, revenue: 9800, previousRevenue: 4100, directCosts: 3900, hours: 42, potential: 5 };
      default:
        return c;
    }
  });
}

const HEADERS = [
  ['client', 'Klant', 34, null], ['revenue', 'Omzet', 13, '"€" #,##0'], ['previousRevenue', 'Omzet vorig jaar', 13, '"€" #,##0'],
  ['directCosts', 'Inkoopkosten', 13, '"€" #,##0'], ['hours', 'Uren', 8, '0.0'], ['calls', 'Telefoontjes', 11, '0'],
  ['emails', 'E-mails', 9, '0'], ['correctionRounds', 'Correctierondes', 11, '0'], ['visits', 'Bezoeken', 9, '0'],
  ['orders', 'Orders', 8, '0'], ['invoices', 'Facturen', 9, '0'], ['freeShipments', 'Franco leveringen', 10, '0'],
  ['discount', 'Korting', 9, '0%'], ['daysLate', 'Dagen te laat', 9, '0'], ['reminders', 'Aanmaningen', 11, '0'],
  ['referralRevenue', 'Omzet via doorverwijzing', 14, '"€" #,##0'], ['potential', 'Potentie', 9, '0'],
  ['relationship', 'Relatiescore', 10, '0'], ['contract', 'Contract', 9, null], ['returns', 'Retouren', 9, '0'],
];

export async function writeDemo(path) {
  const clients = demoClients();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Klantwaarde demo';
  workbook.created = new Date(Date.UTC(2026, 10, 24));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Klanten', { views: [{ state: 'frozen', ySplit: 3, xSplit: 1 }] });
  sheet.columns = HEADERS.map(([, , width]) => ({ width }));
  sheet.getCell('A1').value = 'De Vries Installatietechniek — klantenlijst 2025/2026 (fictief voorbeeld)';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const header = sheet.getRow(3);
  HEADERS.forEach(([, title], i) => { header.getCell(i + 1).value = title; });
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'bottom' };
  clients.forEach((c, r) => {
    const row = sheet.getRow(4 + r);
    HEADERS.forEach(([key, , , format], i) => {
      const cell = row.getCell(i + 1);
      cell.value = c[key];
      if (format) cell.numFmt = format;
    });
  });
  const last = 3 + clients.length;
  const total = sheet.getRow(last + 1);
  total.getCell(1).value = 'Totaal';
  total.getCell(2).value = { formula: `SUM(B4:B${last})`, result: clients.reduce((s, c) => s + c.revenue, 0) };
  total.getCell(2).numFmt = '"€" #,##0';
  total.font = { bold: true };
  const notes = workbook.addWorksheet('Toelichting');
  notes.getColumn(1).width = 100;
  [
    'Fictief voorbeeld voor Klantwaarde: een installatiebedrijf met 48 klanten.',
    'Uren: bestede uren; telefoontjes, e-mails en correctierondes komen daar nog bij (zie de instellingen).',
    'Korting: korting op de prijslijst. Dagen te laat: gemiddeld aantal dagen na de vervaldatum betaald.',
    'Retouren: retourzendingen; in instellingen.json kost elke retour € 80 (een extra kostendrijver).',
    'Dit blad blijft ongewijzigd: Klantwaarde schrijft zijn analyse in een eigen blad.',
  ].forEach((text, i) => { notes.getCell(i + 1, 1).value = text; });
  await workbook.xlsx.writeFile(path);
  return clients;
}

// `node scripts/make-demo.mjs [examples/klanten.xlsx]` writes the workbook and the exports beside it;
// `node scripts/make-demo.mjs --exports [examples]` only the exports.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--exports') {
    for (const path of writeDemoExports(process.argv[3] ?? 'examples', demoClients())) console.log(`wrote ${path}`);
  } else {
    const out = process.argv[2] ?? 'examples/klanten.xlsx';
    const clients = await writeDemo(out);
    console.log(`wrote ${out}: ${clients.length} clients`);
    for (const path of writeDemoExports(dirname(out), clients)) console.log(`wrote ${path}`);
  }
}
