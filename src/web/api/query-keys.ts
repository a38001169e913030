/**
 * Query keys. Everything that belongs to an organization sits under ['org', id] so switching
 * organizations can never show one organization's data under another's name.
 */
export const queryKeys = {
  me: ['me'] as const,
  instance: ['instance'] as const,
  invitation: (id: string) => ['invitation', id] as const,
  org: (organizationId: string) => ['org', organizationId] as const,
  organization: (organizationId: string) => ['org', organizationId, 'organization'] as const,
  members: (organizationId: string) => ['org', organizationId, 'members'] as const,
  invitations: (organizationId: string) => ['org', organizationId, 'invitations'] as const,
  apiKeys: (organizationId: string) => ['org', organizationId, 'api-keys'] as const,
  usage: (organizationId: string) => ['org', organizationId, 'usage'] as const,
  outbox: (organizationId: string) => ['org', organizationId, 'outbox'] as const,
  ssoProviders: (organizationId: string) => ['org', organizationId, 'sso-providers'] as const,
  webhooks: (organizationId: string) => ['org', organizationId, 'webhooks'] as const,
  webhookDeliveries: (organizationId: string, endpointId: string) =>
    ['org', organizationId, 'webhooks', endpointId, 'deliveries'] as const,
  alertRules: (organizationId: string) => ['org', organizationId, 'alert-rules'] as const,
  alertRuleDeliveries: (organizationId: string, ruleId: string) =>
    ['org', organizationId, 'alert-rules', ruleId, 'deliveries'] as const,
  contacts: (organizationId: string, filters: Record<string, string>) =>
    ['org', organizationId, 'contacts', 'list', filters] as const,
  contact: (organizationId: string, externalId: string) =>
    ['org', organizationId, 'contacts', 'one', externalId] as const,
  segments: (organizationId: string) => ['org', organizationId, 'contacts', 'segments'] as const,
  segmentContacts: (organizationId: string, segmentId: string) =>
    ['org', organizationId, 'contacts', 'segment', segmentId] as const,
  contactAttributes: (organizationId: string) => ['org', organizationId, 'contact-attributes'] as const,
  import: (organizationId: string, importId: string) => ['org', organizationId, 'imports', importId] as const,
  surveys: (organizationId: string) => ['org', organizationId, 'surveys', 'list'] as const,
  surveyStats: (organizationId: string) => ['org', organizationId, 'surveys', 'stats'] as const,
  survey: (organizationId: string, surveyId: string) =>
    ['org', organizationId, 'surveys', 'one', surveyId] as const,
  surveySends: (organizationId: string, surveyId: string) =>
    ['org', organizationId, 'surveys', 'one', surveyId, 'sends'] as const,
  surveyInvitations: (organizationId: string, surveyId: string, filters: Record<string, string>) =>
    ['org', organizationId, 'surveys', 'one', surveyId, 'invitations', filters] as const,
  sendOutcome: (organizationId: string, surveyId: string, sendId: string) =>
    ['org', organizationId, 'surveys', 'one', surveyId, 'sends', sendId, 'outcome'] as const,
  surveyDelivery: (organizationId: string, surveyId: string) =>
    ['org', organizationId, 'surveys', 'one', surveyId, 'delivery'] as const,
  responses: (organizationId: string, filters: Record<string, string>) =>
    ['org', organizationId, 'responses', filters] as const,
  metricsCompare: (organizationId: string, params: Record<string, string>) =>
    ['org', organizationId, 'metrics-compare', params] as const,
  loyalty: (organizationId: string, params: Record<string, string>) =>
    ['org', organizationId, 'loyalty', params] as const,
  feedback: (organizationId: string, filters: Record<string, string>) =>
    ['org', organizationId, 'feedback', filters] as const,
  cases: (organizationId: string, filters: Record<string, string>) =>
    ['org', organizationId, 'cases', 'list', filters] as const,
  case: (organizationId: string, caseId: string) => ['org', organizationId, 'cases', 'one', caseId] as const,
  caseReport: (organizationId: string, range: { from: string; to: string }) =>
    ['org', organizationId, 'cases', 'report', range] as const,
  themes: (organizationId: string, range: { from: string; to: string }) =>
    ['org', organizationId, 'themes', range] as const,
  sentimentModel: (organizationId: string) => ['org', organizationId, 'themes', 'sentiment-model'] as const,
  theme: (organizationId: string, themeId: string, range: { from: string; to: string }) =>
    ['org', organizationId, 'themes', 'one', themeId, range] as const,
  caseAssignees: (organizationId: string) => ['org', organizationId, 'cases', 'assignees'] as const,
  notifications: (organizationId: string) => ['org', organizationId, 'notifications'] as const,
  sendingSettings: (organizationId: string) => ['org', organizationId, 'sending-settings'] as const,
  workspaceSummary: (organizationId: string) => ['org', organizationId, 'workspace-summary'] as const,
  digestSubscription: (organizationId: string) => ['org', organizationId, 'digest-subscription'] as const,
  metrics: (organizationId: string, params: Record<string, string>) =>
    ['org', organizationId, 'metrics', params] as const,
  metricsFunnel: (organizationId: string, params: Record<string, string>) =>
    ['org', organizationId, 'metrics-funnel', params] as const,
  benchmarks: (organizationId: string, params?: Record<string, string>) =>
    params
      ? (['org', organizationId, 'benchmarks', params] as const)
      : (['org', organizationId, 'benchmarks'] as const),
  metricsSnapshot: (organizationId: string, params: Record<string, string>) =>
    ['org', organizationId, 'metrics-snapshot', params] as const,
};
