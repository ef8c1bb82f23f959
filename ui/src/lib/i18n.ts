// Translation: the Fluent catalogues of assets/i18n, one bundle per locale, and `t()` (with
// `hasMessage()`) plus the money / percent / quantity / points / date helpers that format in the current locale.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Bp } from './bindings/Bp';
import type { Locale } from './bindings/Locale';
import type { Money } from './bindings/Money';
import type { Points } from './bindings/Points';
import type { Quantity } from './bindings/Quantity';
import { formatDate, formatDateTime, formatMoney, formatPercent, formatQuantity } from './format';
import { LOCALES, locale } from './locale.svelte';
import { formatPoints } from './points';

export { locale, setLocale, LOCALES } from './locale.svelte';

export type Args = Record<string, FluentVariable>;

const files = import.meta.glob<string>('../../../assets/i18n/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The raw catalogue text of each locale (all its .ftl files joined). */
export const catalogues = Object.fromEntries(
  LOCALES.map((code) => [
    code,
    Object.entries(files)
      .filter(([path]) => path.includes(`/i18n/${code}/`))
      .map(([, source]) => source)
      .join('\n'),
  ]),
) as Record<Locale, string>;

const bundles = Object.fromEntries(
  LOCALES.map((code) => {
    const bundle = new FluentBundle(code, { useIsolating: false });
    const errors = bundle.addResource(new FluentResource(catalogues[code]));
    if (errors.length > 0) console.warn(`i18n: errors in the ${code} catalogue`, errors);
    return [code, bundle];
  }),
) as Record<Locale, FluentBundle>;

/** The message `id` in the current locale; the id itself when no catalogue has it. */
export function t(id: string, args?: Args): string {
  const bundle = bundles[locale.current];
  const pattern = bundle.getMessage(id)?.value;
  if (!pattern) {
    console.warn(`i18n: missing message "${id}" in ${locale.current}`);
    return id;
  }
  const errors: Error[] = [];
  const text = bundle.formatPattern(pattern, args, errors);
  if (errors.length > 0) console.warn(`i18n: problems formatting "${id}"`, errors);
  return text;
}

/** Whether the current locale's catalogue has the message `id`. */
export const hasMessage = (id: string): boolean => bundles[locale.current].hasMessage(id);

export const money = (cents: Money): string => formatMoney(cents, locale.current);
export const percent = (bp: Bp): string => formatPercent(bp, locale.current);
export const quantity = (value: Quantity): string => formatQuantity(value, locale.current);
export const points = (value: Points): string => formatPoints(value, locale.current);
export const date = (iso: string): string => formatDate(iso, locale.current);
export const dateTime = (iso: string): string => formatDateTime(iso, locale.current);
