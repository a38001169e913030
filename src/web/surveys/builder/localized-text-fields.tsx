import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/contracts/survey-model.js';
import { formatLanguage } from '../../lib/format.js';
import type { FieldErrors } from './builder-errors.js';

/** The contract's longest text (SURVEY_LIMITS.promptLength). */
const MAX_LENGTH = 500;

export interface LocalizedTextFieldsProps {
  /** What the text is ("Question text"); each field adds its language. */
  label: string;
  text: LocalizedText | undefined;
  languages: readonly string[];
  /** The text's path in the definition, e.g. "questions.0.prompt"; errors are keyed `<path>.<language>`. */
  path: string;
  errors: FieldErrors;
  onChange: (language: string, value: string, errorKey: string) => void;
  multiline?: boolean;
  autoFocus?: boolean;
  'data-testid': string;
}

/** One text in every language of the survey, side by side (stacked on phones). */
export function LocalizedTextFields({
  label,
  text,
  languages,
  path,
  errors,
  onChange,
  multiline = false,
  autoFocus = false,
  'data-testid': testId,
}: LocalizedTextFieldsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid
      cols={{ base: 1, sm: Math.min(Math.max(languages.length, 1), 3) }}
      spacing="sm"
      verticalSpacing="xs"
    >
      {languages.map((language, index) => {
        const key = `${path}.${language}`;
        const props = {
          label: t('builder.inLanguage', { field: label, language: formatLanguage(language) }),
          lang: language,
          value: text?.[language] ?? '',
          error: errors[key],
          maxLength: MAX_LENGTH,
          autoFocus: autoFocus && index === 0,
          'data-testid': `${testId}-${language}`,
        };
        return multiline ? (
          <Textarea
            key={language}
            autosize
            minRows={1}
            maxRows={6}
            onChange={(e) => onChange(language, e.currentTarget.value, key)}
            {...props}
          />
        ) : (
          <TextInput
            key={language}
            onChange={(e) => onChange(language, e.currentTarget.value, key)}
            {...props}
          />
        );
      })}
    </SimpleGrid>
  );
}
