// Tests of problem texts: each code's arguments formatted as money, percentages, dates or statuses
// in the current locale; refusals with warnings only; a taken number reported next to the number.
import { afterEach, describe, expect, it } from 'vitest';
import type { IpcError } from './bindings/IpcError';
import { catalogues, setLocale } from './i18n';
import { IpcFailure } from './ipc';
import { asIpcError, duplicateAsNumber, errorText, onlyWarnings, problem, problemText, refusalText } from './problems';

const nb = (text: string) => text.replaceAll(' ', '\u00a0');
const warning = (code: string) => ({ field: 'requestedAid', code, args: {}, message: '', warning: true });

afterEach(() => setLocale('en'));

describe('problemText', () => {
  it('formats the amounts, percentages, dates and statuses of each code', () => {
    setLocale('lt');
    expect(problemText(problem('intensity-above-max', { intensity: '80.00', max: '70.00' }))).toBe(
      `Paramos intensyvumas būtų ${nb('80,00 %')}, o didžiausias leidžiamas – ${nb('70,00 %')}.`,
    );
    expect(problemText(problem('grant-above-max', { max: '50000.00' }))).toBe(
      `Viršija didžiausią paramos sumą (${nb('50 000,00 €')}).`,
    );
    expect(problemText(problem('paid-above-awarded', { total: '1234.56', awarded: '1000.00' }))).toBe(
      `Išmokos siektų ${nb('1 234,56 €')}, o skirta paramos suma – ${nb('1 000,00 €')}.`,
    );
    setLocale('lv');
    expect(problemText(problem('before-last-change', { last: '2024-05-20' }))).toBe(
      'Nedrīkst būt agrāks par pēdējās statusa maiņas datumu (20.05.2024.).',
    );
    setLocale('en');
    expect(problemText(problem('status-not-allowed', { from: 'submitted', to: 'approved' }))).toBe(
      'A project cannot move from “Submitted” to “Approved”.',
    );
    expect(problemText(problem('shares-not-100', { total: '99.00' }))).toBe('The shares add up to 99.00%, not 100 %.');
    expect(problemText(problem('too-long', { max: '200' }))).toBe('Too long: at most 200 characters.');
    expect(problemText(problem('yearly-sum-mismatch', { sum: '1234.56', allocation: '1000.00', difference: '234.56' }))).toBe(
      'The years add up to €1,234.56, not to the allocation of €1,000.00: a difference of €234.56.',
    );
    expect(problemText(problem('year-outside-period', { year: '2031', start: '2023', end: '2029' }))).toBe(
      'The year 2031 is outside the strategy period 2023–2029.',
    );
  });

  it('formats the points and statuses of selection problems', () => {
    setLocale('lt');
    expect(problemText(problem('score-above-maximum', { max: '20.00', criterion: 'Jaunimas' }))).toBe(
      'Pagal kriterijų „Jaunimas“ galima skirti daugiausia 20,00.',
    );
    expect(problemText(problem('threshold-above-maximum', { most: '1234.5' }))).toBe(
      `Viršija didžiausią pagal kriterijus galimą balų sumą (${nb('1 234,50')}).`,
    );
    setLocale('en');
    expect(problemText(problem('below-given-score', { given: '7.50' }))).toBe(
      'An evaluator already gave 7.50 on this criterion: the maximum cannot be lower.',
    );
    expect(problemText(problem('not-scorable', { project: 'P-1', status: 'rejected' }))).toBe(
      'P-1 is “Rejected”: only admissible, evaluated and reserve-list applications are scored.',
    );
  });

  it('names a closed year, and the range of years, as plain digits in every language', () => {
    expect(problemText(problem('year-closed', { year: '2024' }))).toBe(
      '2024 is closed, so money dated in it cannot change. To change it, reopen 2024 under Settings → Closed years.',
    );
    expect(problemText(problem('year-out-of-range', { min: '1900', max: '2199' }))).toBe('Enter a year from 1900 to 2199.');
    setLocale('lt');
    expect(problemText(problem('year-closed', { year: '2024' }))).toBe(
      '2024 m. uždaryti, todėl tų metų pinigų įrašai nekeičiami. Norėdami pakeisti, atidarykite 2024 m. iš naujo: Nustatymai → Uždaryti metai.',
    );
    setLocale('lv');
    expect(problemText(problem('year-closed', { year: '2024' }))).toBe(
      '2024. gads ir slēgts, tāpēc tā naudas ierakstus mainīt nevar. Lai mainītu, atveriet 2024. gadu no jauna: Iestatījumi → Slēgtie gadi.',
    );
  });

  it('has a message for every problem code of calls, projects and payment claims', () => {
    const codes = [
      'not-a-date', 'not-a-date-time', 'aid-above-eligible', 'awarded-above-requested', 'intensity-above-max',
      'grant-above-max', 'unknown-measure', 'measure-not-in-call', 'unknown-applicant', 'below-paid',
      'status-not-allowed', 'before-last-change', 'closes-before-opens', 'measures-required', 'measure-twice',
      'not-awarded', 'paid-above-awarded', 'duplicate-number', 'award-required', 'measure-has-applications',
    ];
    for (const code of codes) expect(catalogues.en, code).toContain(`\nproblem-${code} =`);
  });
});

describe('refusals', () => {
  it('tells a refusal with warnings only from one with an error', () => {
    const refusal: IpcError = { code: 'invalid', message: '', fields: [warning('grant-above-max')] };
    expect(onlyWarnings(refusal)).toBe(true);
    const mixed = { ...refusal, fields: [...refusal.fields, { ...warning('negative'), warning: false }] };
    expect(onlyWarnings(mixed)).toBe(false);
    expect(onlyWarnings({ code: 'invalid', message: '', fields: [] })).toBe(false);
    expect(onlyWarnings({ code: 'internal', message: '', fields: [warning('grant-above-max')] })).toBe(false);
  });

  it('says a refusal with the problems the backend named, else the error', () => {
    const movedOn: IpcError = {
      code: 'invalid',
      message: '',
      fields: [{ field: 'selection', code: 'moved-on', args: { project: 'P-2', status: 'contracted' }, message: '', warning: false }],
    };
    expect(refusalText(movedOn)).toBe('P-2 has moved on to “Contracted” since this decision: the selection cannot be taken back.');
    expect(refusalText({ code: 'not-found', message: '', fields: [] })).toBe(errorText({ code: 'not-found', message: '', fields: [] }));
  });

  it('reports a taken number next to the number field', () => {
    const taken = new IpcFailure({
      code: 'duplicate-code',
      message: "project code 'VP-1' is already used",
      fields: [{ field: 'code', code: 'duplicate-code', args: { code: 'VP-1' }, message: '', warning: false }],
    });
    const shown = asIpcError(duplicateAsNumber(taken));
    expect(shown.code).toBe('invalid');
    expect(shown.fields).toEqual([{ field: 'number', code: 'duplicate-number', args: { code: 'VP-1' }, message: '', warning: false }]);
    const other = new IpcFailure({ code: 'not-found', message: '', fields: [] });
    expect(duplicateAsNumber(other)).toBe(other);
  });
});

describe('errorText', () => {
  const stillReferenced = (entity: string, count: string): IpcError => ({
    code: 'still-referenced',
    message: '',
    fields: [{ field: 'id', code: 'still-referenced', args: { entity, count, code: 'X' }, message: '', warning: false }],
  });

  it('says what still holds on to the record, with plurals', () => {
    expect(errorText(stillReferenced('measure', '3'))).toBe(
      'This measure is used by 3 calls, projects or indicators: it cannot be deleted.',
    );
    expect(errorText(stillReferenced('priority', '1'))).toBe('This priority still has 1 measure: move or delete them first.');
    setLocale('lt');
    expect(errorText(stillReferenced('strategy', '21'))).toBe('Šioje strategijoje yra 21 kvietimas ar projektas: jos ištrinti negalima.');
    expect(errorText(stillReferenced('call', '12'))).toBe('Kvietime užregistruota 12 paraiškų: jo ištrinti negalima.');
    setLocale('lv');
    expect(errorText(stillReferenced('measure', '11'))).toBe('Šo rīcību izmanto 11 kārtu, projektu vai rādītāju: to nevar dzēst.');
  });

  it('says how many payment claims keep a project and how many applications keep an applicant', () => {
    const texts = (entity: string, counts: string[]) => counts.map((count) => errorText(stillReferenced(entity, count)));
    expect(texts('project', ['1', '3'])).toEqual([
      'This project has 1 payment claim: it cannot be deleted.',
      'This project has 3 payment claims: it cannot be deleted.',
    ]);
    expect(texts('applicant', ['1', '2'])).toEqual([
      'This applicant has 1 application: it cannot be deleted.',
      'This applicant has 2 applications: it cannot be deleted.',
    ]);
    setLocale('lt');
    expect(texts('project', ['1', '3', '10', '21'])).toEqual([
      'Šis projektas turi 1 mokėjimo prašymą: jo ištrinti negalima.',
      'Šis projektas turi 3 mokėjimo prašymus: jo ištrinti negalima.',
      'Šis projektas turi 10 mokėjimo prašymų: jo ištrinti negalima.',
      'Šis projektas turi 21 mokėjimo prašymą: jo ištrinti negalima.',
    ]);
    expect(texts('applicant', ['1', '5', '12', '31'])).toEqual([
      'Šis pareiškėjas turi 1 paraišką: jo ištrinti negalima.',
      'Šis pareiškėjas turi 5 paraiškas: jo ištrinti negalima.',
      'Šis pareiškėjas turi 12 paraiškų: jo ištrinti negalima.',
      'Šis pareiškėjas turi 31 paraišką: jo ištrinti negalima.',
    ]);
    setLocale('lv');
    expect(texts('project', ['1', '2', '10'])).toEqual([
      'Šim projektam ir 1 maksājuma pieprasījums: to nevar dzēst.',
      'Šim projektam ir 2 maksājuma pieprasījumi: to nevar dzēst.',
      'Šim projektam ir 10 maksājuma pieprasījumu: to nevar dzēst.',
    ]);
    expect(texts('applicant', ['21', '11'])).toEqual([
      'Šim projekta iesniedzējam ir 21 projekta iesniegums: to nevar dzēst.',
      'Šim projekta iesniedzējam ir 11 projektu iesniegumu: to nevar dzēst.',
    ]);
  });
});
