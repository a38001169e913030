import { describe, expect, it } from 'vitest';
import { THEME_IDS, type ThemeId } from './theme-catalog.js';
import { THEME_DICTIONARY } from './theme-dictionary.js';
import { tagThemes } from './tag-themes.js';
import type { TextLanguage } from './tokenize.js';

const themes = (text: string, lang: TextLanguage) => tagThemes(text, lang).map((m) => m.themeId);

describe('tagThemes', () => {
  // The same complaint or praise in both languages names the same theme.
  it.each<[ThemeId, string, string]>([
    ['delivery', 'Das Paket kam drei Tage zu spät', 'The parcel came three days late'],
    ['returns', 'Die Rücksendung war kostenlos', 'Returns were free and easy'],
    ['billing', 'Mir wurde zweimal abgebucht', 'I was charged twice'],
    ['price', 'Viel zu teuer für das, was man bekommt', 'Far too expensive for what you get'],
    ['checkout', 'Der Warenkorb leert sich ständig', 'The basket keeps emptying itself'],
    ['support_reach', 'Die Hotline ist nie erreichbar', 'The hotline is never reachable'],
    ['waiting_time', 'Ewig in der Warteschleife gehangen', 'I was on hold for ages'],
    ['staff', 'Die Mitarbeiterin war sehr freundlich', 'The agent was very friendly'],
    ['product_quality', 'Die Qualität ist miserabel', 'The quality is poor'],
    ['usability', 'Die Bedienung ist sehr umständlich', 'Not user friendly at all'],
    ['performance', 'Die Seite lädt extrem langsam', 'The website is really slow'],
    ['reliability', 'Schon wieder ein Ausfall', 'Another outage today'],
    ['app', 'Die App stürzt ständig ab', 'The app keeps crashing'],
    ['onboarding', 'Die Einrichtung war in zehn Minuten erledigt', 'Setup took ten minutes'],
    ['features', 'Mir fehlt eine Exportfunktion', 'I miss an export feature'],
    ['contract', 'Die Kündigung war kompliziert', 'Cancelling my contract was hard'],
    ['claims', 'Der Schaden wurde schnell reguliert', 'My claim was settled quickly'],
    ['communication', 'Ich wurde nicht informiert', 'Nobody kept me informed'],
  ])('%s in German and English', (theme, german, english) => {
    expect(themes(german, 'de')).toContain(theme);
    expect(themes(english, 'en')).toContain(theme);
  });

  it.each<[string, ThemeId]>([
    ['Lieferverzögerung ohne Info', 'delivery'],
    ['Der Rechnungsbetrag stimmt nicht', 'billing'],
    ['Die Kundenservicehotline ist ein Witz', 'support_reach'],
    ['Hagelschaden gemeldet', 'claims'],
    ['Die Mobilfunkpreise sind zu hoch', 'price'],
  ])('reaches a theme through a compound: %j → %s', (text, theme) => {
    expect(themes(text, 'de')).toContain(theme);
  });

  it.each(['Rückerstattung', 'Rueckerstattung', 'Ruckerstattung'])(
    'reads %s with or without umlauts',
    (word) => {
      expect(themes(`Die ${word} dauert`, 'de')).toContain('returns');
    },
  );

  it('keeps the themes of neighbouring words apart where the catalog draws the line', () => {
    // ease of use, not staff friendliness
    expect(themes('Very user-friendly interface', 'en')).not.toContain('staff');
    expect(themes('Very user-friendly interface', 'en')).toContain('usability');
    // a problem's word alone is not its theme: "langsam" with a parcel is no software speed
    expect(themes('Die Lieferung ist angekommen', 'de')).toEqual(['delivery']);
  });

  it('finds no theme in a comment about nothing in the catalog', () => {
    expect(tagThemes('Alles super 👍', 'de')).toEqual([]);
    expect(tagThemes('n/a', 'en')).toEqual([]);
  });

  it('names a thanked or titled person as staff, but not an organization', () => {
    expect(themes('Vielen Dank an Frau Neumann!', 'de')).toContain('staff');
    expect(themes('Thanks Jess, all working again', 'en')).toContain('staff');
    expect(themes('Danke @Anbieter für nichts', 'de')).not.toContain('staff');
    expect(themes('Sehr geehrte Damen und Herren, anbei das Formular', 'de')).not.toContain('staff');
  });

  it('gives each theme the sentiment of the clause it is named in', () => {
    const mentions = tagThemes('Die Lieferung war schnell, aber der Mitarbeiter war unfreundlich.', 'de');
    const of = (id: ThemeId) => mentions.find((m) => m.themeId === id)?.sentiment ?? Number.NaN;
    expect(of('delivery')).toBeGreaterThan(0);
    expect(of('staff')).toBeLessThan(0);
  });

  it('falls back to the sentence when the clause says nothing', () => {
    const [mention] = tagThemes('Zur Rechnung: total unverschämt', 'de');
    expect(mention?.themeId).toBe('billing');
    expect(mention?.sentiment).toBeLessThan(0);
  });

  it('has evidence that slices back to the naming words', () => {
    const text = 'Paket kam nie an, die Hotline war nicht erreichbar und die Rückerstattung dauert ewig.';
    const mentions = tagThemes(text, 'de');
    expect(mentions.length).toBeGreaterThan(2);
    for (const m of mentions) {
      expect(m.evidence.length).toBeGreaterThan(0);
      for (const e of m.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('has no themes for a language it does not analyse', () => {
    expect(tagThemes('La livraison est en retard', 'other')).toEqual([]);
  });

  it('lists only catalog themes, each with German and English terms', () => {
    expect(Object.keys(THEME_DICTIONARY).sort()).toEqual([...THEME_IDS].sort());
    for (const id of THEME_IDS) {
      expect(THEME_DICTIONARY[id].de.length).toBeGreaterThan(5);
      expect(THEME_DICTIONARY[id].en.length).toBeGreaterThan(5);
    }
  });
});
