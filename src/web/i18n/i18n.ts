import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/contracts/common.js';
import type { Messages } from './en.js';

const STORAGE_KEY = 'resonance.language';

/** The contract's languages (kept as a literal so the zod runtime stays out of the first bundle). */
const LANGUAGES = ['en', 'de'] as const satisfies readonly Language[];

/** Each language's texts in a chunk of its own: a visitor downloads only the one shown. */
const DICTIONARIES: Record<Language, () => Promise<Messages>> = {
  en: async () => (await import('./en.js')).en,
  de: async () => (await import('./de.js')).de,
};

async function loadLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation'))
    i18next.addResourceBundle(language, 'translation', await DICTIONARIES[language]());
}

export function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value);
}

/** The stored choice, else the browser's preference (German for any `de-*`), else English. */
export function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be blocked (privacy modes); fall back to the browser language.
  }
  const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted; the switch still applies to this tab.
  }
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

export async function setupI18n(): Promise<void> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    // Both languages have the same keys (messages.test.ts), so the shown one needs no fallback.
    resources: { [language]: { translation: await DICTIONARIES[language]() } },
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
}
