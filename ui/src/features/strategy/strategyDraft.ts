// The strategy form's text fields, and their conversion to and from the StrategyInput the backend takes.
import type { Locale } from '../../lib/bindings/Locale';
import type { Strategy } from '../../lib/bindings/Strategy';
import type { StrategyInput } from '../../lib/bindings/StrategyInput';
import type { StrategyStatus } from '../../lib/bindings/StrategyStatus';
import { formatAmount, parseMoney, parsePercent, percentText } from '../../lib/format';
import { t } from '../../lib/i18n';
import { problem, type Problems } from '../../lib/problems';
import type { Parsed } from '../../lib/submission.svelte';

export type FundingDraft = { code: string; name: string; share: string };

export type StrategyDraft = {
  code: string;
  title: string;
  startYear: string;
  endYear: string;
  status: StrategyStatus;
  envelope: string;
  runningCap: string;
  fundingSources: FundingDraft[];
};

export const STATUSES: readonly StrategyStatus[] = ['draft', 'approved', 'implementing', 'closed'];

const FIELDS = ['code', 'title', 'startYear', 'endYear', 'status', 'envelope', 'runningCap', 'fundingSources'];

/** Whether the strategy form shows problems with `field` next to one of its controls. */
export const isStrategyField = (field: string): boolean =>
  FIELDS.includes(field) || /^fundingSources\.\d+\.(code|name|share)$/.test(field);

/** A new strategy: the 2023-2029 period, a 20 % running cap and EAFRD 85 % + national budget 15 %. */
export function newStrategyDraft(): StrategyDraft {
  return {
    code: '',
    title: '',
    startYear: '2023',
    endYear: '2029',
    status: 'draft',
    envelope: '',
    runningCap: '20',
    fundingSources: [
      { code: 'EAFRD', name: t('funding-default-eafrd'), share: '85' },
      { code: 'NAT', name: t('funding-default-national'), share: '15' },
    ],
  };
}

export function strategyDraftOf(strategy: Strategy, locale: Locale): StrategyDraft {
  return {
    code: strategy.code,
    title: strategy.title,
    startYear: String(strategy.startYear),
    endYear: String(strategy.endYear),
    status: strategy.status,
    envelope: formatAmount(strategy.envelope, locale),
    runningCap: percentText(strategy.runningCap, locale),
    fundingSources: strategy.fundingSources.map((source) => ({
      code: source.code,
      name: source.name,
      share: percentText(source.share, locale),
    })),
  };
}

/** The sum of the shares that parse, in basis points. */
export const shareTotal = (sources: FundingDraft[]): number =>
  sources.reduce((sum, source) => {
    const share = parsePercent(source.share);
    return typeof share === 'number' ? sum + share : sum;
  }, 0);

function parseYear(text: string): number | null {
  return /^\s*\d{4}\s*$/.test(text) ? Number(text) : null;
}

/** The input to send, or the problems found while reading the numbers. */
export function toStrategyInput(draft: StrategyDraft): Parsed<StrategyInput> {
  const problems: Problems = {};
  const years = { startYear: parseYear(draft.startYear), endYear: parseYear(draft.endYear) };
  for (const [field, year] of Object.entries(years)) {
    if (year === null) problems[field] = problem('year-out-of-range', { min: '2000', max: '2100' });
  }
  const envelope = draft.envelope.trim() === '' ? 0 : parseMoney(draft.envelope);
  if (typeof envelope !== 'number') problems.envelope = problem(envelope);
  const runningCap = parsePercent(draft.runningCap);
  if (typeof runningCap !== 'number') problems.runningCap = problem(runningCap);
  const shares: number[] = [];
  draft.fundingSources.forEach((source, i) => {
    const share = parsePercent(source.share);
    if (typeof share === 'number') shares.push(share);
    else problems[`fundingSources.${i}.share`] = problem(share);
  });
  if (
    Object.keys(problems).length > 0 ||
    years.startYear === null ||
    years.endYear === null ||
    typeof envelope !== 'number' ||
    typeof runningCap !== 'number'
  ) {
    return { problems };
  }
  return {
    input: {
      code: draft.code.trim(),
      title: draft.title.trim(),
      startYear: years.startYear,
      endYear: years.endYear,
      status: draft.status,
      envelope,
      runningCap,
      fundingSources: draft.fundingSources.map((source, i) => ({
        code: source.code.trim(),
        name: source.name.trim(),
        share: shares[i],
      })),
    },
  };
}
