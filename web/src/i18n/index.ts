import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, NAMESPACES, type Language } from './resources';

const STORAGE_KEY = 'rh.lang';

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(v ?? '') ? (v as Language) : 'ja';
  } catch {
    return 'ja';
  }
}

function resources() {
  const out: Record<Language, Record<string, Record<string, string>>> = { ja: {}, en: {} };
  for (const [ns, m] of Object.entries(NAMESPACES)) {
    out.ja[ns] = m.ja;
    out.en[ns] = m.en;
  }
  return out;
}

/** Japanese by default; the choice is remembered in this browser. */
export async function initI18n(): Promise<typeof i18next> {
  const lng = storedLanguage();
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'ja',
    ns: Object.keys(NAMESPACES),
    defaultNS: 'common',
    resources: resources(),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}

export async function setLanguage(lng: Language): Promise<void> {
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

export function currentLanguage(): Language {
  return (i18next.language as Language) ?? 'ja';
}
