// A project's payment claims as exported (see ExportButton): the table's columns and rows; a claim
// not paid yet says "awaited" where the day it was paid goes.
import type { ListTable } from '../../lib/bindings/ListTable';
import type { PaymentClaim } from '../../lib/bindings/PaymentClaim';
import { t } from '../../lib/i18n';
import { cell } from '../../lib/listCells';

const HEADERS = ['col-number', 'col-submitted', 'col-claimed', 'money-paid', 'col-paid-on'];

export function claimsTable(claims: readonly PaymentClaim[]): ListTable {
  return {
    name: 'claims',
    headers: HEADERS.map((id) => t(id)),
    rows: claims.map((c) => [
      cell.text(c.number),
      cell.date(c.submittedOn),
      cell.money(c.claimed),
      cell.money(c.paid),
      c.paidOn === null ? cell.text(t('claim-awaited')) : cell.date(c.paidOn),
    ]),
  };
}
