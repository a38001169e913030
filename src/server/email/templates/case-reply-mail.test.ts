import { describe, expect, it } from 'vitest';
import { caseMailSubject, renderCaseReplyMail, type CaseReplyMailInput } from './index.js';

const EVIL = '<script>alert(1)</script>';

const input = (over: Partial<CaseReplyMailInput> = {}): CaseReplyMailInput => ({
  language: 'en',
  branding: { orgName: 'Acme', brandColor: '#2f5bd3', logoUrl: null },
  recipientName: 'Ada',
  caseNumber: 42,
  caseSubject: 'Parcel arrived damaged',
  body: 'Sorry about the parcel.\nA replacement is on its way.\n\nTracking follows tomorrow.',
  agentName: 'Ben',
  replyUrl: 'https://survey.example/c/tok/reply?a=1&b=2',
  caseUrl: 'https://survey.example/c/tok',
  ...over,
});

const links = (html: string) => [...html.matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)];

describe('caseMailSubject', () => {
  it('prefixes the case number so every mail of a case threads together', () => {
    expect(caseMailSubject(42, 'Parcel arrived damaged')).toBe('[#42] Parcel arrived damaged');
    expect(caseMailSubject(42, '  Parcel\r\narrived \t damaged ')).toBe('[#42] Parcel arrived damaged');
    expect(caseMailSubject(7, '   ')).toBe('[#7]');
  });

  it('stays one line of at most 120 characters and keeps the number', () => {
    const subject = caseMailSubject(12345, `Broken ${'very long words '.repeat(20)}end`);
    expect(subject.length).toBeLessThanOrEqual(120);
    expect(subject.startsWith('[#12345] Broken very long')).toBe(true);
    expect(subject.endsWith('…')).toBe(true);
    expect(subject).not.toMatch(/[\r\n]/);
  });
});

describe('renderCaseReplyMail', () => {
  it('has the threaded subject, the reply with its paragraphs and line breaks, and the agent', () => {
    const mail = renderCaseReplyMail(input());
    expect(mail.subject).toBe('[#42] Parcel arrived damaged');
    expect(mail.html).toContain('Sorry about the parcel.<br>A replacement is on its way.</p>');
    expect(mail.html).toMatch(/>Tracking follows tomorrow\.<\/p>/);
    expect(mail.html).toContain('Ben from Acme has answered your case #42:');
    expect(mail.html).toContain('Case #42: Parcel arrived damaged');
    expect(mail.html).toContain('– Ben, Acme');
  });

  it('links the reply page as a button and the case page as "Not solved? Escalate", never to a POST target', () => {
    const found = links(renderCaseReplyMail(input()).html).map((m) => [m[1], m[2]]);
    expect(found).toContainEqual(['https://survey.example/c/tok/reply?a=1&amp;b=2', 'Reply']);
    expect(found).toContainEqual(['https://survey.example/c/tok', 'Not solved? Escalate']);
    expect(found).toContainEqual(['https://survey.example/c/tok', 'Your case page']);
    expect(found).toHaveLength(3);
    expect(renderCaseReplyMail(input()).html).not.toMatch(/<form|<script|<style/);
  });

  it('carries the same content and links in the plain-text part', () => {
    const { text } = renderCaseReplyMail(input());
    expect(text.startsWith('Hi Ada,\n')).toBe(true);
    expect(text).toContain(
      'Sorry about the parcel.\nA replacement is on its way.\n\nTracking follows tomorrow.\n',
    );
    expect(text).toContain('Reply: https://survey.example/c/tok/reply?a=1&b=2');
    expect(text).toContain('Not solved? Escalate: https://survey.example/c/tok');
    expect(text).toContain('Acme sent you this e-mail about your case #42.');
    expect(text).not.toContain('&amp;');
  });

  it('writes German for German customers', () => {
    const mail = renderCaseReplyMail(input({ language: 'de-AT', recipientName: null }));
    expect(mail.subject).toBe('[#42] Parcel arrived damaged');
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toContain('Ben von Acme hat auf Ihr Anliegen #42 geantwortet:');
    expect(mail.html).toContain('>Antworten</a>');
    expect(mail.html).toContain('>Nicht gelöst? Eskalieren</a>');
    expect(mail.text.startsWith('Guten Tag,\n')).toBe(true);
    expect(mail.text).toContain('Nicht gelöst? Eskalieren: https://survey.example/c/tok');
  });

  it('answers in the organization’s name when no agent is named', () => {
    const mail = renderCaseReplyMail(input({ agentName: '  ' }));
    expect(mail.text).toContain('Acme has answered your case #42:');
    expect(mail.text).toContain('– Acme\n');
  });

  it('escapes subject, reply, names and organization', () => {
    const mail = renderCaseReplyMail(
      input({
        caseSubject: `Broken ${EVIL}`,
        body: `Hello ${EVIL}\n<b>bold</b> & "quoted"`,
        agentName: `Ben ${EVIL}`,
        recipientName: `Ada ${EVIL}`,
        branding: { orgName: `Acme ${EVIL}`, brandColor: 'red;}</style><script>', logoUrl: null },
      }),
    );
    expect(mail.html).not.toContain(EVIL);
    expect(mail.html).not.toContain('<b>bold</b>');
    expect(mail.html).toContain(
      'Hello &lt;script&gt;alert(1)&lt;/script&gt;<br>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;',
    );
    expect(mail.html).toContain('Hi Ada &lt;script&gt;');
    expect(mail.html).toContain('<title>[#42] Broken &lt;script&gt;');
    // The subject and text part are not HTML: they keep the text as typed.
    expect(mail.subject).toBe(`[#42] Broken ${EVIL}`);
    expect(mail.text).toContain(`Hello ${EVIL}`);
  });
});
