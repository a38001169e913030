import { describe, expect, it } from 'vitest';
import { COMPLAINT_CUES, findComplaintCues } from './complaint-cues.js';
import { compilePhrases } from './phrase-pattern.js';
import { tokenize, type TextLanguage } from './tokenize.js';

/** The cues found in a text, as the text they cover and their weight. */
const cues = (text: string, lang: TextLanguage) => {
  const { tokens } = tokenize(text);
  return findComplaintCues(tokens, lang).map((m) => {
    const first = tokens[m.first];
    const last = tokens[m.last];
    return { text: first && last ? text.slice(first.start, last.end) : '', weight: m.value };
  });
};

describe('complaint cues', () => {
  it.each<[TextLanguage, string, string]>([
    ['de', 'Das geht alles viel zu langsam.', 'zu langsam'],
    ['de', 'Leider keine Antwort auf meine Mail', 'keine Antwort'],
    ['de', 'Leider keine schnelle Antwort', 'keine schnelle Antwort'],
    ['de', 'Die Hotline ist nicht erreichbar!', 'nicht erreichbar'],
    ['de', 'Mir wurde zweimal abgebucht', 'zweimal abgebucht'],
    ['de', 'Betrag wurde 2x abgebucht', '2x abgebucht'],
    ['de', 'Ich warte seit drei Wochen', 'seit drei Wochen'],
    ['de', 'seit über 2 Wochen passiert nichts', 'seit über 2 Wochen'],
    ['de', 'Ich warte immer noch auf mein Geld', 'warte immer noch'],
    ['de', 'Paket ist nie angekommen', 'nie angekommen'],
    // typed without umlauts
    ['de', 'keine Rueckmeldung bisher', 'keine Rueckmeldung'],
    ['de', 'keine Ruckmeldung bisher', 'keine Ruckmeldung'],
    ['de', 'Hat mich nie zurueckgerufen', 'nie zurueckgerufen'],
    ['en', 'I was charged twice for one order', 'charged twice'],
    ['en', 'They charged me twice', 'charged me twice'],
    ['en', 'Still waiting for my refund', 'Still waiting'],
    ['en', 'No response to three emails', 'No response'],
    ['en', 'The parcel never arrived.', 'never arrived'],
    ['en', "It hasn't arrived yet", "hasn't arrived"],
    ['en', 'I was on hold for 40 minutes', 'on hold for'],
    ['en', 'The app keeps crashing', 'keeps crashing'],
  ])('%s: %j holds the complaint %j', (lang, text, expected) => {
    const found = cues(text, lang);
    expect(found.map((c) => c.text)).toContain(expected);
    expect(found.find((c) => c.text === expected)?.weight).toBeLessThan(0);
  });

  it.each<[TextLanguage, string, string]>([
    ['de', 'Es gibt nichts zu meckern', 'nichts zu meckern'],
    ['de', 'Kann ich nur zu empfehlen', 'zu empfehlen'],
    ['en', 'No complaints at all', 'No complaints'],
    ['en', 'Totally hassle free', 'hassle free'],
  ])('%s: reads %j as praise', (lang, text, expected) => {
    expect(cues(text, lang).find((c) => c.text === expected)?.weight).toBeGreaterThan(0);
  });

  it('takes the longer complaint where a shorter one starts at the same word', () => {
    expect(cues('Das ist nicht zu empfehlen', 'de')).toEqual([{ text: 'nicht zu empfehlen', weight: -0.8 }]);
  });

  it.each<[TextLanguage, string]>([
    ['de', 'Die Lieferung kam pünktlich und alles war gut'],
    ['de', 'Keine, Antwort'],
    ['en', 'The delivery arrived on Monday'],
  ])('%s: finds no complaint in %j', (lang, text) => {
    expect(cues(text, lang).filter((c) => c.weight < 0)).toEqual([]);
  });

  it('has weights within −1…1 and patterns that compile', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const [, weight] of COMPLAINT_CUES[lang]) expect(Math.abs(weight)).toBeLessThanOrEqual(1);
      expect(() => compilePhrases(lang, COMPLAINT_CUES[lang])).not.toThrow();
    }
  });
});
