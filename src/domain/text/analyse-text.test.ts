import { describe, expect, it } from 'vitest';
import { analyseText } from './analyse-text.js';
import { compileOrgThemes } from './org-themes.js';

describe('analyseText', () => {
  it('reads a German complaint: language, sentiment with evidence, themes with their sentiment', () => {
    const text =
      'Die Beratung war freundlich, aber mir wurde zweimal abgebucht und die Hotline ist nie erreichbar!';
    const result = analyseText(text);
    expect(result.language).toBe('de');
    expect(result.sentiment.label).toBe('negative');
    for (const e of result.sentiment.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    const themes = Object.fromEntries(result.themes.map((m) => [m.themeId, m.sentiment]));
    expect(Object.keys(themes).sort()).toEqual(['billing', 'staff', 'support_reach']);
    expect(themes['staff']).toBeGreaterThan(0);
    expect(themes['billing']).toBeLessThan(0);
  });

  it('reads an English comment of praise', () => {
    const result = analyseText('Seamless onboarding and the support team was really helpful :)');
    expect(result.language).toBe('en');
    expect(result.sentiment.label).toBe('positive');
    expect(result.themes.map((m) => m.themeId)).toEqual(expect.arrayContaining(['onboarding', 'staff']));
  });

  it.each(['Service très décevant, livraison en retard', 'El servicio fue terrible', '👍', ''])(
    'leaves %j neutral and without themes: not a language it analyses',
    (text) => {
      const result = analyseText(text);
      expect(result.language).toBe('other');
      expect(result.sentiment).toEqual({ score: 0, label: 'neutral', evidence: [] });
      expect(result.themes).toEqual([]);
    },
  );
});

describe('analyseText with an organization’s own themes', () => {
  const themes = compileOrgThemes([
    {
      id: 'org-password-reset',
      terms: { de: ['Passwort', 'zurücksetzen'], en: ['password reset', 'reset link'] },
    },
  ]);

  it('tags its own themes beside the curated ones, German compounds included', () => {
    const en = analyseText('The password reset link never arrives, support was slow to answer.', { themes });
    expect(en.themes.map((t) => t.themeId)).toContain('org-password-reset');
    expect(en.themes.find((t) => t.themeId === 'org-password-reset')?.evidence.map((e) => e.text)).toEqual([
      'password reset',
      'reset link',
    ]);
    const de = analyseText('Die Passwortänderung ist umständlich und dauert ewig.', { themes });
    expect(de.themes.find((t) => t.themeId === 'org-password-reset')?.evidence.map((e) => e.text)).toEqual([
      'Passwortänderung',
    ]);
  });

  it('tags nothing of its own without the context, and a phrase only as a phrase', () => {
    expect(analyseText('The password reset link never arrives.').themes.map((t) => t.themeId)).not.toContain(
      'org-password-reset',
    );
    const apart = analyseText('I reset my router, the password was fine.', { themes });
    expect(apart.themes.map((t) => t.themeId)).not.toContain('org-password-reset');
  });
});
