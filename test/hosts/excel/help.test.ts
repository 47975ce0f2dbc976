/**
 * The built help page (dist/excel/help.html, the manifest's *Get started* link): every custom function of the
 * registry, in each language's Excel name and with its description, and no sheet name another language uses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS, NAMESPACES } from '../../../src/functions/index.js';

const help = readFileSync('dist/excel/help.html', 'utf8');
const section = (language: string): string => help.slice(help.indexOf(`<section id="${language}"`), help.indexOf('</section>', help.indexOf(`<section id="${language}"`)));
const unescape = (text: string): string => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('the help page', () => {
  it.each(['nl', 'en', 'de'] as const)('names every function in %s, with its description', (language) => {
    const text = unescape(section(language));
    for (const def of FUNCTIONS) {
      expect(text).toContain(`<code>${NAMESPACES[language]}.${def.names[language]}(`);
      expect(text).toContain(def.descriptions[language]);
    }
    expect(help).not.toContain('<!-- functions:');
  });

  it('names the analysis sheet as each language calls it', () => {
    expect(section('nl')).toContain('<em>Klantanalyse</em>');
    expect(section('en')).toContain('<em>Client analysis</em>');
    expect(section('de')).toContain('<em>Kundenanalyse</em>');
  });
});
