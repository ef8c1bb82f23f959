// What the whole app knows once started: the settings, the LAG's organisation and the database facts.
import type { AppInfo } from './bindings/AppInfo';
import type { Locale } from './bindings/Locale';
import type { Organisation } from './bindings/Organisation';
import type { Settings } from './bindings/Settings';
import { saveSettings } from './ipc';
import { locale, setLocale } from './locale.svelte';

export const session = $state<{
  settings: Settings;
  organisation: Organisation | null;
  info: AppInfo | null;
}>({
  settings: { language: 'en', coordinatorName: '' },
  organisation: null,
  info: null,
});

/** Switches the whole UI to `language` at once and saves the choice; switches back if saving fails. */
export async function changeLanguage(language: Locale): Promise<void> {
  const previous = locale.current;
  setLocale(language);
  try {
    session.settings = await saveSettings({ ...session.settings, language });
  } catch (reason) {
    setLocale(previous);
    throw reason;
  }
}
