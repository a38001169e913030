import { ActionIcon, Badge, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SENTIMENT_LABELS, type TTextAnalysis } from '../../shared/contracts/text-analysis.js';
import { can } from '../../shared/roles.js';
import { useTagVerdict, type TagVerdictChange } from '../api/use-tag-verdict.js';
import { formatDateTime } from '../lib/format.js';
import { useSession } from '../session/session-context.js';
import { analysisMarks } from './analysis-marks.js';
import { HighlightedComment } from './highlighted-comment.js';
import './analysis-tags.css';

type Label = (typeof SENTIMENT_LABELS)[number];
type Theme = TTextAnalysis['themes'][number];

const LABEL_COLOR: Record<Label, string> = { positive: 'teal', neutral: 'gray', negative: 'red' };

/** The analysis as it reads once `change` is applied: what the screen shows before the server answers. */
function applied(analysis: TTextAnalysis, change: TagVerdictChange): TTextAnalysis {
  const at = new Date().toISOString();
  if (change.tag === 'theme')
    return {
      ...analysis,
      themes: analysis.themes.map((t) =>
        t.id !== change.themeId
          ? t
          : { ...t, verdict: change.verdict === null ? null : { value: change.verdict, by: null, at } },
      ),
    };
  const analyserLabel = analysis.sentiment.analyserLabel;
  const label = change.label ?? analyserLabel;
  return {
    ...analysis,
    sentiment: {
      ...analysis.sentiment,
      label,
      verdict:
        change.verdict === null && !change.label
          ? null
          : { value: label === analyserLabel ? 'agree' : label, by: null, at },
    },
  };
}

/**
 * An analysed comment: its words that decided the labels marked, and below it the theme chips (in
 * the reader's language) and the sentiment label, each with one-click agree ✓ / disagree ✗ for
 * those who work feedback. A verdict shows at once and is rolled back if the server refuses it; a
 * disagreed theme is struck through with "undo" and its words are no longer marked.
 */
export function TaggedComment({
  itemId,
  text,
  analysis,
  lang,
  testId,
  fz = 'sm',
}: {
  itemId: string;
  text: string;
  analysis: TTextAnalysis;
  lang?: string | undefined;
  /** On the comment itself, so a test reads the comment's text without the tags. */
  testId?: string;
  fz?: 'sm' | 'md';
}) {
  const [shown, setShown] = useShownAnalysis(analysis);
  const marks = useJudgedMarks(shown);
  return (
    <Stack gap={6}>
      <Text component="div" fz={fz} lang={lang} className="answer-comment" data-testid={testId}>
        <HighlightedComment text={text} marks={marks} />
      </Text>
      <AnalysisTags itemId={itemId} analysis={shown} onChange={setShown} />
    </Stack>
  );
}

/**
 * The analysis to show: the server's, or the verdict just given while the server has not answered.
 * A fresh answer from the server (a list refetched after a verdict) replaces it.
 */
export function useShownAnalysis<A extends TTextAnalysis | null>(analysis: A) {
  const state = useState<A>(analysis);
  const [, setShown] = state;
  useEffect(() => setShown(analysis), [analysis, setShown]);
  return state;
}

/** A theme's name in the reader's language as the API gives it (an own theme as the organization named it). */
const nameIn = (analysis: TTextAnalysis, id: string, reader: 'en' | 'de') =>
  analysis.themes.find((t) => t.id === id)?.names[reader];

/** The words to mark, theme names in the reader's language; a disagreed theme's words are not marked. */
export function useJudgedMarks(analysis: TTextAnalysis | null) {
  const { i18n } = useTranslation();
  const reader = i18n.language.startsWith('de') ? 'de' : 'en';
  if (!analysis) return [];
  const counted = { ...analysis, themes: analysis.themes.filter((t) => t.verdict?.value !== 'disagree') };
  return analysisMarks(counted, (id, fallback) => nameIn(counted, id, reader) ?? fallback);
}

/** The tags of one analysed comment with their verdicts; `onChange` gets every state to show. */
export function AnalysisTags({
  itemId,
  analysis,
  onChange,
}: {
  itemId: string;
  analysis: TTextAnalysis;
  onChange: (next: TTextAnalysis) => void;
}) {
  const { t, i18n } = useTranslation();
  const { role } = useSession();
  const mayJudge = can(role, 'cases.work');
  const verdict = useTagVerdict();
  const [failed, setFailed] = useState(false);
  const reader = i18n.language.startsWith('de') ? 'de' : 'en';
  const nameOf = (theme: Theme) => theme.names[reader] || theme.name;

  const judge = (change: TagVerdictChange) => {
    const before = analysis;
    setFailed(false);
    onChange(applied(analysis, change));
    verdict.mutate(change, {
      onSuccess: (next) => onChange(next),
      onError: () => {
        onChange(before);
        setFailed(true);
      },
    });
  };

  const s = analysis.sentiment;
  const sentimentName = t(`textTags.labels.${s.label}`);
  const sentimentTag = t('textTags.sentimentTag', { label: sentimentName });
  const corrected = s.label !== s.analyserLabel;
  const byline = (v: { by: { name: string } | null; at: string } | null) =>
    v?.by ? t('textTags.by', { name: v.by.name, time: formatDateTime(v.at) }) : undefined;

  return (
    <Stack gap={4} className="analysis-tags" aria-label={t('textTags.label')} role="group">
      <Group gap={6} wrap="wrap" data-testid="analysis-tags">
        <Group gap={2} wrap="wrap" className="tag-chip" data-testid="sentiment-tag" data-label={s.label}>
          <Badge
            className="tag-badge"
            variant="light"
            color={LABEL_COLOR[s.label]}
            c={`${LABEL_COLOR[s.label]}.9`}
            radius="sm"
            tt="none"
            title={byline(s.verdict)}
          >
            {sentimentName}
          </Badge>
          {corrected ? (
            <>
              <Text fz="xs" c="dimmed" component="span">
                {t('textTags.corrected', { label: t(`textTags.labels.${s.analyserLabel}`) })}
              </Text>
              {mayJudge ? (
                <UndoButton
                  name={sentimentTag}
                  onClick={() => judge({ itemId, tag: 'sentiment', verdict: null })}
                />
              ) : null}
            </>
          ) : mayJudge ? (
            <>
              <VerdictButton
                kind="agree"
                pressed={s.verdict?.value === 'agree'}
                label={t('textTags.agree', { tag: sentimentTag })}
                onClick={() =>
                  judge({ itemId, tag: 'sentiment', verdict: s.verdict?.value === 'agree' ? null : 'agree' })
                }
              />
              <Menu position="bottom-start" withinPortal>
                <Menu.Target>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="gray"
                    aria-label={t('textTags.correct', { tag: sentimentTag })}
                    data-testid="sentiment-correct"
                  >
                    <IconX size={14} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  {SENTIMENT_LABELS.filter((l) => l !== s.label).map((l) => (
                    <Menu.Item
                      key={l}
                      onClick={() => judge({ itemId, tag: 'sentiment', verdict: null, label: l })}
                    >
                      {t('textTags.correctTo', { label: t(`textTags.labels.${l}`) })}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            </>
          ) : null}
        </Group>
        {analysis.themes.map((theme) => {
          const name = nameOf(theme);
          const value = theme.verdict?.value ?? null;
          return (
            <Group
              key={theme.id}
              gap={2}
              wrap="wrap"
              className="tag-chip"
              data-testid="theme-tag"
              data-theme={theme.id}
              data-verdict={value ?? undefined}
            >
              <Badge
                className="tag-badge"
                variant={value === 'disagree' ? 'outline' : 'light'}
                color={value === 'disagree' ? 'gray' : 'blue'}
                c={value === 'disagree' ? 'dark.4' : 'blue.9'}
                radius="sm"
                tt="none"
                title={value === 'disagree' ? t('textTags.disagreed') : byline(theme.verdict)}
              >
                {value === 'disagree' ? <s>{name}</s> : name}
              </Badge>
              {!mayJudge ? null : value === 'disagree' ? (
                <UndoButton
                  name={name}
                  onClick={() => judge({ itemId, tag: 'theme', themeId: theme.id, verdict: null })}
                />
              ) : (
                <>
                  <VerdictButton
                    kind="agree"
                    pressed={value === 'agree'}
                    label={t('textTags.agree', { tag: name })}
                    onClick={() =>
                      judge({
                        itemId,
                        tag: 'theme',
                        themeId: theme.id,
                        verdict: value === 'agree' ? null : 'agree',
                      })
                    }
                  />
                  <VerdictButton
                    kind="disagree"
                    pressed={false}
                    label={t('textTags.disagree', { tag: name })}
                    onClick={() => judge({ itemId, tag: 'theme', themeId: theme.id, verdict: 'disagree' })}
                  />
                </>
              )}
            </Group>
          );
        })}
      </Group>
      {failed ? (
        <Text fz="xs" c="red.8" role="alert">
          {t('textTags.failed')}
        </Text>
      ) : null}
    </Stack>
  );
}

function VerdictButton({
  kind,
  pressed,
  label,
  onClick,
}: {
  kind: 'agree' | 'disagree';
  pressed: boolean;
  label: string;
  onClick: () => void;
}) {
  return (
    <ActionIcon
      size="sm"
      variant={pressed ? 'filled' : 'subtle'}
      color={kind === 'agree' ? 'teal.8' : 'gray'}
      aria-label={label}
      aria-pressed={pressed}
      onClick={onClick}
    >
      {kind === 'agree' ? <IconCheck size={14} aria-hidden /> : <IconX size={14} aria-hidden />}
    </ActionIcon>
  );
}

function UndoButton({ name, onClick }: { name: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      className="tag-undo"
      aria-label={t('textTags.undoNamed', { tag: name })}
      onClick={onClick}
    >
      {t('textTags.undo')}
    </UnstyledButton>
  );
}
