// The UI texts in Vietnamese (the default) and English, from /i18n/{lang}.json; the choice is
// remembered in localStorage. API texts come as {vi, en} objects and are picked with tr().

const STORAGE_KEY = 'edudx.lang';
export const LANGUAGES = ['vi', 'en'];
let current = 'vi';
let messages = {};

export function storedLanguage() {
  try {
    const l = window.localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.includes(l) ? l : 'vi';
  } catch (e) {
    return 'vi';
  }
}

export async function useLanguage(lang) {
  const l = LANGUAGES.includes(lang) ? lang : 'vi';
  const response = await fetch(`/i18n/${l}.json`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`i18n ${l}: ${response.status}`);
  messages = await response.json();
  current = l;
  document.documentElement.lang = l;
  try {
    window.localStorage.setItem(STORAGE_KEY, l);
  } catch (e) {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
}

export function language() {
  return current;
}

/** The UI text of a key, with {name} placeholders filled in. */
export function t(key, params = {}) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/** The text of a {vi, en} object from the API in the current language. */
export function tr(localized) {
  if (localized === null || localized === undefined) return '';
  if (typeof localized === 'string') return localized;
  return localized[current] ?? localized.vi ?? '';
}

export function number(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return t('common.none');
  return new Intl.NumberFormat(current === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(Number(value));
}

export function levelName(code) {
  return code ? t(`level.${code}`) : t('ranking.level.all');
}
