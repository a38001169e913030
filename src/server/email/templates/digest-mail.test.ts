import { describe, expect, it } from 'vitest';
import { renderDigestMail, type DigestMailInput, type DigestMetricRow } from './digest-mail.js';

const EVIL = '<script>alert(1)</script>';

const nps: DigestMetricRow = {
  metric: 'nps',
  week: { n: 120, score: 32.5, ci: { low: 18.04, high: 45.2 } },
  baseline: { n: 480, score: 28, ci: { low: 21, high: 34.9 } },
  change: { difference: 4.5, ci: { low: -9.95, high: 18.3 }, pValue: 0.4, mark: 'none' },
};
const csat: DigestMetricRow = {
  metric: 'csat',
  week: { n: 60, score: 75, ci: { low: 62.8, high: 84.2 } },
  baseline: { n: 200, score: 62, ci: { low: 55.1, high: 68.4 } },
  change: { difference: 13, ci: { low: 0.4, high: 24.6 }, pValue: 0.004, mark: 'up' },
};
const ces: DigestMetricRow = {
  metric: 'ces',
  week: { n: 12, score: 50, ci: { low: 25.4, high: 74.6 } },
  baseline: { n: 0, score: null, ci: null },
  change: null,
};

const input = (over: Partial<DigestMailInput> = {}): DigestMailInput => ({
  language: 'en',
  orgName: 'Acme',
  recipientName: 'Ada',
  week: { key: '2026-W45', from: '2026-11-02', to: '2026-11-09' },
  baseline: { from: '2026-10-05', to: '2026-11-02', weeks: 4 },
  metrics: [nps, csat, ces],
  groupChanges: [],
  comparisons: 2,
  fdr: 0.05,
  thinBelow: 30,
  npsDrop: null,
  npsDetectable: 28.44,
  invitations: { sent: 200, answered: 46 },
  dashboardUrl: 'https://r.example/?from=2026-11-02&to=2026-11-09',
  settingsUrl: 'https://r.example/settings/organization',
  ...over,
});

const links = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);

describe('renderDigestMail', () => {
  it('shows each metric with n and its 95 % interval, the baseline, and the change with its interval and mark', () => {
    const { text, subject } = renderDigestMail(input());
    expect(subject).toBe('Acme: weekly digest, week 45/2026 – 192 answers');
    expect(text).toContain(
      'Here is how Acme’s customers answered in week 45/2026 (2 Nov – 8 Nov 2026), compared with the 4 weeks before (5 Oct – 1 Nov 2026).',
    );
    expect(text).toContain(
      'NPS – not significant\n  This week: 32.5 (95% CI 18.0 to 45.2; n = 120)\n  Previous 4 weeks: 28.0 (n = 480)\n  Change: +4.5 points (95% CI -10.0 to +18.3)',
    );
    expect(text).toContain(
      'CSAT – % satisfied (4–5) – significant rise\n  This week: 75.0% (95% CI 62.8% to 84.2%; n = 60)',
    );
    expect(text).toContain('Change: +13.0 percentage points (95% CI +0.4 to +24.6)');
    // No baseline answers: no change and no mark rather than a made-up comparison.
    expect(text).toContain(
      'CES – % agreeing it was easy (5–7)\n  This week: 50.0% (95% CI 25.4% to 74.6%; n = 12)\n  Previous 4 weeks: no answers\n\n',
    );
    expect(text).toContain('E-mail invitations sent this week: 200; answered so far: 46 (23.0%).');
  });

  it('lists what changed significantly and explains the false-discovery control', () => {
    const { text, html } = renderDigestMail(input());
    expect(text).toContain(
      'What changed significantly\n- CSAT rose by 13.0 percentage points (95% CI +0.4 to +24.6).\n',
    );
    expect(text).toContain('at a 5% false-discovery rate across the 2 comparisons in this mail');
    expect(html).toContain('<li style="margin:0 0 6px">CSAT rose by 13.0 percentage points');
    expect(text).not.toContain('could not be told apart');
  });

  it('says plainly when nothing changed, with the smallest change the answers could have shown', () => {
    const quiet = { ...csat, change: { ...csat.change, mark: 'none' } } as DigestMetricRow;
    const { text } = renderDigestMail(input({ metrics: [nps, quiet, ces] }));
    expect(text).toContain('Nothing changed significantly compared with the previous 4 weeks.');
    expect(text).toContain(
      'an NPS change smaller than about 28.4 points could not be told apart from chance',
    );
    expect(text).not.toMatch(/rose|fell/);
  });

  it('does not call a thin week either way', () => {
    const thin = {
      ...nps,
      week: { n: 9, score: -20, ci: { low: -60, high: 30 } },
      change: { difference: -48, ci: { low: -90, high: -5 }, pValue: 0.03, mark: 'too-few' },
    } as DigestMetricRow;
    const { text } = renderDigestMail(input({ metrics: [thin], comparisons: 0, npsDetectable: null }));
    expect(text).toContain('NPS – too few answers to tell (under 30)');
    expect(text).toContain('Too few answers to call any change');
    expect(text).not.toContain('fell');
    expect(text).not.toContain('false-discovery');
  });

  it('names significant segment and channel changes and the material NPS drop', () => {
    const down = {
      ...nps,
      change: { difference: -14, ci: { low: -24, high: -4 }, pValue: 0.001, mark: 'down' },
    } as DigestMetricRow;
    const { text } = renderDigestMail(
      input({
        metrics: [down],
        npsDrop: 'material-drop',
        npsDetectable: null,
        groupChanges: [
          {
            metric: 'nps',
            dimension: 'segment',
            key: 'Enterprise',
            week: { n: 40, score: 10, ci: null },
            baseline: { n: 160, score: 40, ci: null },
            change: { difference: -30, ci: { low: -48, high: -12 }, pValue: 0.001, mark: 'down' },
          },
          {
            metric: 'csat',
            dimension: 'channel',
            key: '',
            week: { n: 35, score: 90, ci: null },
            baseline: { n: 90, score: 70, ci: null },
            change: { difference: 20, ci: { low: 5, high: 32 }, pValue: 0.01, mark: 'up' },
          },
        ],
      }),
    );
    expect(text).toContain('- NPS fell by 14.0 points (95% CI -24.0 to -4.0).');
    expect(text).toContain('- NPS fell by 10 points or more and the fall is significant: a material drop.');
    expect(text).toContain(
      '- Segment “Enterprise”: NPS 40.0 → 10.0 (-30.0 points; 95% CI -48.0 to -12.0; n = 40 vs 160).',
    );
    expect(text).toContain('- Channel “(none)”: CSAT 70.0% → 90.0% (+20.0 percentage points;');
  });

  it('writes German with German number and date formats', () => {
    const { text, subject, html } = renderDigestMail(input({ language: 'de' }));
    expect(subject).toBe('Acme: Wochenbericht KW 45/2026 – 192 Antworten');
    expect(html).toContain('<html lang="de">');
    expect(text.startsWith('Hallo Ada,\n')).toBe(true);
    expect(text).toContain('in der KW 45/2026 (2.11. – 8.11.2026)');
    expect(text).toContain('Diese Woche: 32,5 (95-%-KI 18,0 bis 45,2; n = 120)');
    expect(text).toContain('CSAT ist um 13,0 Prozentpunkte gestiegen');
    expect(text).toContain(
      'Diese Woche im Dashboard öffnen: https://r.example/?from=2026-11-02&to=2026-11-09',
    );
  });

  it('links the dashboard week and the settings in both parts', () => {
    const { text, html } = renderDigestMail(input());
    expect(links(html)).toEqual([
      'https://r.example/?from=2026-11-02&amp;to=2026-11-09',
      'https://r.example/settings/organization',
    ]);
    expect(text).toContain(
      'Open this week in the dashboard: https://r.example/?from=2026-11-02&to=2026-11-09',
    );
    expect(text).toContain('Turn it off: https://r.example/settings/organization');
  });

  it('words week ranges across a year boundary', () => {
    const week = { key: '2026-W01', from: '2025-12-29', to: '2026-01-05' };
    expect(renderDigestMail(input({ week })).text).toContain('week 1/2026 (29 Dec 2025 – 4 Jan 2026)');
    expect(renderDigestMail(input({ week, language: 'de' })).text).toContain(
      'KW 1/2026 (29.12.2025 – 4.1.2026)',
    );
  });

  it('writes a short mail for a week without answers', () => {
    const none = (m: DigestMetricRow): DigestMetricRow => ({
      ...m,
      week: { n: 0, score: null, ci: null },
      change: null,
    });
    const { text, subject } = renderDigestMail(
      input({ metrics: [none(nps), none(csat), none(ces)], comparisons: 0, invitations: null }),
    );
    expect(subject).toBe('Acme: weekly digest, week 45/2026 – no answers');
    expect(text).toContain('No answers came in for Acme in week 45/2026 (2 Nov – 8 Nov 2026).');
    expect(text).not.toContain('What changed');
    expect(text).not.toContain('NPS');
  });

  it('escapes the organization, recipient and group names and keeps the subject on one line', () => {
    const { html, subject } = renderDigestMail(
      input({
        orgName: `Acme ${EVIL}\nLtd`,
        recipientName: `Ada ${EVIL}`,
        groupChanges: [
          {
            metric: 'nps',
            dimension: 'segment',
            key: `Big ${EVIL}`,
            week: { n: 40, score: 10, ci: null },
            baseline: { n: 160, score: 40, ci: null },
            change: { difference: -30, ci: { low: -48, high: -12 }, pValue: 0.001, mark: 'down' },
          },
        ],
      }),
    );
    expect(html).not.toContain(EVIL);
    expect(html).toContain('Acme &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Hi Ada &lt;script&gt;');
    expect(html).toContain('Segment “Big &lt;script&gt;');
    expect(subject).not.toMatch(/[\r\n]/);
  });
});
