/**
 * Writes the corpus of per-client report exports in test/fixtures/exports/ (CSV bytes exactly as the packages
 * write them, .xlsx through ExcelJS), plus expected.json and README.md. Every expected figure below was worked
 * out by hand from the rows written here; nothing in this script computes an expected value.
 *
 *   node scripts/make-export-fixtures.mjs
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'exports');

const DOC = {
  moneybird: 'help.moneybird.nl "Omzet en kosten per contact" (report Omzet per contact, per contact per period, excl. btw)',
  snelstart: 'iconsult.nl SnelStart help "Overzicht Klanten" and kennisplein.snelstart.nl "Rapportages in SnelStart 12" (Omzetlijst klanten, Periode vergelijking klanten, Saldilijst klanten)',
  datevOpos: 'hilfe.c-entron.de "OPOS-Import über DATEV-Schnittstelle" (OPOS-Liste columns Konto … Saldo, opened in Excel, saved as CSV)',
  freeagent: 'support.freeagent.com "Customer Sales report" (yearly view: sales by customer for up to three accounting years, CSV export)',
  toggl: 'support.toggl.com "Summary Report" (grouping by client; Total Hours, Billable Hours; CSV/XLSX export)',
  harvest: 'help.getharvest.com reports (per client/project: Hours, Billable Hours, Billable Amount)',
  quickbooks: 'support.quickbooks.intuit.com in-product help "Income by customer" (date range, grand total row) and horizonplatform QuickBooks "Sales by Customer Report" (one row per customer, total row)',
};

/** Windows-1252 bytes: Latin-1 for U+0000–U+00FF, and the 0x80–0x9F block for € and friends. */
function cp1252(text) {
  const high = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  const bytes = [];
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (high[ch] !== undefined) bytes.push(high[ch]);
    else if (code < 0x100) bytes.push(code);
    else throw new Error(`not in Windows-1252: ${ch}`);
  }
  return Buffer.from(bytes);
}

/** `[h]:mm` cell value: hours as a fraction of a day. */
const hm = (h, m) => (h + m / 60) / 24;

const fixtures = [
  // ─── Exact Online ────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'exact-online-omzet-per-debiteur.csv', package: 'Exact Online', layout: 'typical layout', language: 'nl',
    encoding: 'utf8-bom', eol: '\r\n',
    cases: ['title-with-comma', 'padded-title', 'blank-before-header', 'number-beside-name-debiteur', 'non-revenue-open', 'total-row', 'amount-euro-nl', 'amount-negative-euro', 'utf8-bom', 'crlf'],
    lines: [
      'Omzet per debiteur, 2025;;;',
      'Bakkerij De Vries B.V.;;;',
      'Periode: 01-01-2025 t/m 31-12-2025;;;',
      '',
      'Debiteur;Naam;Omzet;Open',
      '10001;Bakkerij Jansen;€ 12.450,00;€ 1.200,00',
      '10002;Garage Van Dijk;€ 8.320,50;€ 0,00',
      '10003;Hoveniersbedrijf Groen;€ 23.115,75;€ 4.010,25',
      '10004;Drukkerij Peters;€ 3.980,00;€ 980,00',
      '10005;Installatiebedrijf Smit;-€ 50,00;€ 0,00',
      '10006;Kapsalon Mooi;€ 1.234,56;€ 234,56',
      'Totaal;;€ 49.050,81;€ 6.424,81',
    ],
    mapping: { client: 'Naam', clientNumber: 'Debiteur', revenue: 'Omzet', daysLate: null },
    clients: 6,
    figures: {
      'Bakkerij Jansen': { revenue: 12450, clientNumber: '10001' },
      'Installatiebedrijf Smit': { revenue: -50, clientNumber: '10005' },
      'Kapsalon Mooi': { revenue: 1234.56, clientNumber: '10006' },
    },
  },
  {
    file: 'exact-online-omzet-per-debiteur-kwartalen.xlsx', package: 'Exact Online', layout: 'typical layout', language: 'nl',
    cases: ['xlsx', 'merged-title', 'blank-before-header', 'number-beside-name-debiteur', 'revenue-quarters-totaal', 'total-row'],
    xlsx: {
      sheet: 'Omzet per debiteur',
      rows: [
        ['Omzet per debiteur per kwartaal'],
        ['Periode 2025'],
        [],
        ['Debiteur', 'Naam', 'Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025', 'Totaal'],
        [10010, 'Autobedrijf Kok', 1000, 2000, 3000, 4000, 10000],
        [10011, 'Bouwbedrijf Mulder', 2500.5, 2500.5, 2500, 2500, 10001],
        [10012, 'Catering Bos', 0, 1200, 800, 0, 2000],
        [10013, 'Dierenkliniek Vos', 750.25, 750.25, 750.25, 750.25, 3001],
        [10014, 'Elektro Visser', 5000, 0, 0, -200, 4800],
        ['Totaal', null, 9250.75, 6450.75, 7050.25, 7050.25, 29802],
      ],
      merges: ['A1:G1', 'A2:G2'],
      numFmt: { columns: [3, 4, 5, 6, 7], fmt: '#,##0.00', fromRow: 5 },
    },
    mapping: { client: 'Naam', clientNumber: 'Debiteur', revenue: 'Totaal' },
    clients: 5,
    figures: {
      'Autobedrijf Kok': { revenue: 10000, clientNumber: '10010' },
      'Bouwbedrijf Mulder': { revenue: 10001, clientNumber: '10011' },
      'Elektro Visser': { revenue: 4800, clientNumber: '10014' },
    },
  },
  {
    file: 'exact-online-omzet-boekjaren.csv', package: 'Exact Online', layout: 'typical layout', language: 'nl',
    encoding: 'utf8', eol: '\n',
    cases: ['padded-title', 'number-beside-name-debiteur', 'revenue-fiscal-years', 'total-row', 'amount-nl'],
    lines: [
      'Omzet per debiteur;;;',
      'Boekjaren 2024/25 en 2025/26;;;',
      'Debiteur;Naam;2024/25;2025/26',
      '20001;Accountantskantoor Cijfer;14.000,00;15.750,00',
      '20002;Bouwbedrijf Fundament;62.300,00;58.900,00',
      '20003;Cadeauwinkel Strik;2.150,00;2.980,45',
      '20004;Dierenarts Poot;9.400,00;10.100,00',
      '20005;Evenementenbureau Vier;0,00;6.500,00',
      'Totaal;;87.850,00;94.230,45',
    ],
    mapping: { client: 'Naam', clientNumber: 'Debiteur', revenue: '2025/26', previousRevenue: '2024/25' },
    clients: 5,
    figures: {
      'Bouwbedrijf Fundament': { revenue: 58900, previousRevenue: 62300, clientNumber: '20002' },
      'Evenementenbureau Vier': { revenue: 6500, previousRevenue: 0, clientNumber: '20005' },
    },
  },
  {
    file: 'exact-online-ouderdomsanalyse.csv', package: 'Exact Online', layout: 'typical layout', language: 'nl',
    encoding: 'utf8', eol: '\n',
    cases: ['title-with-comma', 'padded-title', 'number-beside-name-debiteur', 'non-revenue-open', 'non-revenue-ageing-dagen', 'total-row', 'amount-euro-nl'],
    lines: [
      'Ouderdomsanalyse debiteuren, per 31-12-2025;;;;;;',
      'Debiteur;Naam;Omzet boekjaar;Open;1-30 dagen;31-60 dagen;> 60 dagen',
      '10001;Bakkerij Jansen;€ 12.450,00;€ 1.200,00;€ 1.200,00;€ 0,00;€ 0,00',
      '10002;Garage Van Dijk;€ 8.320,50;€ 0,00;€ 0,00;€ 0,00;€ 0,00',
      '10003;Hoveniersbedrijf Groen;€ 23.115,75;€ 4.010,25;€ 1.000,00;€ 3.010,25;€ 0,00',
      '10004;Drukkerij Peters;€ 3.980,00;€ 980,00;€ 0,00;€ 0,00;€ 980,00',
      'Totaal;;€ 47.866,25;€ 6.190,25;€ 2.200,00;€ 3.010,25;€ 980,00',
    ],
    mapping: { client: 'Naam', clientNumber: 'Debiteur', revenue: 'Omzet boekjaar' },
    clients: 4,
    figures: {
      'Hoveniersbedrijf Groen': { revenue: 23115.75, clientNumber: '10003' },
      'Drukkerij Peters': { revenue: 3980, clientNumber: '10004' },
    },
  },
  // ─── Moneybird ───────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'moneybird-omzet-per-contact.csv', package: 'Moneybird', layout: 'documented layout', source: DOC.moneybird, language: 'nl',
    encoding: 'utf8', eol: '\n',
    cases: ['title-without-separator-semicolon', 'header-contact', 'revenue-generic-bedrag', 'total-row', 'amount-euro-nl', 'amount-negative-euro'],
    lines: [
      'Omzet per contact',
      'Van Dam Webdesign',
      '01-01-2025 - 31-12-2025',
      'Contact;Bedrag',
      'Studio Noord;€ 4.250,00',
      'Fietsenwinkel Rijwiel;€ 1.875,50',
      'Yoga Centrum Zen;€ 960,00',
      'Advocatenkantoor Bakker & Co;€ 12.300,00',
      'Tandartspraktijk Wit;-€ 150,00',
      'Totaal;€ 19.235,50',
    ],
    mapping: { client: 'Contact', revenue: 'Bedrag' },
    clients: 5,
    figures: {
      'Studio Noord': { revenue: 4250 },
      'Tandartspraktijk Wit': { revenue: -150 },
      'Advocatenkantoor Bakker & Co': { revenue: 12300 },
    },
  },
  {
    file: 'moneybird-omzet-per-contact-1252.csv', package: 'Moneybird', layout: 'documented layout', source: DOC.moneybird, language: 'nl',
    encoding: 'cp1252', eol: '\r\n',
    cases: ['padded-title', 'header-contact', 'revenue-excl-btw-beside-btw', 'total-row', 'amount-euro-nl', 'windows-1252', 'crlf'],
    lines: [
      'Omzet per contact;;',
      'Periode: 2025;;',
      'Contact;Omzet excl. btw;Btw',
      'Café de Brug;€ 3.400,00;€ 714,00',
      'Reëel Advies;€ 7.250,00;€ 1.522,50',
      'Crèmerie Ijsje;€ 980,00;€ 205,80',
      'Bloemisterij Hoëvenaar;€ 1.500,00;€ 315,00',
      'Garage Zoë;€ 2.100,00;€ 441,00',
      'Totaal;€ 15.230,00;€ 3.198,30',
    ],
    mapping: { client: 'Contact', revenue: 'Omzet excl. btw' },
    clients: 5,
    figures: {
      'Café de Brug': { revenue: 3400 },
      'Reëel Advies': { revenue: 7250 },
      'Garage Zoë': { revenue: 2100 },
    },
  },
  // ─── e-Boekhouden ────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'e-boekhouden-omzet-per-relatie.csv', package: 'e-Boekhouden', layout: 'typical layout', language: 'nl',
    encoding: 'utf8', eol: '\n',
    cases: ['padded-title', 'blank-before-header', 'number-beside-name-relatie', 'non-revenue-saldo', 'total-row', 'amount-nl'],
    lines: [
      'Omzet per relatie;;;',
      'Administratie: Jansen Consultancy;;;',
      ';;;',
      'Relatie;Relatienaam;Omzet;Saldo',
      'R0012;Bouwbedrijf Hendriks;18.450,00;2.300,00',
      'R0013;Camping De Kreek;6.780,25;0,00',
      'R0014;Fysiotherapie Lent;4.120,00;1.120,00',
      'R0015;Houthandel Brouwer;9.999,99;0,00',
      'R0016;IJzerhandel Kramer;1.234,56;234,56',
      'R0017;Juwelier Goud;-75,50;-75,50',
      'Totaal;;40.509,30;3.579,06',
    ],
    mapping: { client: 'Relatienaam', clientNumber: 'Relatie', revenue: 'Omzet' },
    clients: 6,
    figures: {
      'Bouwbedrijf Hendriks': { revenue: 18450, clientNumber: 'R0012' },
      'Juwelier Goud': { revenue: -75.5, clientNumber: 'R0017' },
      'Houthandel Brouwer': { revenue: 9999.99, clientNumber: 'R0015' },
    },
  },
  {
    file: 'e-boekhouden-ouderdomsanalyse-1252.csv', package: 'e-Boekhouden', layout: 'typical layout', language: 'nl',
    encoding: 'cp1252', eol: '\r\n',
    cases: ['padded-title', 'header-bedrijfsnaam', 'non-revenue-ageing-dagen', 'days-late-dagen-over-termijn', 'total-row', 'amount-nl', 'windows-1252', 'crlf'],
    lines: [
      'Ouderdomsanalyse debiteuren per 31-12-2025;;;;;;',
      'Bedrijfsnaam;Omzet 2025;Openstaand;1-30 dagen;31-60 dagen;> 60 dagen;Dagen over termijn',
      'Brasserie Öller;14.500,00;2.500,00;2.500,00;0,00;0,00;12',
      'Schoenmakerij Crème;3.200,00;0,00;0,00;0,00;0,00;0',
      'Drogisterij Hëlder;8.750,00;1.750,00;0,00;1.750,00;0,00;38',
      'Kunstgalerie Façade;22.000,00;6.000,00;1.000,00;2.000,00;3.000,00;71',
      'Tuincentrum Übergrün;5.400,00;400,00;400,00;0,00;0,00;5',
      'Totaal;53.850,00;10.650,00;3.900,00;3.750,00;3.000,00;',
    ],
    mapping: { client: 'Bedrijfsnaam', revenue: 'Omzet 2025', daysLate: 'Dagen over termijn' },
    clients: 5,
    figures: {
      'Brasserie Öller': { revenue: 14500, daysLate: 12 },
      'Kunstgalerie Façade': { revenue: 22000, daysLate: 71 },
    },
  },
  // ─── SnelStart ───────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'snelstart-omzetlijst-klanten.csv', package: 'SnelStart', layout: 'documented layout', source: DOC.snelstart, language: 'nl',
    encoding: 'utf8', eol: '\r\n',
    cases: ['title-without-separator-semicolon', 'blank-before-header', 'number-beside-name-klantcode', 'revenue-excl-incl-btw', 'total-row', 'amount-nl', 'crlf'],
    lines: [
      'SnelStart - Omzetlijst klanten',
      'Administratie: Installatietechniek Noord B.V.',
      'Periode: januari 2025 t/m december 2025',
      '',
      'Klantcode;Naam;Omzet excl. btw;Omzet incl. btw',
      "1001;Aannemersbedrijf Post;24.300,00;29.403,00",
      "1002;Bakkerij 't Stoepje;3.150,00;3.811,50",
      '1003;Camperverhuur Zuid;11.800,00;14.278,00',
      '1004;Dakdekkersbedrijf Hoog;7.425,40;8.984,73',
      '1005;Elektrotechniek Stroom;560,00;677,60',
      '1006;Fietsverhuur Duin;2.000,00;2.420,00',
      '1007;Glashandel Helder;15.000,00;18.150,00',
      'Totaal;;64.235,40;77.724,83',
    ],
    mapping: { client: 'Naam', clientNumber: 'Klantcode', revenue: 'Omzet excl. btw' },
    clients: 7,
    figures: {
      'Aannemersbedrijf Post': { revenue: 24300, clientNumber: '1001' },
      'Dakdekkersbedrijf Hoog': { revenue: 7425.4, clientNumber: '1004' },
      "Bakkerij 't Stoepje": { revenue: 3150 },
    },
  },
  {
    file: 'snelstart-periode-vergelijking-klanten.xlsx', package: 'SnelStart', layout: 'documented layout', source: DOC.snelstart, language: 'nl',
    twoRowHeader: true,
    cases: ['xlsx', 'merged-title', 'blank-before-header', 'group-header', 'revenue-two-years', 'non-revenue-difference', 'total-row'],
    note: 'two-row header (Omzet over 2024/2025, Verschil over Bedrag/%): mapping gives the lower header cells',
    xlsx: {
      sheet: 'Periode vergelijking',
      rows: [
        ['Periode vergelijking klanten'],
        ['2024 - 2025'],
        [],
        [null, 'Omzet', null, 'Verschil', null],
        ['Klantnaam', '2024', '2025', 'Bedrag', '%'],
        ['Administratiekantoor Vlug', 12000, 13500, 1500, 0.125],
        ['Bouwmaterialen Steen', 40000, 36000, -4000, -0.1],
        ['Computerwinkel Byte', 5000, 6250, 1250, 0.25],
        ['Dansschool Ritme', 2000, 2000, 0, 0],
        ['Eetcafé Hoek', 8000, 9200, 1200, 0.15],
        ['Totaal', 67000, 66950, -50, -0.0007],
      ],
      merges: ['A1:E1', 'B4:C4', 'D4:E4'],
      numFmt: { columns: [2, 3, 4], fmt: '#,##0.00', fromRow: 6, extra: { columns: [5], fmt: '0.0%' } },
    },
    mapping: { client: 'Klantnaam', revenue: '2025', previousRevenue: '2024' },
    clients: 5,
    figures: {
      'Bouwmaterialen Steen': { revenue: 36000, previousRevenue: 40000 },
      'Computerwinkel Byte': { revenue: 6250, previousRevenue: 5000 },
    },
  },
  // ─── Twinfield ───────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'twinfield-omzet-per-debiteur-kwartalen.csv', package: 'Twinfield', layout: 'typical layout', language: 'nl',
    encoding: 'utf8', eol: '\r\n',
    cases: ['title-with-comma', 'padded-title', 'number-beside-name-code', 'revenue-quarters-totaal', 'total-row', 'amount-nl', 'crlf'],
    lines: [
      'Twinfield - Omzet per debiteur;;;;;;',
      'Administratie 1001, Hoek Advies B.V.;;;;;;',
      'Boekjaar 2025;;;;;;',
      'Code;Naam;Q1 2025;Q2 2025;Q3 2025;Q4 2025;Totaal',
      '1100;Accountancy Lijn;2.500,00;2.500,00;2.500,00;2.500,00;10.000,00',
      '1101;Beveiliging Wacht;1.200,00;0,00;3.300,00;1.500,00;6.000,00',
      '1102;Communicatiebureau Echo;4.875,25;3.124,75;0,00;2.000,00;10.000,00',
      '1103;Duikschool Diep;0,00;650,00;650,00;0,00;1.300,00',
      '1104;Evenementen Feest;8.000,00;12.000,00;-500,00;5.000,00;24.500,00',
      'Totaal;;16.575,25;18.274,75;5.950,00;11.000,00;51.800,00',
    ],
    mapping: { client: 'Naam', clientNumber: 'Code', revenue: 'Totaal' },
    clients: 5,
    figures: {
      'Evenementen Feest': { revenue: 24500, clientNumber: '1104' },
      'Communicatiebureau Echo': { revenue: 10000, clientNumber: '1102' },
    },
  },
  {
    file: 'twinfield-debiteurenanalyse.csv', package: 'Twinfield', layout: 'typical layout', language: 'nl',
    encoding: 'utf8-bom', eol: '\n',
    cases: ['padded-title', 'number-beside-name-debiteur', 'days-late-difference', 'non-revenue-open', 'total-row', 'amount-euro-nl', 'utf8-bom'],
    lines: [
      'Debiteurenanalyse 2025;;;;;',
      'Debiteur;Naam;Omzet;Betalingstermijn;Gem. betaaltermijn (dagen);Openstaand',
      '1200;Glazenwasserij Blinkend;€ 6.400,00;30;42;€ 800,00',
      '1201;Hotel Zeezicht;€ 31.250,00;14;14;€ 0,00',
      '1202;Interieurbouw Maat;€ 12.780,00;30;61;€ 4.200,00',
      '1203;Kinderopvang Speels;€ 9.100,00;14;21;€ 1.100,00',
      '1204;Loodgieter Lek;€ 2.345,67;30;28;€ 0,00',
      '1205;Makelaardij Huis;€ 18.000,00;30;35;€ 3.000,00',
      'Totaal;;€ 79.875,67;;;€ 9.100,00',
    ],
    mapping: { client: 'Naam', clientNumber: 'Debiteur', revenue: 'Omzet', daysLate: 'Gem. betaaltermijn (dagen)' },
    note: 'daysLate = Gem. betaaltermijn (dagen) − Betalingstermijn',
    clients: 6,
    figures: {
      'Interieurbouw Maat': { revenue: 12780, daysLate: 31, clientNumber: '1202' },
      'Glazenwasserij Blinkend': { revenue: 6400, daysLate: 12 },
      'Hotel Zeezicht': { revenue: 31250, daysLate: 0 },
    },
  },
  // ─── AFAS ────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'afas-omzet-per-organisatie.xlsx', package: 'AFAS', layout: 'typical layout', language: 'nl',
    cases: ['xlsx', 'merged-title', 'title-with-comma', 'blank-before-header', 'header-organisatie', 'number-beside-name-nummer', 'revenue-two-years', 'non-revenue-open', 'total-row'],
    xlsx: {
      sheet: 'Omzet',
      rows: [
        ['AFAS Profit - Omzet per organisatie'],
        ['Dijkstra Holding B.V., boekjaar 2025'],
        [],
        ['Nummer', 'Organisatie', 'Omzet 2024', 'Omzet 2025', 'Openstaand'],
        [50001, 'Architectenbureau Lijn', 18000, 21500.5, 3000],
        [50002, 'Bureau Transport Snel', 9400, 8800, 0],
        [50003, 'Cateringservice Smaak', 4100.75, 5220.25, 1220.25],
        [50004, 'Dierenspeciaalzaak Kwispel', 0, 2600, 600],
        [50005, 'Elektrobedrijf Vonk', 15000, 15000, 0],
        [50006, 'Fotostudio Licht', 3300, 2950, 450],
        ['Totaal', null, 49800.75, 56070.75, 5270.25],
      ],
      merges: ['A1:E1', 'A2:E2'],
      numFmt: { columns: [3, 4, 5], fmt: '#,##0.00', fromRow: 5 },
    },
    mapping: { client: 'Organisatie', clientNumber: 'Nummer', revenue: 'Omzet 2025', previousRevenue: 'Omzet 2024' },
    clients: 6,
    figures: {
      'Architectenbureau Lijn': { revenue: 21500.5, previousRevenue: 18000, clientNumber: '50001' },
      'Dierenspeciaalzaak Kwispel': { revenue: 2600, previousRevenue: 0, clientNumber: '50004' },
    },
  },
  {
    file: 'afas-urenoverzicht-per-organisatie.csv', package: 'AFAS', layout: 'typical layout', language: 'nl',
    encoding: 'utf8', eol: '\n',
    cases: ['title-without-separator-semicolon', 'header-organisatie', 'hours-geregistreerd-declarabel', 'total-row', 'amount-euro-nl'],
    lines: [
      'Urenoverzicht per organisatie',
      'Periode 01-01-2025 t/m 31-12-2025',
      'Organisatie;Geregistreerde uren;Declarabele uren;Omzet',
      'Architectenbureau Lijn;212,50;180,00;€ 21.500,50',
      'Bureau Transport Snel;96,00;96,00;€ 8.800,00',
      'Cateringservice Smaak;58,25;40,75;€ 5.220,25',
      'Dierenspeciaalzaak Kwispel;30,00;22,50;€ 2.600,00',
      'Elektrobedrijf Vonk;150,00;120,00;€ 15.000,00',
      'Totaal;546,75;459,25;€ 53.120,75',
    ],
    mapping: { client: 'Organisatie', revenue: 'Omzet', hours: 'Geregistreerde uren' },
    note: 'unbilledHours = Geregistreerde uren − Declarabele uren',
    clients: 5,
    figures: {
      'Cateringservice Smaak': { revenue: 5220.25, hours: 58.25, unbilledHours: 17.5 },
      'Architectenbureau Lijn': { revenue: 21500.5, hours: 212.5, unbilledHours: 32.5 },
      'Bureau Transport Snel': { hours: 96, unbilledHours: 0 },
    },
  },
  // ─── DATEV ───────────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'datev-umsatz-nach-kunden-1252.csv', package: 'DATEV', layout: 'typical layout', language: 'de',
    encoding: 'cp1252', eol: '\r\n',
    cases: ['padded-title', 'mandant-line', 'datev-konto-beschriftung', 'header-beschriftung', 'revenue-generic-betrag', 'total-row-gesamtergebnis', 'amount-nl', 'windows-1252', 'crlf'],
    lines: [
      'Umsatz nach Kunden;;',
      'Mandant 12345;;',
      'Zeitraum: 01.01.2025 - 31.12.2025;;',
      'Konto;Beschriftung;Betrag',
      '10000;Bäckerei Müller GmbH;48.250,00',
      '10001;Autohaus Schröder KG;112.430,55',
      '10002;Gärtnerei Grün;7.890,10',
      '10003;Metzgerei Weiß;15.600,00',
      '10004;Café Süß;3.210,45',
      '10005;Büro Köhler;-120,00',
      'Gesamtergebnis;;187.261,10',
    ],
    mapping: { client: 'Beschriftung', clientNumber: 'Konto', revenue: 'Betrag' },
    clients: 6,
    figures: {
      'Autohaus Schröder KG': { revenue: 112430.55, clientNumber: '10001' },
      'Büro Köhler': { revenue: -120, clientNumber: '10005' },
      'Café Süß': { revenue: 3210.45 },
    },
  },
  {
    file: 'datev-opos-liste.csv', package: 'DATEV', layout: 'documented layout', source: DOC.datevOpos, language: 'de',
    encoding: 'utf8-bom', eol: '\n',
    cases: ['padded-title', 'mandant-line', 'datev-konto-beschriftung', 'header-beschriftung', 'non-revenue-summe-opos', 'days-late-abweichung-in-tagen', 'total-row-gesamtergebnis', 'amount-nl', 'utf8-bom'],
    lines: [
      'OPOS-Liste Debitoren;;;;',
      'Mandant 12345 Berater 67890;;;;',
      'Stichtag 31.12.2025;;;;',
      'Konto;Beschriftung;Umsatz;Summe OPOS;Abweichung in Tagen',
      '10010;Schreinerei Holzmann;22.400,00;3.200,00;14',
      '10011;Druckerei Farbe & Co. KG;9.850,00;0,00;0',
      '10012;Elektro Blitz GmbH;31.075,80;8.075,80;27',
      '10013;Hausverwaltung Dach;5.500,00;1.500,00;45',
      '10014;Reisebüro Fernweh;12.999,00;0,00;-3',
      'Gesamtergebnis;;81.824,80;12.775,80;',
    ],
    mapping: { client: 'Beschriftung', clientNumber: 'Konto', revenue: 'Umsatz', daysLate: 'Abweichung in Tagen' },
    clients: 5,
    figures: {
      'Elektro Blitz GmbH': { revenue: 31075.8, daysLate: 27, clientNumber: '10012' },
      'Hausverwaltung Dach': { revenue: 5500, daysLate: 45, clientNumber: '10013' },
    },
  },
  {
    file: 'datev-debitoren-kontobezeichnung.xlsx', package: 'DATEV', layout: 'typical layout', language: 'de',
    source: 'header names Kontonummer/Kontobezeichnung as in the DATEV-Salden export described at intercom-help.eu (Scopevisio "DATEV-Salden exportieren"); the sheet itself is typical',
    cases: ['xlsx', 'merged-title', 'mandant-line', 'header-kontobezeichnung', 'number-beside-name-kontonummer', 'revenue-vorjahr-lfd-jahr', 'non-revenue-saldo', 'total-row-summe'],
    xlsx: {
      sheet: 'Debitoren',
      rows: [
        ['Debitorenübersicht mit Umsätzen'],
        ['Mandant 12345'],
        ['Kontonummer', 'Kontobezeichnung', 'Umsatz Vorjahr', 'Umsatz lfd. Jahr', 'Saldo'],
        [10100, 'Apotheke am Markt', 54000, 58200.4, 4200],
        [10101, 'Bauunternehmen Stein', 120500, 98000, 15000],
        [10102, 'Fahrschule Kurve', 6400, 7100, 0],
        [10103, 'Hofladen Frisch', 2900.9, 3400.1, 340],
        [10104, 'Ingenieurbüro Plan', 45000, 51250, 12500],
        ['Summe', null, 228800.9, 217950.5, 32040],
      ],
      merges: ['A1:E1'],
      numFmt: { columns: [3, 4, 5], fmt: '#,##0.00', fromRow: 4 },
    },
    mapping: { client: 'Kontobezeichnung', clientNumber: 'Kontonummer', revenue: 'Umsatz lfd. Jahr', previousRevenue: 'Umsatz Vorjahr' },
    clients: 5,
    figures: {
      'Bauunternehmen Stein': { revenue: 98000, previousRevenue: 120500, clientNumber: '10101' },
      'Hofladen Frisch': { revenue: 3400.1, previousRevenue: 2900.9 },
    },
  },
  // ─── lexoffice / sevDesk / Lexware ───────────────────────────────────────────────────────────────────────────
  {
    file: 'lexoffice-umsatz-nach-kunden.csv', package: 'lexoffice', layout: 'typical layout', language: 'de',
    encoding: 'utf8', eol: '\n',
    cases: ['title-without-separator-semicolon', 'blank-before-header', 'number-beside-name-kundennummer', 'revenue-generic-summe', 'total-row-summe', 'amount-de-trailing-euro'],
    lines: [
      'Umsatz nach Kunden',
      'Zeitraum: 01.01.2025 - 31.12.2025',
      '',
      'Kundennummer;Kunde;Anzahl Rechnungen;Summe',
      '10001;Agentur Blau;12;18.600,00 €',
      '10002;Bio-Markt Erde;4;2.380,50 €',
      '10003;Coworking Hub;24;9.600,00 €',
      '10004;Dr. Nowak Zahnarztpraxis;2;1.150,00 €',
      '10005;Eventtechnik Laut;7;14.250,00 €',
      'Summe;;49;45.980,50 €',
    ],
    mapping: { client: 'Kunde', clientNumber: 'Kundennummer', revenue: 'Summe', invoices: 'Anzahl Rechnungen' },
    clients: 5,
    figures: {
      'Agentur Blau': { revenue: 18600, invoices: 12, clientNumber: '10001' },
      'Dr. Nowak Zahnarztpraxis': { revenue: 1150, invoices: 2 },
    },
  },
  {
    file: 'sevdesk-umsaetze-nach-kunde-1252.csv', package: 'sevDesk', layout: 'typical layout', language: 'de',
    encoding: 'cp1252', eol: '\r\n',
    cases: ['title-with-comma', 'padded-title', 'number-beside-name-kundennummer', 'revenue-netto-brutto', 'total-row', 'amount-nl', 'windows-1252', 'crlf'],
    lines: [
      'sevDesk Auswertung: Umsätze nach Kunde, 2025;;;',
      'Kundennummer;Kunde;Netto;Brutto',
      '1001;Ärztehaus Südstadt;24.000,00;28.560,00',
      '1002;Brauerei Hopfengrün;8.400,00;9.996,00',
      '1003;Fliesen Çelik;3.150,00;3.748,50',
      '1004;Gaststätte Zur Post;1.200,00;1.428,00',
      '1005;Kfz-Werkstatt Groß;6.780,00;8.068,20',
      '1006;Übersetzungsbüro Wörtlich;950,00;1.130,50',
      'Gesamt;;44.480,00;52.931,20',
    ],
    mapping: { client: 'Kunde', clientNumber: 'Kundennummer', revenue: 'Netto' },
    clients: 6,
    figures: {
      'Ärztehaus Südstadt': { revenue: 24000, clientNumber: '1001' },
      'Übersetzungsbüro Wörtlich': { revenue: 950, clientNumber: '1006' },
    },
  },
  {
    file: 'sevdesk-umsatz-nach-kunden.xlsx', package: 'sevDesk', layout: 'typical layout', language: 'de',
    cases: ['xlsx', 'merged-title', 'revenue-generic-betrag', 'non-revenue-offen', 'total-row-summe'],
    xlsx: {
      sheet: 'Umsatz nach Kunden',
      rows: [
        ['Umsatz nach Kunden'],
        ['01.01.2025 - 31.12.2025'],
        ['Kunde', 'Kundennummer', 'Betrag', 'Offen'],
        ['Agentur Blau', 1001, 18600, 0],
        ['Bio-Markt Erde', 1002, 2380.5, 380.5],
        ['Coworking Hub', 1003, 9600, 1200],
        ['Eventtechnik Laut', 1004, 14250, 4250],
        ['Fotografie Linse', 1005, 3100, 0],
        ['Summe', null, 47930.5, 5830.5],
      ],
      merges: ['A1:D1', 'A2:D2'],
      numFmt: { columns: [3, 4], fmt: '#,##0.00 "€"', fromRow: 4 },
    },
    mapping: { client: 'Kunde', clientNumber: 'Kundennummer', revenue: 'Betrag' },
    clients: 5,
    figures: {
      'Eventtechnik Laut': { revenue: 14250, clientNumber: '1004' },
      'Bio-Markt Erde': { revenue: 2380.5, clientNumber: '1002' },
    },
  },
  {
    file: 'lexware-kundenumsatzstatistik-1252.csv', package: 'Lexware', layout: 'typical layout', language: 'de',
    encoding: 'cp1252', eol: '\r\n',
    cases: ['padded-title', 'number-beside-name-kd-nr', 'revenue-two-years', 'visits-aussendienstbesuche', 'total-row-summe', 'amount-nl', 'windows-1252', 'crlf'],
    lines: [
      'Lexware warenwirtschaft pro;;;;;',
      'Kundenumsatzstatistik 2024/2025;;;;;',
      'Kd.-Nr.;Name;Umsatz 2024;Umsatz 2025;Außendienstbesuche;Rabatt %',
      '20001;Großhandel Nord GmbH;85.300,00;91.450,00;14;5',
      '20002;Eisenwaren Schäfer;12.600,00;11.980,00;6;2',
      '20003;Holzbau Förster;33.400,00;36.120,50;9;3',
      '20004;Küchenstudio Löffler;7.850,00;9.300,00;3;0',
      '20005;Malerbetrieb Strich;4.200,00;3.950,00;2;0',
      '20006;Sanitär Wasserfall;19.700,00;22.400,00;8;4',
      'Summe;;163.050,00;175.200,50;42;',
    ],
    mapping: { client: 'Name', clientNumber: 'Kd.-Nr.', revenue: 'Umsatz 2025', previousRevenue: 'Umsatz 2024', visits: 'Außendienstbesuche' },
    clients: 6,
    figures: {
      'Großhandel Nord GmbH': { revenue: 91450, previousRevenue: 85300, visits: 14, clientNumber: '20001' },
      'Küchenstudio Löffler': { revenue: 9300, visits: 3 },
    },
  },
  {
    file: 'lexware-umsatzliste-kundennummern.csv', package: 'Lexware', layout: 'typical layout', language: 'de',
    encoding: 'utf8', eol: '\r\n',
    cases: ['title-without-separator-semicolon', 'numbers-only-clients', 'non-revenue-offen', 'total-row-summe', 'amount-nl', 'crlf'],
    lines: [
      'Umsatzliste Kunden 2025',
      'Kundennummer;Umsatz netto;Offen',
      '10001;12.400,00;0,00',
      '10002;3.870,25;870,25',
      '10003;25.000,00;5.000,00',
      '10004;640,00;0,00',
      '10005;9.115,75;1.115,75',
      'Summe;51.026,00;6.986,00',
    ],
    mapping: { client: 'Kundennummer', revenue: 'Umsatz netto' },
    note: 'the only client column holds numbers: they are the names',
    clients: 5,
    figures: {
      '10003': { revenue: 25000 },
      '10002': { revenue: 3870.25 },
    },
  },
  // ─── Xero ────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'xero-sales-by-customer-summary.csv', package: 'Xero', layout: 'typical layout', language: 'en',
    encoding: 'utf8', eol: '\n',
    cases: ['title-without-separator-comma', 'blank-before-header', 'header-contact-name', 'revenue-generic-amount', 'total-row', 'amount-en', 'amount-parentheses'],
    lines: [
      'Sales by Customer Summary',
      'Harbour Design Ltd',
      '1 January 2025 to 31 December 2025',
      '',
      'Contact name,Amount',
      '"Acme Plumbing Ltd","12,450.00"',
      '"Bright Sparks Electrical","8,320.50"',
      '"Coastal Cafe","1,234.56"',
      '"Dunmore Dental Practice","23,900.00"',
      '"Evergreen Landscaping","(250.00)"',
      'Total,"45,655.06"',
    ],
    mapping: { client: 'Contact name', revenue: 'Amount' },
    clients: 5,
    figures: {
      'Evergreen Landscaping': { revenue: -250 },
      'Dunmore Dental Practice': { revenue: 23900 },
      'Coastal Cafe': { revenue: 1234.56 },
    },
  },
  {
    file: 'xero-contacts-sales.csv', package: 'Xero', layout: 'typical layout', language: 'en',
    encoding: 'utf8', eol: '\n',
    cases: ['header-star-contactname', 'number-beside-name-accountnumber', 'non-revenue-outstanding', 'amount-en'],
    lines: [
      '*ContactName,AccountNumber,EmailAddress,Sales 2025,Outstanding',
      'Acme Plumbing Ltd,ACM001,accounts@acme.example,"12,450.00","1,200.00"',
      'Bright Sparks Electrical,BRI002,info@brightsparks.example,"8,320.50",0.00',
      'Coastal Cafe,COA003,hello@coastal.example,"1,234.56",234.56',
      'Dunmore Dental Practice,DUN004,admin@dunmore.example,"23,900.00","5,000.00"',
      'Evergreen Landscaping,EVE005,office@evergreen.example,-250.00,0.00',
      'Fairway Golf Club,FAI006,pro@fairway.example,"4,075.00",75.00',
    ],
    mapping: { client: '*ContactName', clientNumber: 'AccountNumber', revenue: 'Sales 2025' },
    clients: 6,
    figures: {
      'Fairway Golf Club': { revenue: 4075, clientNumber: 'FAI006' },
      'Evergreen Landscaping': { revenue: -250, clientNumber: 'EVE005' },
    },
  },
  {
    file: 'xero-aged-receivables-with-sales.csv', package: 'Xero', layout: 'typical layout', language: 'en',
    encoding: 'utf8', eol: '\n',
    cases: ['title-without-separator-comma', 'header-contactname', 'non-revenue-current-older', 'non-revenue-total-outstanding', 'days-late-days-overdue-avg', 'total-row', 'amount-en'],
    lines: [
      'Aged Receivables Summary',
      'Harbour Design Ltd',
      'As at 31 December 2025',
      'ContactName,Sales,Current,< 1 Month,1 Month,Older,Total,Days overdue (avg)',
      'Acme Plumbing Ltd,"12,450.00","1,200.00",0.00,0.00,0.00,"1,200.00",0',
      'Bright Sparks Electrical,"8,320.50",0.00,500.00,0.00,0.00,500.00,18',
      'Coastal Cafe,"1,234.56",0.00,0.00,234.56,0.00,234.56,41',
      'Dunmore Dental Practice,"23,900.00","2,000.00","3,000.00",0.00,0.00,"5,000.00",9',
      'Evergreen Landscaping,"6,100.00",0.00,0.00,0.00,"1,100.00","1,100.00",97',
      'Total,"52,005.06","3,200.00","3,500.00",234.56,"1,100.00","8,034.56",',
    ],
    mapping: { client: 'ContactName', revenue: 'Sales', daysLate: 'Days overdue (avg)' },
    note: 'Total here is the outstanding total, not revenue',
    clients: 5,
    figures: {
      'Coastal Cafe': { revenue: 1234.56, daysLate: 41 },
      'Evergreen Landscaping': { revenue: 6100, daysLate: 97 },
    },
  },
  // ─── QuickBooks ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'quickbooks-sales-by-customer-summary.csv', package: 'QuickBooks', layout: 'documented layout', source: DOC.quickbooks, language: 'en',
    encoding: 'utf8', eol: '\n',
    cases: ['title-without-separator-comma', 'blank-before-header', 'header-empty', 'total-row', 'amount-en', 'amount-dollar-total'],
    lines: [
      'Sales by Customer Summary',
      'Harbour Design LLC',
      'January - December 2025',
      '',
      ',Total',
      'Acme Plumbing,"12,450.00"',
      'Bright Sparks Electric,"8,320.50"',
      'Coastal Cafe,"1,234.56"',
      'Dunmore Dental,"23,900.00"',
      'Evergreen Landscaping,-250.00',
      'Fairway Golf Club,"4,075.00"',
      'TOTAL,"$49,730.06"',
    ],
    mapping: { client: '', revenue: 'Total' },
    clients: 6,
    figures: {
      'Acme Plumbing': { revenue: 12450 },
      'Evergreen Landscaping': { revenue: -250 },
    },
  },
  {
    file: 'quickbooks-sales-by-customer-two-years.csv', package: 'QuickBooks', layout: 'documented layout', source: DOC.quickbooks, language: 'en',
    encoding: 'utf8', eol: '\r\n',
    cases: ['title-without-separator-comma', 'date-range-above-header', 'revenue-jan-dec-years', 'total-row', 'amount-en', 'amount-parentheses', 'crlf'],
    lines: [
      'Harbour Design LLC',
      'Sales by Customer Summary',
      '01/01/2024 - 12/31/2025',
      'Customer,Jan - Dec 2024,Jan - Dec 2025,Total',
      'Acme Plumbing,"10,000.00","12,450.00","22,450.00"',
      'Bright Sparks Electric,"9,100.00","8,320.50","17,420.50"',
      'Coastal Cafe,800.00,"1,234.56","2,034.56"',
      'Dunmore Dental,"20,000.00","23,900.00","43,900.00"',
      'Evergreen Landscaping,"1,500.00",(250.00),"1,250.00"',
      'TOTAL,"$41,400.00","$45,655.06","$87,055.06"',
    ],
    mapping: { client: 'Customer', revenue: 'Jan - Dec 2025', previousRevenue: 'Jan - Dec 2024' },
    note: 'Total is the sum of both years, not revenue',
    clients: 5,
    figures: {
      'Evergreen Landscaping': { revenue: -250, previousRevenue: 1500 },
      'Dunmore Dental': { revenue: 23900, previousRevenue: 20000 },
    },
  },
  {
    file: 'quickbooks-sales-with-balance.csv', package: 'QuickBooks', layout: 'typical layout', language: 'en',
    encoding: 'utf8', eol: '\n',
    cases: ['title-without-separator-comma', 'date-range-above-header', 'header-customer-full-name', 'visits-sales-rep', 'non-revenue-open-balance', 'total-row', 'amount-en'],
    lines: [
      'Harbour Design LLC',
      'Sales by Customer with Balance',
      '01/01/2025 - 12/31/2025',
      'Customer full name,Sales,Open balance,Sales rep visits',
      'Acme Plumbing,"12,450.00","1,200.00",6',
      'Bright Sparks Electric,"8,320.50",0.00,4',
      'Coastal Cafe,"1,234.56",234.56,1',
      'Dunmore Dental,"23,900.00","5,000.00",12',
      'Evergreen Landscaping,"6,100.00","1,100.00",3',
      'Fairway Golf Club,"4,075.00",75.00,2',
      'Total,"$56,080.06","$7,609.56",28',
    ],
    mapping: { client: 'Customer full name', revenue: 'Sales', visits: 'Sales rep visits' },
    clients: 6,
    figures: {
      'Dunmore Dental': { revenue: 23900, visits: 12 },
      'Coastal Cafe': { revenue: 1234.56, visits: 1 },
    },
  },
  {
    file: 'quickbooks-sales-by-customer-summary.xlsx', package: 'QuickBooks', layout: 'documented layout', source: DOC.quickbooks, language: 'en',
    cases: ['xlsx', 'merged-title', 'blank-before-header', 'header-empty', 'total-row'],
    xlsx: {
      sheet: 'Sales by Customer Summary',
      rows: [
        ['Harbour Design LLC'],
        ['Sales by Customer Summary'],
        ['January - December 2025'],
        [],
        [null, 'Total'],
        ['Acme Plumbing', 12450],
        ['Bright Sparks Electric', 8320.5],
        ['Coastal Cafe', 1234.56],
        ['Dunmore Dental', 23900],
        ['Evergreen Landscaping', -250],
        ['Fairway Golf Club', 4075],
        ['TOTAL', 49730.06],
      ],
      merges: ['A1:B1', 'A2:B2', 'A3:B3'],
      numFmt: { columns: [2], fmt: '"$"#,##0.00;\\("$"#,##0.00\\)', fromRow: 6 },
    },
    mapping: { client: '', revenue: 'Total' },
    clients: 6,
    figures: {
      'Fairway Golf Club': { revenue: 4075 },
      'Coastal Cafe': { revenue: 1234.56 },
      'Evergreen Landscaping': { revenue: -250 },
    },
  },
  // ─── FreeAgent ───────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'freeagent-customer-sales-yearly.csv', package: 'FreeAgent', layout: 'documented layout', source: DOC.freeagent, language: 'en',
    encoding: 'utf8', eol: '\n',
    cases: ['title-without-separator-comma', 'revenue-fiscal-years', 'total-row', 'amount-en'],
    lines: [
      'Customer Sales',
      '"Yearly, accounting years ending 31 March"',
      'Customer,2023/24,2024/25,2025/26',
      'Alder & Birch Joinery,"4,200.00","5,100.00","6,350.00"',
      'Brookside Vets,"12,000.00","11,250.00","13,400.00"',
      'Cobble Lane Bakery,950.00,"1,120.00","1,480.50"',
      'Dockside Marine,0.00,"3,300.00","2,900.00"',
      'Elm Street Opticians,"7,750.00","8,000.00","8,250.00"',
      'Total,"24,900.00","28,770.00","32,380.50"',
    ],
    mapping: { client: 'Customer', revenue: '2025/26', previousRevenue: '2024/25' },
    clients: 5,
    figures: {
      'Brookside Vets': { revenue: 13400, previousRevenue: 11250 },
      'Cobble Lane Bakery': { revenue: 1480.5, previousRevenue: 1120 },
    },
  },
  // ─── Toggl Track ─────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'toggl-track-summary-clients.csv', package: 'Toggl Track', layout: 'documented layout', source: DOC.toggl, language: 'en',
    encoding: 'utf8', eol: '\n',
    cases: ['duration-hh-mm-ss', 'duration-over-100-hours', 'header-duration', 'hours-billable-duration', 'amount-en'],
    lines: [
      'Client,Duration,Billable duration,Amount (EUR)',
      'Acme Plumbing,125:30:00,110:00:00,"9,900.00"',
      'Bright Sparks Electrical,42:15:00,42:15:00,"3,802.50"',
      'Coastal Cafe,08:45:00,06:00:00,540.00',
      'Dunmore Dental Practice,210:00:00,180:30:00,"16,245.00"',
      'Evergreen Landscaping,12:30:00,00:00:00,0.00',
    ],
    mapping: { client: 'Client', hours: 'Duration', revenue: 'Amount (EUR)' },
    note: 'unbilledHours = Duration − Billable duration',
    clients: 5,
    figures: {
      'Acme Plumbing': { hours: 125.5, unbilledHours: 15.5, revenue: 9900 },
      'Evergreen Landscaping': { hours: 12.5, unbilledHours: 12.5, revenue: 0 },
      'Coastal Cafe': { hours: 8.75, unbilledHours: 2.75, revenue: 540 },
    },
  },
  {
    file: 'toggl-track-summary-report.xlsx', package: 'Toggl Track', layout: 'documented layout', source: DOC.toggl, language: 'en',
    cases: ['xlsx', 'merged-title', 'date-range-above-header', 'excel-duration-cells', 'header-duration', 'total-row'],
    xlsx: {
      sheet: 'Summary report',
      rows: [
        ['Summary report'],
        ['01/01/2025 - 12/31/2025'],
        ['Client', 'Duration', 'Amount'],
        ['Northwind Traders', hm(125, 30), 11295],
        ['Contoso Ltd', hm(40, 0), 3600],
        ['Fabrikam', hm(7, 45), 697.5],
        ['Tailspin Toys', hm(0, 30), 45],
        ['Wingtip Ltd', hm(88, 15), 7942.5],
        ['Total', hm(262, 0), 23580],
      ],
      merges: ['A1:C1'],
      numFmt: { columns: [2], fmt: '[h]:mm', fromRow: 4, extra: { columns: [3], fmt: '#,##0.00' } },
    },
    mapping: { client: 'Client', hours: 'Duration', revenue: 'Amount' },
    note: 'Duration cells are fractions of a day formatted [h]:mm',
    clients: 5,
    figures: {
      'Northwind Traders': { hours: 125.5, revenue: 11295 },
      'Fabrikam': { hours: 7.75, revenue: 697.5 },
    },
  },
  {
    file: 'toggl-track-zusammenfassung-kunden-1252.csv', package: 'Toggl Track', layout: 'typical layout', language: 'de',
    encoding: 'cp1252', eol: '\r\n',
    cases: ['padded-title', 'date-range-above-header', 'duration-h-mm', 'duration-over-100-hours', 'header-stunden-hh-mm', 'hours-billable-hh-mm', 'total-row', 'amount-nl', 'windows-1252', 'crlf'],
    lines: [
      'Zusammenfassender Bericht;;;',
      '01.01.2025 - 31.12.2025;;;',
      'Kunde;Stunden (hh:mm);Abrechenbar (hh:mm);Betrag (EUR)',
      'Bäckerei Müller GmbH;125:30;110:00;9.900,00',
      'Autohaus Schröder KG;42:15;40:00;3.600,00',
      'Gärtnerei Grün;12:30;12:30;1.125,00',
      'Metzgerei Weiß;8:45;0:00;0,00',
      'Büro Köhler;60:00;54:30;4.905,00',
      'Gesamt;249:00;217:00;19.530,00',
    ],
    mapping: { client: 'Kunde', hours: 'Stunden (hh:mm)', revenue: 'Betrag (EUR)' },
    note: 'unbilledHours = Stunden − Abrechenbar',
    clients: 5,
    figures: {
      'Bäckerei Müller GmbH': { hours: 125.5, unbilledHours: 15.5, revenue: 9900 },
      'Metzgerei Weiß': { hours: 8.75, unbilledHours: 8.75, revenue: 0 },
    },
  },
  // ─── Clockify ────────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'clockify-summary-report.csv', package: 'Clockify', layout: 'typical layout', language: 'en',
    source: 'column pattern "Duration (h)" + "Duration (decimal)" + amount as in a Clockify detailed-report CSV (gist.github.com/mdnurahmed); the summary layout itself is typical',
    encoding: 'utf8', eol: '\n',
    cases: ['header-time-h', 'duration-hh-mm-ss', 'duration-over-100-hours', 'total-row', 'amount-en'],
    lines: [
      'Client,Time (h),Time (decimal),Amount (USD)',
      'Northwind Traders,125:30:00,125.50,"11,295.00"',
      'Contoso Ltd,40:00:00,40.00,"3,600.00"',
      'Fabrikam,07:45:00,7.75,697.50',
      'Tailspin Toys,00:30:00,0.50,45.00',
      'Wingtip Ltd,88:15:00,88.25,"7,942.50"',
      'Total,262:00:00,262.00,"23,580.00"',
    ],
    mapping: { client: 'Client', hours: ['Time (h)', 'Time (decimal)'], revenue: 'Amount (USD)' },
    clients: 5,
    figures: {
      'Northwind Traders': { hours: 125.5, revenue: 11295 },
      'Tailspin Toys': { hours: 0.5, revenue: 45 },
    },
  },
  {
    file: 'clockify-summary-report.xlsx', package: 'Clockify', layout: 'typical layout', language: 'en',
    cases: ['xlsx', 'merged-title', 'excel-duration-cells', 'header-time-h', 'total-row'],
    xlsx: {
      sheet: 'Summary',
      rows: [
        ['Summary report'],
        ['01/01/2025 - 31/12/2025'],
        [],
        ['Client', 'Time (h)', 'Amount (EUR)'],
        ['Brouwerij Hop', hm(36, 15), 3262.5],
        ['Architect Lijnstra', hm(12, 30), 1125],
        ['Gemeente Zuidwolde', hm(150, 45), 13567.5],
        ['Stichting Samen', hm(4, 0), 360],
        ['Total', hm(203, 30), 18315],
      ],
      merges: ['A1:C1'],
      numFmt: { columns: [2], fmt: '[h]:mm', fromRow: 5, extra: { columns: [3], fmt: '#,##0.00' } },
    },
    mapping: { client: 'Client', hours: 'Time (h)', revenue: 'Amount (EUR)' },
    note: 'Time (h) cells are fractions of a day formatted [h]:mm',
    clients: 4,
    figures: {
      'Gemeente Zuidwolde': { hours: 150.75, revenue: 13567.5 },
      'Stichting Samen': { hours: 4, revenue: 360 },
    },
  },
  // ─── Harvest ─────────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'harvest-clients-report.csv', package: 'Harvest', layout: 'documented layout', source: DOC.harvest, language: 'en',
    encoding: 'utf8', eol: '\n',
    cases: ['hours-billable-hours', 'revenue-billable-amount', 'amount-en'],
    lines: [
      'Client,Hours,Billable Hours,Billable Amount,Currency',
      'Alder & Birch Joinery,64.5,58.0,"8,700.00",GBP',
      'Brookside Vets,120.25,96.75,"14,512.50",GBP',
      'Cobble Lane Bakery,10.0,0.0,0.00,GBP',
      'Dockside Marine,33.5,30.0,"4,500.00",GBP',
      'Elm Street Opticians,18.75,18.75,"2,812.50",GBP',
      'Fenwick Legal,7.0,5.5,825.00,GBP',
    ],
    mapping: { client: 'Client', hours: 'Hours', revenue: 'Billable Amount' },
    note: 'unbilledHours = Hours − Billable Hours',
    clients: 6,
    figures: {
      'Brookside Vets': { hours: 120.25, unbilledHours: 23.5, revenue: 14512.5 },
      'Cobble Lane Bakery': { hours: 10, unbilledHours: 10, revenue: 0 },
      'Fenwick Legal': { hours: 7, unbilledHours: 1.5, revenue: 825 },
    },
  },
  {
    file: 'harvest-time-report.xlsx', package: 'Harvest', layout: 'documented layout', source: DOC.harvest, language: 'en',
    cases: ['xlsx', 'merged-title', 'date-range-above-header', 'hours-billable-hours', 'non-revenue-uninvoiced', 'total-row'],
    xlsx: {
      sheet: 'Time Report',
      rows: [
        ['Time Report'],
        ['01/01/2025 - 12/31/2025'],
        ['Client', 'Hours', 'Billable Hours', 'Billable Amount', 'Uninvoiced Amount'],
        ['Northwind Traders', 80.5, 72, 10800, 1500],
        ['Contoso Ltd', 24, 24, 3600, 0],
        ['Fabrikam', 15.25, 10, 1500, 300],
        ['Tailspin Toys', 6, 0, 0, 0],
        ['Total', 125.75, 106, 15900, 1800],
      ],
      merges: ['A1:E1'],
      numFmt: { columns: [4, 5], fmt: '#,##0.00', fromRow: 4 },
    },
    mapping: { client: 'Client', hours: 'Hours', revenue: 'Billable Amount' },
    clients: 4,
    figures: {
      'Northwind Traders': { hours: 80.5, unbilledHours: 8.5, revenue: 10800 },
      'Tailspin Toys': { hours: 6, unbilledHours: 6, revenue: 0 },
    },
  },
  // ─── Simplicate ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'simplicate-omzet-uren-per-relatie.csv', package: 'Simplicate', layout: 'typical layout', language: 'nl',
    encoding: 'utf8', eol: '\n',
    twoRowHeader: true,
    cases: ['padded-title', 'group-header', 'header-organisatie', 'revenue-two-years', 'total-row', 'amount-nl'],
    note: 'two-row header ;Omzet;;Uren; over Organisatie;2024;2025;2024;2025: mapping gives the lower header cells',
    lines: [
      'Simplicate - Omzet en uren per relatie;;;;',
      ';Omzet;;Uren;',
      'Organisatie;2024;2025;2024;2025',
      'Gemeente Ooststad;48.000,00;52.500,00;420,00;455,50',
      'Woningcorporatie Thuis;22.300,00;19.800,00;210,00;188,25',
      'Zorggroep Welzijn;15.000,00;18.250,00;140,00;166,00',
      'Museum Historie;6.400,00;7.100,00;64,00;70,75',
      'Waterschap Polder;31.200,00;33.000,00;260,00;275,00',
      'Totaal;122.900,00;130.650,00;1.094,00;1.155,50',
    ],
    mapping: { client: 'Organisatie', revenue: '2025', previousRevenue: '2024', hours: '2025' },
    clients: 5,
    figures: {
      'Gemeente Ooststad': { revenue: 52500, previousRevenue: 48000, hours: 455.5 },
      'Museum Historie': { revenue: 7100, previousRevenue: 6400, hours: 70.75 },
    },
  },
  {
    file: 'simplicate-urenrapportage-per-organisatie.csv', package: 'Simplicate', layout: 'typical layout', language: 'nl',
    encoding: 'utf8-bom', eol: '\r\n',
    cases: ['padded-title', 'blank-before-header', 'number-beside-name-relatienummer', 'header-organisatie', 'duration-h-mm', 'duration-over-100-hours', 'header-uren-u-mm', 'total-row', 'amount-euro-nl', 'utf8-bom', 'crlf'],
    lines: [
      'Urenrapportage per organisatie;;;;',
      'Periode: 01-01-2025 t/m 31-12-2025;;;;',
      ';;;;',
      'Relatienummer;Organisatie;Uren (u:mm);Declarabele uren (u:mm);Omzet',
      'R0101;Gemeente Ooststad;455:30;420:00;€ 52.500,00',
      'R0102;Woningcorporatie Thuis;188:15;170:45;€ 19.800,00',
      'R0103;Zorggroep Welzijn;166:00;150:00;€ 18.250,00',
      'R0104;Museum Historie;70:45;64:30;€ 7.100,00',
      'Totaal;;880:30;805:15;€ 97.650,00',
    ],
    mapping: { client: 'Organisatie', clientNumber: 'Relatienummer', hours: 'Uren (u:mm)', revenue: 'Omzet' },
    note: 'unbilledHours = Uren − Declarabele uren',
    clients: 4,
    figures: {
      'Gemeente Ooststad': { hours: 455.5, unbilledHours: 35.5, revenue: 52500, clientNumber: 'R0101' },
      'Museum Historie': { hours: 70.75, unbilledHours: 6.25, revenue: 7100, clientNumber: 'R0104' },
    },
  },
  // ─── Gripp ───────────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'gripp-omzet-uren-per-bedrijf.csv', package: 'Gripp', layout: 'typical layout', language: 'nl',
    encoding: 'utf8', eol: '\n',
    cases: ['title-with-comma', 'padded-title', 'duration-h-mm', 'duration-over-100-hours', 'header-uren-u-mm', 'total-row', 'amount-euro-nl'],
    lines: [
      'Gripp rapportage: Omzet en uren per bedrijf, 2025;;;',
      'Bedrijf;Gefactureerd;Uren (u:mm);Niet-declarabel (u:mm)',
      'Bakkerij Krentenbol;€ 4.500,00;45:00;5:00',
      'Creatief Bureau Vonk;€ 12.375,00;125:30;12:00',
      'Drukkerij Inkt;€ 980,00;12:30;2:15',
      'Fietsfabriek Trap;€ 7.200,00;80:45;10:45',
      'Groenvoorziening Blad;€ 2.250,00;30:15;7:45',
      'Totaal;€ 27.305,00;294:00;37:45',
    ],
    mapping: { client: 'Bedrijf', revenue: 'Gefactureerd', hours: 'Uren (u:mm)', unbilledHours: 'Niet-declarabel (u:mm)' },
    clients: 5,
    figures: {
      'Creatief Bureau Vonk': { revenue: 12375, hours: 125.5, unbilledHours: 12 },
      'Drukkerij Inkt': { revenue: 980, hours: 12.5, unbilledHours: 2.25 },
    },
  },
  {
    file: 'gripp-urenoverzicht-per-bedrijf.xlsx', package: 'Gripp', layout: 'typical layout', language: 'nl',
    cases: ['xlsx', 'merged-title', 'header-bedrijfsnaam', 'excel-duration-cells', 'hours-geregistreerd-declarabel', 'total-row'],
    xlsx: {
      sheet: 'Uren',
      rows: [
        ['Urenoverzicht per bedrijf'],
        ['Periode 2025'],
        ['Bedrijfsnaam', 'Omzet', 'Geregistreerde uren', 'Declarabele uren'],
        ['Bakkerij Krentenbol', 4500, hm(45, 0), hm(40, 0)],
        ['Creatief Bureau Vonk', 12375, hm(125, 30), hm(113, 30)],
        ['Drukkerij Inkt', 980, hm(12, 30), hm(10, 15)],
        ['Fietsfabriek Trap', 7200, hm(80, 45), hm(70, 0)],
        ['Totaal', 25055, hm(263, 45), hm(233, 45)],
      ],
      merges: ['A1:D1', 'A2:D2'],
      numFmt: { columns: [3, 4], fmt: '[h]:mm', fromRow: 4, extra: { columns: [2], fmt: '"€" #,##0.00' } },
    },
    mapping: { client: 'Bedrijfsnaam', revenue: 'Omzet', hours: 'Geregistreerde uren' },
    note: 'hour cells are fractions of a day formatted [h]:mm; unbilledHours = Geregistreerde − Declarabele uren',
    clients: 4,
    figures: {
      'Creatief Bureau Vonk': { revenue: 12375, hours: 125.5, unbilledHours: 12 },
      'Drukkerij Inkt': { revenue: 980, hours: 12.5, unbilledHours: 2.25 },
    },
  },
  // ─── Teamleader ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: 'teamleader-invoiced-per-company.csv', package: 'Teamleader', layout: 'typical layout', language: 'en',
    encoding: 'utf8', eol: '\n',
    cases: ['title-without-separator-comma', 'header-account-name', 'non-revenue-outstanding', 'total-row', 'amount-en'],
    lines: [
      'Invoiced per company',
      'Account name,Account manager,Invoiced 2025,Outstanding,Visits',
      'Brussels Print House,Sarah Peeters,"18,400.00","2,400.00",5',
      'Ghent Coffee Roasters,Tom Maes,"6,250.00",0.00,2',
      'Antwerp Diamond Tools,Sarah Peeters,"41,300.00","9,000.00",11',
      'Leuven Lab Supplies,Jan Claes,"3,980.00",980.00,1',
      'Bruges Boat Rental,Tom Maes,"1,100.00",0.00,0',
      'Total,,"71,030.00","12,380.00",19',
    ],
    mapping: { client: 'Account name', revenue: 'Invoiced 2025', visits: 'Visits' },
    clients: 5,
    figures: {
      'Antwerp Diamond Tools': { revenue: 41300, visits: 11 },
      'Bruges Boat Rental': { revenue: 1100, visits: 0 },
    },
  },
  {
    file: 'teamleader-omzet-per-bedrijf.csv', package: 'Teamleader', layout: 'typical layout', language: 'nl',
    encoding: 'utf8-bom', eol: '\n',
    cases: ['padded-title', 'visits-vertegenwoordigersbezoeken', 'total-row', 'amount-euro-nl', 'utf8-bom'],
    lines: [
      'Omzet per bedrijf;;;',
      'Bedrijf;Omzet;Vertegenwoordigersbezoeken;Telefoongesprekken',
      'Drukkerij Vandenberghe;€ 14.200,00;8;22',
      'Bakkerij Janssens;€ 3.450,00;2;5',
      'Garage Wouters;€ 9.875,50;4;11',
      'Immo Claeys;€ 27.000,00;12;30',
      'Kapsalon Lien;€ 1.250,00;1;3',
      'Slagerij Mertens;€ 5.600,00;3;9',
      'Totaal;€ 61.375,50;30;80',
    ],
    mapping: { client: 'Bedrijf', revenue: 'Omzet', visits: 'Vertegenwoordigersbezoeken', calls: 'Telefoongesprekken' },
    clients: 6,
    figures: {
      'Immo Claeys': { revenue: 27000, visits: 12 },
      'Kapsalon Lien': { revenue: 1250, visits: 1 },
    },
  },
];

async function writeXlsx(path, spec) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'make-export-fixtures';
  workbook.created = new Date(Date.UTC(2026, 0, 5));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(spec.sheet);
  spec.rows.forEach((row, i) => {
    const r = sheet.getRow(i + 1);
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) r.getCell(c + 1).value = value;
    });
  });
  for (const range of spec.merges ?? []) sheet.mergeCells(range);
  if (spec.rows[0]?.[0]) sheet.getCell('A1').font = { bold: true, size: 14 };
  const formats = spec.numFmt ? [spec.numFmt, ...(spec.numFmt.extra ? [{ ...spec.numFmt.extra, fromRow: spec.numFmt.fromRow }] : [])] : [];
  for (const { columns, fmt, fromRow } of formats) {
    for (let r = fromRow; r <= spec.rows.length; r++) for (const c of columns) sheet.getRow(r).getCell(c).numFmt = fmt;
  }
  await workbook.xlsx.writeFile(path);
}

function csvBytes(f) {
  const text = f.lines.join(f.eol) + f.eol;
  if (f.encoding === 'cp1252') return cp1252(text);
  if (f.encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  return Buffer.from(text, 'utf8');
}

mkdirSync(OUT, { recursive: true });
for (const f of fixtures) {
  const path = join(OUT, f.file);
  if (f.xlsx) await writeXlsx(path, f.xlsx);
  else writeFileSync(path, csvBytes(f));
}

const format = (f) => (f.xlsx ? 'xlsx' : `csv ${f.lines.find((l) => l.includes(';')) ? ';' : ','} ${f.encoding}${f.eol === '\r\n' ? ' CRLF' : ''}`);
const expected = fixtures.map((f) => ({
  file: f.file, package: f.package, layout: f.layout, ...(f.source ? { source: f.source } : {}), language: f.language,
  format: format(f), cases: f.cases, ...(f.twoRowHeader ? { twoRowHeader: true } : {}), ...(f.note ? { note: f.note } : {}),
  mapping: f.mapping, clients: f.clients, figures: f.figures,
}));
writeFileSync(join(OUT, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');

const readme = [
  '# Per-client report exports',
  '',
  'Whole files as accounting packages and time trackers export them, one layout each, read by',
  '`test/core/read/exports.test.ts` with `loadTable`. `expected.json` says per file which header each field must map',
  'to (`null`: must not be mapped; `""`: the empty header cell; for a two-row header the lower cell, matched as a',
  'part of the header the reader shows), how many client rows it has (totals excluded) and two or three clients\'',
  'figures, worked out by hand from the file text. An entry with `"todo": "why"` is skipped with that reason.',
  '',
  'Regenerate with `node scripts/make-export-fixtures.mjs` (the CSV bytes and the expected values are literal in that script).',
  '',
  '"documented layout": the report and its columns were found in the package\'s documentation or a help page (source named',
  'below the table); "typical layout": the layout as such packages usually write it, not checked against a source.',
  '',
  '| file | package | layout source | format | cases |',
  '|---|---|---|---|---|',
  ...fixtures.map((f) => `| ${f.file} | ${f.package} | ${f.layout} | ${format(f)} | ${f.cases.join(', ')} |`),
  '',
  '## Sources',
  '',
  ...[...new Set(fixtures.filter((f) => f.source).map((f) => `- ${f.package}: ${f.source}`))],
  '',
];
writeFileSync(join(OUT, 'README.md'), readme.join('\n'));
console.log(`${fixtures.length} fixtures written to ${OUT}`);
