// How the cooperation pages say a project's period and its partners' countries (ISO 3166
// two-letter codes, named in the UI's language).
import type { Cooperation } from '../../lib/bindings/Cooperation';
import type { Locale } from '../../lib/bindings/Locale';
import { date, t } from '../../lib/i18n';

/** The country's name in `locale` (`LV` → lt `Latvija`); null for text that is no known code. */
export function countryName(code: string, locale: Locale): string | null {
  if (!/^[A-Z]{2}$/.test(code)) return null;
  try {
    return new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' }).of(code) ?? null;
  } catch {
    return null;
  }
}

/** The partners' countries, each once, in the order the partners come. */
export const countriesOf = (cooperation: Pick<Cooperation, 'partners'>): string[] => [
  ...new Set(cooperation.partners.map((partner) => partner.country)),
];

/** `2025-05-01 – 2027-04-30`, or `from 2025-05-01` while the end is open. */
export const periodOf = ({ startsOn, endsOn }: Pick<Cooperation, 'startsOn' | 'endsOn'>): string =>
  endsOn === null ? t('coop-period-open', { start: date(startsOn) }) : t('coop-period', { start: date(startsOn), end: date(endsOn) });
