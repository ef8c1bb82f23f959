// The activity log as shown, for export: one row per entry, with the record's full id beside its
// label so a spreadsheet can follow a record through its changes.
import type { AuditEntry } from '../../lib/bindings/AuditEntry';
import type { ListTable } from '../../lib/bindings/ListTable';
import { t } from '../../lib/i18n';
import { cell } from '../../lib/listCells';
import { actionName, detailsText, entityName, recordLabel, whenText } from './auditText';

export function logTable(entries: AuditEntry[]): ListTable {
  return {
    name: 'log',
    headers: [
      t('log-col-when'),
      t('log-col-who'),
      t('log-col-entity'),
      t('log-col-record'),
      t('log-col-id'),
      t('log-col-action'),
      t('log-col-changes'),
    ],
    rows: entries.map((entry) => [
      cell.text(whenText(entry.at)),
      cell.text(entry.who),
      cell.text(entityName(entry.entity)),
      cell.text(recordLabel(entry).text),
      cell.text(entry.recordId),
      cell.text(actionName(entry.action)),
      cell.text(detailsText(entry)),
    ]),
  };
}
