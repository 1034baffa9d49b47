import { browser } from 'wxt/browser';

/** The browser UI language as a BCP 47 tag (`@@ui_locale` is `en_US` style). */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language || 'en';
  } catch {
    return navigator.language || 'en';
  }
}
