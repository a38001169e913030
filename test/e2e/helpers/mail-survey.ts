import type { Browser } from 'playwright-core';
import { recipients, startSmtpPeer, type SmtpPeer } from '../../helpers/smtp-peer.js';
import { launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

/** A live relationship-NPS survey on a real server that mails through a real SMTP peer, and Chromium. */
export interface MailSurvey {
  server: RunningServer;
  smtp: SmtpPeer;
  browser: Browser;
  surveyId: string;
  /** The API as the organization's key, JSON both ways; a non-2xx answer throws with its body. */
  api: (method: string, path: string, body?: unknown) => Promise<Record<string, unknown>>;
  /** Sends the survey to one new contact and returns the eleven score links (0–10) of the mail that arrived. */
  invite: (contact: {
    externalId: string;
    email: string;
    name: string;
    language: string;
  }) => Promise<string[]>;
  stop: () => Promise<void>;
}

export async function startMailSurvey(org: string, apiKey: string): Promise<MailSurvey> {
  const smtp = await startSmtpPeer();
  const server = await startServer({
    SMTP_URL: smtp.url,
    RESONANCE_ADMIN_EMAIL: 'owner@e2e.test',
    RESONANCE_ADMIN_PASSWORD: 'a-long-password-1',
    RESONANCE_ORG: org,
    RESONANCE_API_KEY: apiKey,
  });
  const browser = await launchBrowser();
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  const survey = await api('POST', '/api/v1/surveys', {
    name: 'Relationship NPS',
    template: 'relationship-nps',
  });
  const surveyId = String(survey.id);
  await api('POST', `/api/v1/surveys/${surveyId}/status`, { status: 'live' });

  const invite: MailSurvey['invite'] = async ({ externalId, email, name, language }) => {
    await api('POST', '/api/v1/contacts', { externalId, email, name, language });
    await api('POST', `/api/v1/surveys/${surveyId}/send`, { contacts: [externalId] });
    const mail = await smtp.waitFor((m) => recipients(m).includes(email), 60_000);
    const base = server.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return Array.from({ length: 11 }, (_, score) => {
      const link = new RegExp(`${base}/s/[A-Za-z0-9_-]{43}\\?score=${score}\\b`).exec(mail.text ?? '');
      if (!link) throw new Error(`no score ${score} link in ${mail.text}`);
      return link[0];
    });
  };
  const stop = async () => {
    await browser.close();
    await server.stop();
    await smtp.close();
  };
  return { server, smtp, browser, surveyId, api, invite, stop };
}
