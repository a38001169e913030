import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../metrics/mulberry32.js';
import { discoverThemes, embeddingVectors, type DiscoveryComment } from './discover-themes.js';

/**
 * German and English comments about two things no curated theme names, each put together from a
 * topic clause and openers and closers every topic shares, so only the topic words tell them apart.
 */
function corpus(perTopic: number, seed = 1): { comments: DiscoveryComment[]; topic: string[] } {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  const openers = {
    de: ['Hallo,', 'Ehrlich gesagt:', 'Seit Wochen', 'Schon wieder', 'Heute', '', 'Na ja,', 'Mein Eindruck:'],
    en: ['Hi,', 'Honestly,', 'For weeks now', 'Once again', 'Today', '', 'Well,', 'My impression:'],
  };
  const closers = {
    de: ['', '.', '!', ' – bitte ändern.', ' :(', ', das nervt.', '. Ich bin enttäuscht.', '. Warum?'],
    en: ['', '.', '!', ' – please fix.', ' :(', ', annoying.', '. I am disappointed.', '. Why?'],
  };
  const topics: Record<string, { de: string[]; en: string[] }> = {
    kuendigung: {
      de: [
        'die Kündigung meines Abos wurde ignoriert',
        'ich wollte kündigen, aber die Kündigungsfrist ist absurd',
        'keine Kündigungsbestätigung erhalten',
        'die Kündigung per Brief ist kompliziert',
        'meine Kündigung ist nicht angekommen',
        'Abo kündigen geht nur per Telefon',
      ],
      en: [
        'the cancellation of my subscription was ignored',
        'I tried to cancel my subscription but it failed',
        'no cancellation confirmation after I cancelled',
        'cancelling the subscription is complicated',
        'my cancellation request got lost',
        'you can only cancel the subscription by phone',
      ],
    },
    passwort: {
      de: [
        'das Passwort zurücksetzen funktioniert nicht',
        'die Passwortänderung ist umständlich',
        'nach dem Passwort-Reset kein Zugang',
        'Passwort vergessen und der Link kam nie',
        'das neue Passwort wird nicht akzeptiert',
        'der Link zum Zurücksetzen des Passworts ist abgelaufen',
      ],
      en: [
        'the password reset link never arrives',
        'I forgot my password and the reset failed',
        'password reset is broken',
        'resetting the password takes forever',
        'my new password is not accepted',
        'the password reset email expired',
      ],
    },
  };
  const comments: DiscoveryComment[] = [];
  const topic: string[] = [];
  for (let i = 0; i < perTopic; i++)
    for (const [name, texts] of Object.entries(topics)) {
      const language = random() < 0.5 ? 'de' : 'en';
      const text = `${pick(openers[language])} ${pick(texts[language])}${pick(closers[language])}`.trim();
      comments.push({ text, language });
      topic.push(name);
    }
  return { comments, topic };
}

describe('discoverThemes', () => {
  it('finds the two groups of a bilingual corpus and names them with their words', () => {
    const { comments, topic } = corpus(100);
    const result = discoverThemes(comments);
    // Each true topic lands in one candidate per language at most (German and English stems differ),
    // and no candidate mixes the topics.
    for (const c of result.candidates) {
      const topics = new Set(result.assignments.flatMap((a, i) => (a === c.id ? [topic[i]] : [])));
      expect(topics.size, `${c.terms.join(', ')}`).toBe(1);
    }
    const labels = result.candidates.map((c) => c.terms.join(' ').toLowerCase());
    expect(labels.some((l) => /kündigung|cancellation|cancel/.test(l))).toBe(true);
    expect(labels.some((l) => /passwort|password|reset/.test(l))).toBe(true);
    expect(result.unclustered).toBeLessThan(comments.length / 10);
    for (const c of result.candidates) {
      expect(c.examples.length).toBe(3);
      for (const i of c.examples) expect(result.assignments[i]).toBe(c.id);
      expect(c.id).toMatch(/^cand-[0-9a-z]+/);
    }
  });

  it('gives the same output for the same input', () => {
    const { comments } = corpus(60, 7);
    expect(discoverThemes(comments)).toEqual(discoverThemes(comments));
  });

  it('splits a mixed group into its two topics when asked for two, and finds the same ids in any order', () => {
    const all = corpus(40, 3);
    const english = all.comments.flatMap((c, i) => (c.language === 'en' ? [{ c, t: all.topic[i] }] : []));
    const comments = english.map((e) => e.c);
    const split = discoverThemes(comments, { k: 2 });
    expect(split.candidates.length).toBe(2);
    for (const c of split.candidates)
      expect(new Set(split.assignments.flatMap((a, i) => (a === c.id ? [english[i]?.t] : []))).size).toBe(1);
    const again = discoverThemes([...comments].reverse(), { k: 2 });
    expect(new Set(again.candidates.map((c) => c.id))).toEqual(new Set(split.candidates.map((c) => c.id)));
  });

  it('drops groups below the minimum size and handles empty, wordless and tiny inputs', () => {
    expect(discoverThemes([]).candidates).toEqual([]);
    const wordless = discoverThemes(Array.from({ length: 10 }, () => ({ text: '!!! 123 :)' })));
    expect(wordless.candidates).toEqual([]);
    expect(wordless.unclustered).toBe(10);
    const { comments } = corpus(30, 5);
    const result = discoverThemes(comments, { minSize: 25 });
    for (const c of result.candidates) expect(c.size).toBeGreaterThanOrEqual(25);
    const assigned = result.candidates.reduce((n, c) => n + c.size, 0);
    expect(result.unclustered).toBe(comments.length - assigned);
    const none = discoverThemes(comments, { minSize: 1000 });
    expect(none.candidates).toEqual([]);
    expect(none.assignments.every((a) => a === null)).toBe(true);
  });

  it('groups by given embeddings instead of its own vectors, still labelled by the words', () => {
    // Two directions of a 3-d embedding space; the words alone would say nothing (all alike).
    const comments = Array.from({ length: 40 }, (_, i) => ({ text: i % 2 ? 'parcel parcel' : 'parcel box' }));
    const dense = comments.map((_, i) =>
      Float32Array.from(i < 20 ? [1, 0.05 * (i % 3), 0] : [0, 0.05 * (i % 3), 1]),
    );
    const result = discoverThemes(comments, {
      k: 2,
      embeddings: embeddingVectors(dense),
      embeddingDimension: 3,
    });
    expect(result.candidates.map((c) => c.size)).toEqual([20, 20]);
    expect(new Set(result.assignments.slice(0, 20)).size).toBe(1);
    expect(result.assignments[0]).not.toBe(result.assignments[39]);
  });
});
