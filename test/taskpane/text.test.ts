/** The pane's own texts (taskpane/text.ts): Dutch addresses the user as *u* throughout, as the sheet does. */
import { describe, expect, it } from 'vitest';
import { REASON_TEXT, TEXT } from '../../taskpane/text.js';

describe('the pane\'s Dutch texts', () => {
  it('say u, never je, jij or jouw', () => {
    const dutch = [...Object.values(TEXT.nl), ...Object.values(REASON_TEXT.nl)];
    expect(dutch.filter((text) => /\b(je|jij|jouw|jullie)\b/i.test(text))).toEqual([]);
    // And they do address the user: "u" and "uw" are there.
    expect(dutch.some((text) => /\bu\b/.test(text))).toBe(true);
    expect(dutch.some((text) => /\buw\b/.test(text))).toBe(true);
  });
});
