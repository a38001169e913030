import { randomUUID } from 'node:crypto';
import { followUpPrompt, resolveLanguage } from '../../../domain/survey/answers.js';
import { scaleOf } from '../../../domain/survey/answers.js';
import type { SurveyDefinition } from '../../../shared/contracts/survey-model.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../common/app-error.js';
import type { Enqueue } from '../../pipeline/catalog.js';
import {
  renderFollowUpPage,
  renderLinkPage,
  renderMessagePage,
  renderScorePage,
  renderThanksPage,
  renderUnsubscribedPage,
  renderUnsubscribePage,
  VIA_INTERACTION,
  type PageBase,
} from '../../../survey-pages/index.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import { headlineQuestions, recordResponse } from '../responses/record-response.service.js';
import type { AnswerTarget } from '../responses/responses.repo.js';
import { cachedVersion } from '../responses/survey-version-cache.js';
import { emailHash, tokenHash, TOKEN_PATTERN } from '../sending/invitation-token.js';
import { invitationByTokenHash, markClicked, markOpened, markUnsubscribed, surveyWithVersion } from '../sending/invitations.repo.js';
import { loadSendingSettings } from '../sending/sending-settings.service.js';
import { addSuppression } from '../sending/throttle.repo.js';
import { answersFromForm, fieldErrors, hiddenFieldsFrom, type FormBody } from './form-answers.js';
import { isMarkedAsScanned, noteScoreLinkOpened } from './scan-burst.js';
import { contactForPage, invitationByTokenWithSurvey, linkResponseByRef, surveyByLinkKey, type PageInvitation } from './public-survey.repo.js';

export interface PublicDeps {
  db: Db;
  enqueue: Enqueue;
  now: () => Date;
}

/** What a public page request ends in: a page (with its status) or a redirect after a POST. */
export type PageOutcome = { kind: 'page'; status: number; html: string } | { kind: 'redirect'; location: string; recorded?: { responseId: string; score: number | null } };

const page = (status: number, html: string): PageOutcome => ({ kind: 'page', status, html });

/** An invitation that may be answered, with what answering it needs. */
interface Found {
  inv: PageInvitation;
  /** The survey and the stored response as read with the invitation, handed on to `recordResponse`. */
  target: AnswerTarget;
  definition: SurveyDefinition;
  score: number | null;
}

interface Opened extends Found {
  base: PageBase;
}

async function branding(db: Db, organizationId: string) {
  const [org, settings] = await Promise.all([findOrganization(db, organizationId), loadSendingSettings(db, organizationId)]);
  return { orgName: settings.senderName ?? org?.name ?? '', brandColor: settings.brandColor, logoUrl: settings.logoUrl };
}

const neutralBase = (nonce: string, language = 'en'): PageBase => ({ language, nonce, branding: { orgName: 'Resonance', brandColor: null, logoUrl: null } });

/**
 * Finds the invitation a link's token names, with its survey and response in one query (the
 * survey's versions come from the process-wide cache: they never change once written).
 * Forged, unknown and malformed tokens all look the same to the visitor ("invalid"), so the
 * page tells an attacker nothing; expired invitations and closed surveys say so, because a real
 * respondent needs to know.
 */
async function lookUpInvitation(deps: PublicDeps, token: string): Promise<{ kind: 'invalid' } | { kind: 'closed' | 'expired'; inv: PageInvitation } | ({ kind: 'open' } & Found)> {
  if (!TOKEN_PATTERN.test(token)) return { kind: 'invalid' };
  const row = await invitationByTokenWithSurvey(deps.db, tokenHash(token));
  if (!row) return { kind: 'invalid' };
  const { inv, survey, response } = row;
  const current = survey ? await cachedVersion(deps.db, inv.organizationId, survey.id, survey.currentVersion) : null;
  if (!survey || !current || survey.status === 'archived') return { kind: 'closed', inv };
  // Someone who already answered may still add to it after the link expired; a first answer may not.
  if (!response && inv.expiresAt && inv.expiresAt <= deps.now()) return { kind: 'expired', inv };
  const version = response ? await cachedVersion(deps.db, inv.organizationId, inv.surveyId, response.surveyVersion) : null;
  const definition = version?.definition ?? current.definition;
  const { primary } = headlineQuestions(definition);
  const recorded = primary ? response?.answers[primary.id] : undefined;
  return { kind: 'open', inv, target: { survey, existing: response }, definition, score: typeof recorded === 'number' ? recorded : null };
}

const pageBase = async (deps: PublicDeps, inv: PageInvitation, nonce: string): Promise<PageBase> => ({ language: inv.language, nonce, branding: await branding(deps.db, inv.organizationId) });

/** The page for a token that cannot be answered (invalid, closed survey, expired link). */
async function refusal(deps: PublicDeps, found: { kind: 'invalid' } | { kind: 'closed' | 'expired'; inv: PageInvitation }, nonce: string): Promise<PageOutcome> {
  if (found.kind === 'invalid') return page(404, renderMessagePage({ ...neutralBase(nonce), kind: 'invalid' }));
  return page(410, renderMessagePage({ ...(await pageBase(deps, found.inv, nonce)), kind: found.kind }));
}

/** An answerable invitation with its branded page base, or the page saying why not. */
async function openInvitation(deps: PublicDeps, token: string, nonce: string): Promise<Opened | PageOutcome> {
  const found = await lookUpInvitation(deps, token);
  if (found.kind !== 'open') return refusal(deps, found, nonce);
  const { kind: _, ...opened } = found;
  return { ...opened, base: await pageBase(deps, opened.inv, nonce) };
}

const isOutcome = (v: Opened | PageOutcome): v is PageOutcome => 'kind' in v;

function parseScore(raw: string | undefined, definition: SurveyDefinition): number | null {
  const { primary } = headlineQuestions(definition);
  if (!primary || raw === undefined || !/^\d{1,2}$/.test(raw)) return null;
  const n = Number(raw);
  const { min, max } = scaleOf(primary);
  return n >= min && n <= max ? n : null;
}

/**
 * GET /s/:token: shows the clicked score selected. Records nothing: link scanners GET every
 * link, and some render it in a browser; the page records only after a person's interaction.
 * Each opened score is counted towards a burst (see scan-burst.ts).
 */
export async function scorePage(deps: PublicDeps, token: string, q: { score?: string | undefined; change?: string | undefined }, nonce: string): Promise<PageOutcome> {
  const opened = await openInvitation(deps, token, nonce);
  if (isOutcome(opened)) return opened;
  const { primary } = headlineQuestions(opened.definition);
  if (!primary) return page(410, renderMessagePage({ ...opened.base, kind: 'closed' }));
  const clicked = parseScore(q.score, opened.definition);
  const isChange = q.change !== undefined;
  if (clicked !== null && !isChange) await noteScoreLinkOpened(deps.db, opened.inv.id, clicked, deps.now());
  return page(200, renderScorePage({ ...opened.base, action: `/s/${token}`, question: primary, selected: clicked ?? opened.score, autoSubmit: !isChange && clicked !== null }));
}

/**
 * POST /s/:token: records the score (the page's script posts it at the person's first
 * interaction with `via=interaction`; the button, with or without script, posts `via=button`).
 * After a burst of score links, an interaction post is not recorded: the page asks for the button.
 * The hot path of a survey: one query finds invitation, survey and response; one transaction
 * stores the answer and stamps the invitation. Branding is read only where a page is shown: a
 * recorded answer redirects (or answers JSON) and renders nothing.
 */
export async function submitScore(deps: PublicDeps, token: string, form: FormBody, nonce: string): Promise<PageOutcome> {
  const found = await lookUpInvitation(deps, token);
  if (found.kind !== 'open') return refusal(deps, found, nonce);
  const { inv, definition, target } = found;
  const { primary } = headlineQuestions(definition);
  if (!primary) return page(410, renderMessagePage({ ...(await pageBase(deps, inv, nonce)), kind: 'closed' }));
  const answers = answersFromForm(form, definition.questions);
  if (answers[primary.id] === undefined) {
    const base = await pageBase(deps, inv, nonce);
    return page(400, renderScorePage({ ...base, action: `/s/${token}`, question: primary, selected: null, autoSubmit: false, errors: { [primary.id]: base.language === 'de' ? 'Bitte wählen Sie einen Wert.' : 'Please choose a score.' } }));
  }
  if (form.via === VIA_INTERACTION && (await isMarkedAsScanned(deps.db, inv.id, deps.now()))) {
    const base = await pageBase(deps, inv, nonce);
    const posted = answers[primary.id];
    return page(200, renderScorePage({ ...base, action: `/s/${token}`, question: primary, selected: typeof posted === 'number' ? posted : null, autoSubmit: false, askToConfirm: true }));
  }
  try {
    // Recording stamps clicked_at with answered_at, in the answer's transaction.
    const recorded = await recordResponse(deps, inv.organizationId, { surveyId: inv.surveyId, channel: 'email', invitationId: inv.id, contactId: inv.contactId, language: inv.language, answers, occurredAt: deps.now() }, target);
    return { kind: 'redirect', location: `/s/${token}/why`, recorded: { responseId: recorded.id, score: recorded.score } };
  } catch (err) {
    // A refused answer was still a click (the send's funnel counts it). Best effort: the refusal is what the visitor must see.
    await markClicked(deps.db, inv.organizationId, inv.id, deps.now()).catch(() => undefined);
    if (err instanceof AppError && err.code === 'VALIDATION_FAILED') {
      return page(400, renderScorePage({ ...(await pageBase(deps, inv, nonce)), action: `/s/${token}`, question: primary, selected: null, autoSubmit: false, errors: fieldErrors(err.details) }));
    }
    throw err;
  }
}

function followUp(opened: Opened, token: string, values?: Record<string, string | number | null>, errors?: Record<string, string>): string | null {
  const { primary } = headlineQuestions(opened.definition);
  if (!primary || opened.score === null) return null;
  const { min, max } = scaleOf(primary);
  return renderFollowUpPage({
    ...opened.base,
    action: `/s/${token}/why`,
    whyPrompt: followUpPrompt(opened.definition, primary.type === 'nps' ? opened.score : null, opened.inv.language) ?? null,
    questions: opened.definition.questions.filter((q) => q.id !== primary.id),
    recorded: { score: opened.score, min, max },
    changeScoreHref: `/s/${token}?change=1`,
    ...(values ? { values } : {}),
    ...(errors ? { errors } : {}),
  });
}

/** GET /s/:token/why: the "why?" and any further questions, after the score. */
export async function whyPage(deps: PublicDeps, token: string, nonce: string): Promise<PageOutcome> {
  const opened = await openInvitation(deps, token, nonce);
  if (isOutcome(opened)) return opened;
  const html = followUp(opened, token);
  return html === null ? { kind: 'redirect', location: `/s/${token}` } : page(200, html);
}

export async function submitWhy(deps: PublicDeps, token: string, form: FormBody, nonce: string): Promise<PageOutcome> {
  const opened = await openInvitation(deps, token, nonce);
  if (isOutcome(opened)) return opened;
  const { primary } = headlineQuestions(opened.definition);
  // The score has its own page; this form only adds the other answers.
  const answers = answersFromForm(form, opened.definition.questions.filter((q) => q.id !== primary?.id));
  if (primary) delete answers[primary.id];
  if (opened.score === null) return { kind: 'redirect', location: `/s/${token}` };
  try {
    if (Object.keys(answers).length > 0) {
      await recordResponse(deps, opened.inv.organizationId, { surveyId: opened.inv.surveyId, channel: 'email', invitationId: opened.inv.id, contactId: opened.inv.contactId, language: opened.inv.language, answers, occurredAt: deps.now() }, opened.target);
    }
    return { kind: 'redirect', location: `/s/${token}/thanks` };
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION_FAILED') {
      const values = Object.fromEntries(Object.entries(form).filter(([k]) => k.startsWith('q_')).map(([k, v]) => [k.slice(2), v]));
      return page(400, followUp(opened, token, values, fieldErrors(err.details)) ?? '');
    }
    throw err;
  }
}

export async function thanksPage(deps: PublicDeps, token: string, nonce: string): Promise<PageOutcome> {
  const opened = await openInvitation(deps, token, nonce);
  if (isOutcome(opened)) return opened;
  return page(200, renderThanksPage(opened.base));
}

/** The tracking pixel; counted only where the organization turned open tracking on. */
export async function recordOpen(deps: PublicDeps, token: string): Promise<void> {
  if (!TOKEN_PATTERN.test(token)) return;
  const inv = await invitationByTokenHash(deps.db, tokenHash(token));
  if (!inv || inv.channel !== 'email') return;
  const settings = await loadSendingSettings(deps.db, inv.organizationId);
  if (settings.isOpenTracking) await markOpened(deps.db, inv.id, deps.now());
}

async function unsubscribeTarget(deps: PublicDeps, token: string, nonce: string) {
  if (!TOKEN_PATTERN.test(token)) return page(404, renderMessagePage({ ...neutralBase(nonce), kind: 'invalid' }));
  const inv = await invitationByTokenHash(deps.db, tokenHash(token));
  // Only e-mail tokens open these pages: a widget token (handed to any page the widget runs on) must not.
  if (!inv || inv.channel !== 'email') return page(404, renderMessagePage({ ...neutralBase(nonce), kind: 'invalid' }));
  const base: PageBase = { language: inv.language, nonce, branding: await branding(deps.db, inv.organizationId) };
  const contact = inv.contactId ? await contactForPage(deps.db, inv.organizationId, inv.contactId) : null;
  return { inv, base, email: contact?.email ?? null };
}

/** GET /u/:token: asks to confirm; a scanner's GET must not unsubscribe anyone. Works after expiry too. */
export async function unsubscribePage(deps: PublicDeps, token: string, nonce: string): Promise<PageOutcome> {
  const target = await unsubscribeTarget(deps, token, nonce);
  if ('kind' in target) return target;
  return page(200, renderUnsubscribePage({ ...target.base, action: `/u/${token}`, email: target.email }));
}

/** POST /u/:token (the page's button, or a mail client's RFC 8058 one-click POST). */
export async function unsubscribe(deps: PublicDeps, token: string, nonce: string): Promise<PageOutcome> {
  const target = await unsubscribeTarget(deps, token, nonce);
  if ('kind' in target) return target;
  if (target.email) await addSuppression(deps.db, target.inv.organizationId, emailHash(target.email), 'unsubscribed');
  await markUnsubscribed(deps.db, target.inv.organizationId, target.inv.id, deps.now());
  return page(200, renderUnsubscribedPage(target.base));
}

async function openLink(deps: PublicDeps, key: string, nonce: string, lang: string | undefined) {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(key)) return page(404, renderMessagePage({ ...neutralBase(nonce), kind: 'invalid' }));
  const found = await surveyByLinkKey(deps.db, key);
  if (!found) return page(404, renderMessagePage({ ...neutralBase(nonce), kind: 'invalid' }));
  const survey = await surveyWithVersion(deps.db, found.organizationId, found.id);
  const org = await findOrganization(deps.db, found.organizationId);
  const language = resolveLanguage(survey?.definition.languages ?? ['en'], lang, org?.defaultLanguage);
  const base: PageBase = { language, nonce, branding: await branding(deps.db, found.organizationId) };
  if (!survey || survey.status !== 'live') return page(410, renderMessagePage({ ...base, kind: 'closed' }));
  return { survey, organizationId: found.organizationId, base };
}

type OpenedLink = Exclude<Awaited<ReturnType<typeof openLink>>, PageOutcome>;

/** A form nonce names one anonymous answer; it is a random UUID the page handed out. */
const FORM_NONCE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const validNonce = (value: string | undefined): string | null => (value !== undefined && FORM_NONCE.test(value) ? value : null);
const linkRef = (formNonce: string) => `link:${formNonce}`;

const pleaseAnswer = (language: string) => (language === 'de' ? 'Bitte beantworten Sie diese Frage.' : 'Please answer this question.');

/** The answer a form nonce names, with the definition it was given on; null when there is none yet. */
async function storedLinkAnswer(deps: PublicDeps, opened: OpenedLink, formNonce: string) {
  const row = await linkResponseByRef(deps.db, opened.organizationId, opened.survey.id, linkRef(formNonce));
  if (!row) return null;
  const version = await cachedVersion(deps.db, opened.organizationId, opened.survey.id, row.surveyVersion);
  return { ...row, definition: version?.definition ?? opened.survey.definition };
}

/**
 * The link's first page: the score alone (the follow-up for it comes next, as on the e-mail
 * path), or every question where the survey has no score question.
 */
function firstPage(key: string, opened: OpenedLink, o: { prefill: Record<string, string | number>; hiddenFields: Record<string, string>; formNonce: string; errors?: Record<string, string> }): string {
  const { definition } = opened.survey;
  const { primary } = headlineQuestions(definition);
  return renderLinkPage({ ...opened.base, action: `/l/${key}`, step: primary ? 'score' : 'all', questions: primary ? [primary] : definition.questions, ...o });
}

/**
 * GET /l/:key: `?score=` prefills, `?hf_x=` become hidden fields, `?lang=` picks the language;
 * `?r=<nonce>` comes back from the follow-up to change the score of that answer.
 */
export async function linkPage(deps: PublicDeps, key: string, query: Record<string, string | undefined>, nonce: string): Promise<PageOutcome> {
  const opened = await openLink(deps, key, nonce, query.lang);
  if ('kind' in opened) return opened;
  const { primary } = headlineQuestions(opened.survey.definition);
  const score = parseScore(query.score, opened.survey.definition);
  const hidden = hiddenFieldsFrom(query);
  if (query.lang) hidden.lang = opened.base.language;
  const back = validNonce(query.r);
  const stored = back && primary ? await storedLinkAnswer(deps, opened, back) : null;
  const storedScore = primary ? stored?.answers[primary.id] : undefined;
  const prefilled = score ?? (typeof storedScore === 'number' ? storedScore : null);
  if (stored) {
    // Back from the follow-up to change the score: the page stays in the answer's language.
    opened.base = { ...opened.base, language: stored.language };
    hidden.lang = stored.language;
  }
  return page(200, firstPage(key, opened, { prefill: primary && prefilled !== null ? { [primary.id]: prefilled } : {}, hiddenFields: hidden, formNonce: stored && back ? back : randomUUID() }));
}

/** GET /l/:key/why?r=<nonce>: the follow-up for the score that answer holds, worded for its category. */
export async function linkWhyPage(deps: PublicDeps, key: string, ref: string | undefined, nonce: string): Promise<PageOutcome> {
  return linkFollowUp(deps, key, validNonce(ref), nonce);
}

async function linkFollowUp(deps: PublicDeps, key: string, formNonce: string | null, nonce: string, sent?: { values: Record<string, string | number | null>; errors: Record<string, string> }): Promise<PageOutcome> {
  const start: PageOutcome = { kind: 'redirect', location: `/l/${key}` };
  if (formNonce === null) return start;
  const opened = await openLink(deps, key, nonce, undefined);
  if ('kind' in opened) return opened;
  const stored = await storedLinkAnswer(deps, opened, formNonce);
  const { primary } = stored ? headlineQuestions(stored.definition) : { primary: undefined };
  const score = primary ? stored?.answers[primary.id] : undefined;
  if (!stored || !primary || typeof score !== 'number') return start;
  const { min, max } = scaleOf(primary);
  const html = renderFollowUpPage({
    ...opened.base,
    // The follow-up speaks the language the score was given in.
    language: stored.language,
    action: `/l/${key}`,
    whyPrompt: followUpPrompt(stored.definition, primary.type === 'nps' ? score : null, stored.language) ?? null,
    questions: stored.definition.questions.filter((q) => q.id !== primary.id),
    recorded: { score, min, max },
    changeScoreHref: `/l/${key}?r=${formNonce}`,
    formFields: { nonce: formNonce, step: 'why' },
    ...(sent ?? {}),
  });
  return page(sent ? 400 : 200, html);
}

/**
 * POST /l/:key. `step=score` records the score at once (an answer that stops there still
 * counts) and leads to the follow-up; `step=why` adds the follow-up answers to that same answer,
 * named by the form nonce. Without a step, every answer comes in one post (scripted clients).
 */
export async function submitLink(deps: PublicDeps, key: string, form: FormBody, nonce: string): Promise<PageOutcome> {
  if (form.step === 'why') return submitLinkWhy(deps, key, form, nonce);
  const opened = await openLink(deps, key, nonce, form.hf_lang);
  if ('kind' in opened) return opened;
  const { definition } = opened.survey;
  const { primary } = headlineQuestions(definition);
  const isScoreStep = form.step === 'score' && primary !== undefined;
  const asked = isScoreStep ? [primary] : definition.questions;
  const answers = answersFromForm(form, asked);
  if (isScoreStep) for (const id of Object.keys(answers)) if (id !== primary.id) delete answers[id];
  const hiddenFields = hiddenFieldsFrom(form);
  const formNonce = validNonce(form.nonce) ?? randomUUID();
  const rerender = (errors: Record<string, string>) => {
    const prefill = Object.fromEntries(Object.entries(answers).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'));
    return page(400, firstPage(key, opened, { prefill, hiddenFields, formNonce, errors }));
  };
  const missing = asked.filter((q) => q.required && answers[q.id] === undefined);
  if (missing.length > 0) return rerender(Object.fromEntries(missing.map((q) => [q.id, pleaseAnswer(opened.base.language)])));
  try {
    const recorded = await recordResponse(deps, opened.organizationId, {
      surveyId: opened.survey.id,
      channel: 'link',
      language: opened.base.language,
      answers,
      hiddenFields,
      occurredAt: deps.now(),
      externalRef: linkRef(formNonce),
      // The score step may be sent again to change the score; a repeated full post changes nothing.
      onRepeat: isScoreStep ? 'merge' : 'keep',
    });
    const hasMore = isScoreStep && definition.questions.length > 1;
    const location = hasMore ? `/l/${key}/why?r=${formNonce}` : `/l/${key}/thanks?lang=${opened.base.language}`;
    return { kind: 'redirect', location, recorded: { responseId: recorded.id, score: recorded.score } };
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION_FAILED') return rerender(fieldErrors(err.details));
    throw err;
  }
}

async function submitLinkWhy(deps: PublicDeps, key: string, form: FormBody, nonce: string): Promise<PageOutcome> {
  const formNonce = validNonce(form.nonce);
  const opened = await openLink(deps, key, nonce, undefined);
  if ('kind' in opened) return opened;
  const stored = formNonce ? await storedLinkAnswer(deps, opened, formNonce) : null;
  if (!stored || !formNonce) return { kind: 'redirect', location: `/l/${key}` };
  const { primary } = headlineQuestions(stored.definition);
  const rest = stored.definition.questions.filter((q) => q.id !== primary?.id);
  const answers = answersFromForm(form, rest);
  if (primary) delete answers[primary.id];
  const values = () => Object.fromEntries(Object.entries(form).filter(([k]) => k.startsWith('q_')).map(([k, v]) => [k.slice(2), v]));
  const missing = rest.filter((q) => q.required && answers[q.id] === undefined);
  if (missing.length > 0) return linkFollowUp(deps, key, formNonce, nonce, { values: values(), errors: Object.fromEntries(missing.map((q) => [q.id, pleaseAnswer(stored.language)])) });
  try {
    if (Object.keys(answers).length > 0) {
      // No hidden fields here: the stored ones stay (a merge only updates the answers).
      await recordResponse(deps, opened.organizationId, { surveyId: opened.survey.id, channel: 'link', language: stored.language, answers, occurredAt: deps.now(), externalRef: linkRef(formNonce), onRepeat: 'merge' });
    }
    return { kind: 'redirect', location: `/l/${key}/thanks?lang=${stored.language}` };
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION_FAILED') return linkFollowUp(deps, key, formNonce, nonce, { values: values(), errors: fieldErrors(err.details) });
    throw err;
  }
}

export async function linkThanks(deps: PublicDeps, key: string, lang: string | undefined, nonce: string): Promise<PageOutcome> {
  const opened = await openLink(deps, key, nonce, lang);
  if ('kind' in opened) return opened;
  return page(200, renderThanksPage(opened.base));
}
