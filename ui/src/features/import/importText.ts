// An import's problems in words: what each says in the current language, where in the file it is,
// and why a file was refused as a whole.
import type { ImportProblem } from '../../lib/bindings/ImportProblem';
import type { IpcError } from '../../lib/bindings/IpcError';
import { hasMessage, t } from '../../lib/i18n';
import { problemText, refusalText } from '../../lib/problems';
import { fieldLabel } from './importFields';

type Said = Pick<ImportProblem, 'code' | 'args' | 'message'>;
type Place = Pick<ImportProblem, 'row' | 'field' | 'column'>;

/**
 * The problem in the current language. Where a form's wording would drop what the file said
 * (`problem-not-a-date` is "Enter a date."), the import's own (`import-problem-<code>`) names it;
 * a code no catalogue knows keeps the backend's English.
 */
export function importProblemText(problem: Said): string {
  if (hasMessage(`import-problem-${problem.code}`)) return t(`import-problem-${problem.code}`, problem.args);
  if (hasMessage(`problem-${problem.code}`)) return problemText(problem);
  return problem.message;
}

/** Where a problem is: its row and column (the file's header, else the field's name), or the whole file. */
export function placeText({ row, field, column }: Place): string {
  const named = column ?? (field === null ? null : fieldLabel(field));
  // Row 1 is the header: a problem there is one with a column, not with a record.
  if (row !== null && row > 1) {
    return named === null ? t('import-place-row', { row: String(row) }) : t('import-place-cell', { row: String(row), column: named });
  }
  return named === null ? t('import-place-file') : t('import-place-column', { column: named });
}

export const problemLine = (problem: ImportProblem): string => `${placeText(problem)}: ${importProblemText(problem)}`;

/** Why a file could not be opened, checked or imported: for an unreadable file, each of its problems with its row. */
export function refusedText(error: IpcError): string {
  if (error.code !== 'invalid-file') return refusalText(error);
  const problems = error.fields.map((found) => {
    const row = /^row-(\d+)$/.exec(found.field)?.[1] ?? null;
    const text = importProblemText(found);
    return row === null ? text : `${t('import-place-row', { row })}: ${text}`;
  });
  return [t('error-invalid-file'), ...problems].join(' ');
}

/** What is wrong with each cell of the rows, in words, by `row:column` (the column's index in the file). */
export function cellProblems(problems: readonly ImportProblem[], mapping: readonly (string | null)[]): Map<string, string> {
  const cells = new Map<string, string>();
  for (const problem of problems) {
    const column = problem.field === null ? -1 : mapping.indexOf(problem.field);
    if (problem.row === null || column < 0) continue;
    const key = `${problem.row}:${column}`;
    const text = importProblemText(problem);
    cells.set(key, cells.has(key) ? `${cells.get(key)} ${text}` : text);
  }
  return cells;
}
