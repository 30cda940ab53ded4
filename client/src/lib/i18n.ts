import { VALIDATION_MESSAGES, type Language } from '@lagesbild/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import sv from '../locales/sv.json';

export const LANGUAGES: readonly Language[] = ['sv', 'en'];
const STORAGE_KEY = 'lagesbild.language';

// Validation texts live once in shared/ so the server's 400 and the form's inline errors agree;
// they are folded into the `validation` key of each language here rather than copied.
function validationResources(language: Language): Record<string, string> {
  const entries = Object.entries(VALIDATION_MESSAGES).map(([key, text]) => [key.replace(/^validation\./, ''), text[language]]);
  return Object.fromEntries(entries) as Record<string, string>;
}

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'sv';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
  await i18next.changeLanguage(language);
}

export function initI18n(language: Language = storedLanguage()): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: 'sv',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      resources: {
        sv: { translation: { ...sv, validation: validationResources('sv') } },
        en: { translation: { ...en, validation: validationResources('en') } },
      },
    });
    i18next.on('languageChanged', (lng) => {
      if (typeof document !== 'undefined') document.documentElement.lang = lng;
    });
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  }
  return i18next;
}
