import { useTranslation } from 'react-i18next';
import type { TDimension } from '../../shared/contracts/metrics.js';
import { useSurveys } from '../api/use-surveys.js';
import { formatLanguage } from '../lib/format.js';
import { channelName } from '../overview/feedback-labels.js';

/** Answering channels of survey answers, next to the feedback channels `channelName` knows. */
const SURVEY_CHANNELS = ['link', 'widget', 'api'] as const;
type SurveyChannel = (typeof SURVEY_CHANNELS)[number];
const isSurveyChannel = (key: string): key is SurveyChannel =>
  (SURVEY_CHANNELS as readonly string[]).includes(key);

/** How a dimension's value is shown: survey ids as survey names, language codes as names, '' as "unknown". */
export function useDimensionLabel(dimension: TDimension): (key: string) => string {
  const { t } = useTranslation();
  const surveys = useSurveys();
  return (key: string) => {
    if (key === '') return t('analytics.filters.unknown');
    if (dimension === 'survey') return surveys.data?.items.find((s) => s.id === key)?.name ?? key;
    if (dimension === 'language') return formatLanguage(key);
    if (dimension === 'channel')
      return isSurveyChannel(key) ? t(`analytics.channels.${key}`) : channelName(key);
    return key;
  };
}
