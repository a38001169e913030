import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, isLanguage } from '../i18n/i18n.js';

export interface LanguageSwitchProps {
  size?: 'xs' | 'sm';
  fullWidth?: boolean;
}

/** German / English for the whole dashboard; remembered in this browser. */
export function LanguageSwitch({ size = 'xs', fullWidth = false }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      data-testid="language-switch"
      aria-label={t('language.label')}
      size={size}
      fullWidth={fullWidth}
      value={currentLanguage()}
      onChange={(value) => {
        if (isLanguage(value)) void changeLanguage(value);
      }}
      data={[
        {
          value: 'de',
          label: (
            <span data-testid="language-de" lang="de">
              {t('language.de')}
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span data-testid="language-en" lang="en">
              {t('language.en')}
            </span>
          ),
        },
      ]}
    />
  );
}
