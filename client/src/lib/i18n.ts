import { domainLabelResources, VALIDATION_MESSAGES, type Language } from '@lagesbild/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import sv from '../locales/sv.json';

export const LANGUAGES: readonly Language[] = ['sv', 'en'];
const STORAGE_KEY = 'lagesbild.language';

// Validation texts and the glossary's labels (staffing, unit kinds, organisation kinds, roles, …)
// live once in shared/ so the server's 400s and documents and the client's screens agree; they are
// folded into each language here (`validation.*`, `staffing.*`, `unitKind.*`, `roles.*`, …) rather
// than copied into the locale files.
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
        sv: { translation: { ...sv, ...domainLabelResources('sv'), validation: validationResources('sv') } },
        en: { translation: { ...en, ...domainLabelResources('en'), validation: validationResources('en') } },
      },
    });
    i18next.on('languageChanged', (lng) => {
      if (typeof document !== 'undefined') document.documentElement.lang = lng;
    });
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  }
  return i18next;
}
