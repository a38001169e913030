import type { Language } from '../../shared/contracts/common.js';
import type { ScoreBand } from '../../shared/contracts/alerts.js';
import type { AlertFacts } from './alert-facts.js';

/**
 * The words of alerts in German and English, the same for Slack, Teams and mail: the headline of
 * one alert, the headline of a burst's summary, the labelled facts and the link's label. Raw text:
 * each channel escapes it for its own markup.
 */

const BAND: Record<Language, Record<ScoreBand, [string, string]>> = {
  en: {
    detractor: ['Detractor', 'detractors'],
    passive: ['Passive', 'passives'],
    promoter: ['Promoter', 'promoters'],
  },
  de: {
    detractor: ['Kritiker', 'Kritiker'],
    passive: ['Passiver', 'Passive'],
    promoter: ['Promoter', 'Promoter'],
  },
};

const METRIC: Record<string, string> = {
  nps: 'NPS',
  csat: 'CSAT',
  ces: 'CES',
  rating: 'Rating',
  brand: 'Brand',
};

const T = {
  en: {
    newAnswer: 'New answer',
    newFeedback: 'New feedback',
    caseCreated: (n: number) => `Case #${n} opened`,
    caseUpdated: (n: number) => `Case #${n} changed`,
    caseBreached: (n: number) => `Case #${n} missed its SLA`,
    caseEscalated: (n: number, level: number | null) =>
      `Case #${n} escalated${level ? ` (level ${level})` : ''}`,
    caseResolved: (n: number) => `Case #${n} resolved`,
    customer: 'Customer',
    segment: 'Segment',
    channel: 'Channel',
    score: 'Score',
    subject: 'Subject',
    priority: 'Priority',
    status: 'Status',
    slaDue: 'SLA due',
    comment: 'Comment',
    openCase: 'Open case',
    openItem: 'Open in Resonance',
    openAll: 'Open all in Resonance',
    more: (n: number) => `and ${n} more`,
    nouns: {
      breached: ['case missed its SLA', 'cases missed their SLA'],
      case: ['case event', 'case events'],
      item: ['new answer or feedback', 'new answers and feedback'],
      alert: ['alert', 'alerts'],
    },
    window: (minutes: number) =>
      minutes <= 1
        ? 'in the last minute'
        : minutes < 120
          ? `in the last ${minutes} minutes`
          : `in the last ${Math.round(minutes / 60)} hours`,
    why: (rule: string, org: string, settings: string) =>
      `You get this mail because the alert rule “${rule}” of ${org} sends its alerts to this address. Its admins change the rule at ${settings}.`,
  },
  de: {
    newAnswer: 'Neue Antwort',
    newFeedback: 'Neues Feedback',
    caseCreated: (n: number) => `Fall #${n} eröffnet`,
    caseUpdated: (n: number) => `Fall #${n} geändert`,
    caseBreached: (n: number) => `Fall #${n} hat das SLA verpasst`,
    caseEscalated: (n: number, level: number | null) =>
      `Fall #${n} eskaliert${level ? ` (Stufe ${level})` : ''}`,
    caseResolved: (n: number) => `Fall #${n} gelöst`,
    customer: 'Kunde',
    segment: 'Segment',
    channel: 'Kanal',
    score: 'Bewertung',
    subject: 'Betreff',
    priority: 'Priorität',
    status: 'Status',
    slaDue: 'SLA fällig',
    comment: 'Kommentar',
    openCase: 'Fall öffnen',
    openItem: 'In Resonance öffnen',
    openAll: 'Alle in Resonance öffnen',
    more: (n: number) => `und ${n} weitere`,
    nouns: {
      breached: ['Fall hat das SLA verpasst', 'Fälle haben das SLA verpasst'],
      case: ['Ereignis zu Fällen', 'Ereignisse zu Fällen'],
      item: ['neue Antwort oder neues Feedback', 'neue Antworten und Feedback'],
      alert: ['Alarm', 'Alarme'],
    },
    window: (minutes: number) =>
      minutes <= 1
        ? 'in der letzten Minute'
        : minutes < 120
          ? `in den letzten ${minutes} Minuten`
          : `in den letzten ${Math.round(minutes / 60)} Stunden`,
    why: (rule: string, org: string, settings: string) =>
      `Sie erhalten diese Mail, weil die Alarmregel „${rule}“ von ${org} ihre Alarme an diese Adresse sendet. Die Admins ändern die Regel unter ${settings}.`,
  },
} as const;

export const alertTexts = (language: Language) => T[language];

/** "NPS 2/10": the score on its scale, or null without a score. */
export function scoreText(facts: AlertFacts): string | null {
  if (facts.subject !== 'item' || facts.score === null) return null;
  const metric = facts.metric ? (METRIC[facts.metric] ?? facts.metric.toUpperCase()) : METRIC.rating;
  return facts.scaleMax === null ? `${metric} ${facts.score}` : `${metric} ${facts.score}/${facts.scaleMax}`;
}

/** One alert's headline: "Detractor · NPS 2/10", "Case #12 missed its SLA". No customer text. */
export function headline(facts: AlertFacts, language: Language): string {
  const t = T[language];
  if (facts.subject === 'item') {
    const score = scoreText(facts);
    if (facts.band && score) return `${BAND[language][facts.band][0]} · ${score}`;
    const title = facts.eventType === 'response.created' ? t.newAnswer : t.newFeedback;
    return score ? `${title} · ${score}` : `${title} (${facts.channel})`;
  }
  switch (facts.eventType) {
    case 'case.created':
      return t.caseCreated(facts.number);
    case 'case.breached':
      return t.caseBreached(facts.number);
    case 'case.escalated':
      return t.caseEscalated(facts.number, facts.escalationLevel);
    case 'case.resolved':
      return t.caseResolved(facts.number);
    default:
      return t.caseUpdated(facts.number);
  }
}

/** What a burst is about, as a plural noun: all detractors, all breaches, or alerts. */
function summaryNoun(all: readonly AlertFacts[], language: Language, n: number): string {
  const plural = n === 1 ? 0 : 1;
  const nouns = T[language].nouns;
  const first = all[0];
  if (
    first?.subject === 'item' &&
    first.band &&
    all.every((f) => f.subject === 'item' && f.band === first.band)
  )
    return BAND[language][first.band][plural];
  if (all.every((f) => f.eventType === 'case.breached')) return nouns.breached[plural];
  if (all.every((f) => f.subject === 'case')) return nouns.case[plural];
  if (all.every((f) => f.subject === 'item')) return nouns.item[plural];
  return nouns.alert[plural];
}

/** "12 detractors in the last minute": a burst's headline, the window counted from its oldest alert. */
export function summaryHeadline(all: readonly AlertFacts[], language: Language, now: Date): string {
  const oldest = all.reduce((min, f) => Math.min(min, Date.parse(f.occurredAt)), Infinity);
  const minutes = Math.max(
    1,
    Math.ceil((now.getTime() - (Number.isFinite(oldest) ? oldest : now.getTime())) / 60_000),
  );
  return `${all.length} ${summaryNoun(all, language, all.length)} ${T[language].window(minutes)}`;
}

export interface LabelledFact {
  label: string;
  value: string;
}

/** The facts a message lists under its headline, labelled; the SLA deadline apart (each channel writes dates its own way). */
export function labelledFacts(facts: AlertFacts, language: Language): LabelledFact[] {
  const t = T[language];
  const out: LabelledFact[] = [];
  const c = facts.customer;
  const who = c ? [c.name, c.email].filter((v): v is string => !!v && v.trim() !== '').join(' · ') : '';
  if (who) out.push({ label: t.customer, value: who });
  if (c?.segment) out.push({ label: t.segment, value: c.segment });
  if (facts.subject === 'case') {
    if (facts.caseSubject) out.push({ label: t.subject, value: facts.caseSubject });
    out.push({ label: t.priority, value: facts.priority });
    out.push({ label: t.status, value: facts.status });
  } else {
    const score = scoreText(facts);
    if (score) out.push({ label: t.score, value: score });
  }
  out.push({ label: t.channel, value: facts.channel });
  return out;
}

export function openLabel(facts: AlertFacts, language: Language): string {
  return facts.subject === 'case' ? T[language].openCase : T[language].openItem;
}

/** A deadline as text where no client formats it: "2026-11-02 14:30 UTC". */
export function utcText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
