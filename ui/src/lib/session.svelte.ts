// What the whole app knows once started: the settings, the LAG's organisation, the database facts
// and the active strategy, the one every page works on (chosen on the Strategy page).
import type { AppInfo } from './bindings/AppInfo';
import type { Locale } from './bindings/Locale';
import type { Organisation } from './bindings/Organisation';
import type { Settings } from './bindings/Settings';
import { getAppInfo, getOrganisation, getSettings, listStrategies, saveSettings } from './ipc';
import { locale, setLocale } from './locale.svelte';

export const session = $state<{
  settings: Settings;
  organisation: Organisation | null;
  info: AppInfo | null;
  /** The active strategy's id; null while the database has none. */
  strategyId: string | null;
}>({
  settings: { language: 'en', coordinatorName: '' },
  organisation: null,
  info: null,
  strategyId: null,
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

/** Makes sure the active strategy still exists: keeps it if so, else takes the first one (or none). */
export async function resolveActiveStrategy(): Promise<string | null> {
  const summaries = await listStrategies();
  const active = summaries.find((summary) => summary.id === session.strategyId) ?? summaries[0] ?? null;
  session.strategyId = active?.id ?? null;
  return session.strategyId;
}

/**
 * Reads the whole session from the database again, as at start: the settings (switching to their
 * language), the database facts, the organisation and, once a strategy exists, the active one.
 * After a restore the pages read the restored data. Throws what the first failing command threw.
 */
export async function reloadSession(): Promise<AppInfo> {
  session.settings = await getSettings();
  setLocale(session.settings.language);
  const [info, organisation] = await Promise.all([getAppInfo(), getOrganisation()]);
  session.info = info;
  session.organisation = organisation;
  if (info.isEmpty) session.strategyId = null;
  else await resolveActiveStrategy();
  return info;
}
