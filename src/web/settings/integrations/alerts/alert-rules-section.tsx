import { Button, EmptyState, Group, Paper } from '@mantine/core';
import { IconBellRinging, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAlertRule } from '../../../../shared/contracts/alerts.js';
import { useAlertRules } from '../../../api/use-alert-rules.js';
import { useSurveys } from '../../../api/use-surveys.js';
import { useWebhookEndpoints } from '../../../api/use-webhook-endpoints.js';
import { QueryFallback } from '../../../components/query-fallback.js';
import { SettingsSection } from '../../settings-section.js';
import { AlertRuleCard } from './alert-rule-card.js';
import { AlertRuleForm } from './alert-rule-form.js';
import { DeleteAlertRuleModal } from './delete-alert-rule-modal.js';

/** Settings → Integrations, the alert rules: which events reach which people, where and in which language. */
export function AlertRulesSection() {
  const { t } = useTranslation();
  const rules = useAlertRules();
  const endpoints = useWebhookEndpoints();
  const surveys = useSurveys();
  // 'new' while a rule is being added, a rule id while one is edited.
  const [editing, setEditing] = useState<string | null>(null);
  const [openLogs, setOpenLogs] = useState<ReadonlySet<string>>(new Set());
  const [deleting, setDeleting] = useState<TAlertRule | null>(null);
  const surveyNames = new Map((surveys.data?.items ?? []).map((s) => [s.id, s.name]));

  const toggleLog = (id: string) =>
    setOpenLogs((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <SettingsSection
      title={t('alerts.title')}
      description={t('alerts.intro')}
      data-testid="integrations-alerts"
    >
      {editing === null ? (
        <Group>
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing('new')}
            data-testid="alert-add"
          >
            {t('alerts.add')}
          </Button>
        </Group>
      ) : null}
      {editing === 'new' ? (
        <Paper withBorder p="md">
          <AlertRuleForm rule={null} onDone={() => setEditing(null)} />
        </Paper>
      ) : null}
      {!rules.isSuccess ? (
        <QueryFallback query={rules} />
      ) : rules.data.length === 0 && editing !== 'new' ? (
        <Paper withBorder p="xl" data-testid="alert-rules-empty">
          <EmptyState
            icon={<IconBellRinging size={26} stroke={1.5} aria-hidden />}
            variant="light"
            title={t('alerts.empty.title')}
            description={t('alerts.empty.text')}
            mx="auto"
          />
        </Paper>
      ) : (
        rules.data.map((rule) =>
          editing === rule.id ? (
            <Paper key={rule.id} withBorder p="md">
              <AlertRuleForm rule={rule} onDone={() => setEditing(null)} />
            </Paper>
          ) : (
            <AlertRuleCard
              key={rule.id}
              rule={rule}
              endpoints={endpoints.data ?? []}
              surveyNames={surveyNames}
              isLogOpen={openLogs.has(rule.id)}
              onToggleLog={() => toggleLog(rule.id)}
              onEdit={() => setEditing(rule.id)}
              onDelete={() => setDeleting(rule)}
            />
          ),
        )
      )}
      <DeleteAlertRuleModal rule={deleting} onClose={() => setDeleting(null)} />
    </SettingsSection>
  );
}
