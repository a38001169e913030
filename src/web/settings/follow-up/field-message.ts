import i18next from 'i18next';

/** The contract's scales of the rule thresholds, for the translated message. */
const SCALES: Record<string, [number, number]> = {
  nps: [0, 10],
  csat: [1, 5],
  ces: [1, 7],
  rating: [0, 100],
};

/**
 * A translated message for a refused field, by what the field is (the API's own messages are
 * English). `path` is the field as the API names it without `body.`.
 */
export function fieldMessage(path: string): string {
  const t = i18next.t.bind(i18next);
  const threshold = /\.thresholds\.(\w+)$/.exec(path);
  if (threshold) {
    const [min, max] = SCALES[threshold[1] ?? ''] ?? [0, 100];
    return t('followUp.errors.threshold', { min, max });
  }
  if (/^rules\.\d+\.metrics/.test(path)) return t('followUp.errors.metrics');
  if (/^rules\.\d+\.(name|topic|id)$/.test(path) || /^rules\.\d+\.(segments|touchpoints)/.test(path))
    return t('followUp.errors.text', { max: /topic/.test(path) ? 60 : 80 });
  if (/^rules\.\d+\.teamId$/.test(path) || path === 'defaultTeamId') return t('followUp.errors.team');
  if (/^rules\.\d+\.minRevenue$/.test(path) || path === 'highValueRevenue') return t('followUp.errors.money');
  if (/^sla\.targets\.\d+$/.test(path)) return t('followUp.errors.duplicateTarget');
  if (/^sla\.targets\.\d+\.\w+Minutes$/.test(path)) return t('followUp.errors.minutes');
  if (path === 'sla.warnAt') return t('followUp.errors.warnAt');
  if (path.startsWith('sla.escalateAfterMinutes')) return t('followUp.errors.escalation');
  if (/^(rootCauses|actions)/.test(path)) return t('followUp.errors.closingList');
  if (path === 'recovery.surveyId') return t('followUp.errors.recoverySurvey');
  if (path === 'recovery.delayDays') return t('followUp.errors.recoveryDelay');
  if (path === 'name') return t('followUp.errors.text', { max: 80 });
  if (path.startsWith('memberIds')) return t('followUp.errors.person');
  if (path === 'leadUserId') return t('followUp.errors.lead');
  if (path === 'calendar.timeZone') return t('followUp.errors.timeZone');
  if (path.startsWith('calendar.week')) return t('followUp.errors.interval');
  if (path.startsWith('calendar.holidays')) return t('followUp.errors.date');
  return t('followUp.errors.invalid');
}

/** Every message of a map translated by its field. */
export function translateErrors(errors: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.keys(errors).map((k) => [k, fieldMessage(k)]));
}
