// The UI's current language as Svelte 5 state: every text that reads it re-renders when it changes.
import type { Locale } from './bindings/Locale';

export const LOCALES: readonly Locale[] = ['lt', 'lv', 'en'];

export const locale = $state<{ current: Locale }>({ current: 'en' });

export function setLocale(next: Locale): void {
  locale.current = next;
  document.documentElement.lang = next;
}
