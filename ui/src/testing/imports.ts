// Test data of an import: a CSV file of projects as step one reads it (one required field without a
// column yet), a preview with a new, an updated and a faulty row, and a clean preview.
import type { ImportFile } from '../lib/bindings/ImportFile';
import type { ImportPreview } from '../lib/bindings/ImportPreview';

export const projectsFile: ImportFile = {
  path: '/home/ruta/projektai.csv',
  fileName: 'projektai.csv',
  workbook: false,
  headers: ['Nr.', 'Pavadinimas', 'Pareiškėjas', 'Priemonė', 'Tinkamos išlaidos', 'Pateikta', 'Pastabos'],
  sample: [
    ['VP-2024-03', 'Kaimo turizmas', 'UAB Žalias slėnis', 'M1.1', '12 000,00', '2024-05-02', ''],
    ['VP-2024-01', 'Amatų centras', 'Alantos bendruomenė', 'M1.1', '40 000,00', '2024-04-15', 'patikslinta'],
    ['VP-2024-04', 'Dviračių takas', 'Alantos bendruomenė', 'M1.2', 'apie 5000', '31-05-2024', ''],
  ],
  rowCount: 3,
  setup: {
    settings: { encoding: 'windows1257', delimiter: 'semicolon', numberFormat: 'space-comma', dateFormat: 'iso' },
    mapping: ['number', 'title', null, 'measure_code', 'eligible_cost', 'submitted_on', null],
  },
  remembered: false,
  fields: [
    { key: 'number', required: true },
    { key: 'title', required: true },
    { key: 'applicant', required: true },
    { key: 'measure_code', required: true },
    { key: 'eligible_cost', required: true },
    { key: 'submitted_on', required: false },
    { key: 'requested', required: false },
  ],
};

/** The mapping once the applicant's column is given too. */
export const fullMapping = ['number', 'title', 'applicant', 'measure_code', 'eligible_cost', 'submitted_on', null];

const cells = (row: number) => projectsFile.sample[row];

export const faultyPreview: ImportPreview = {
  rows: [
    { row: 2, outcome: 'new', cells: cells(0) },
    { row: 3, outcome: 'update', cells: cells(1) },
    { row: 4, outcome: 'invalid', cells: cells(2) },
  ],
  problems: [
    { row: 4, field: 'eligible_cost', column: 'Tinkamos išlaidos', code: 'not-an-amount', args: {}, message: "'apie 5000' is not an amount" },
    {
      row: 4,
      field: 'submitted_on',
      column: 'Pateikta',
      code: 'not-a-date',
      args: { value: '31-05-2024', example: '2024-05-31' },
      message: "'31-05-2024' is not a date (write it as 2024-05-31)",
    },
    { row: 4, field: 'measure_code', column: null, code: 'unknown-measure', args: { value: 'M1.2' }, message: "'M1.2' is not a measure" },
  ],
  new: 1,
  update: 1,
  duplicate: 0,
  invalid: 1,
};

export const cleanPreview: ImportPreview = {
  rows: [
    { row: 2, outcome: 'new', cells: cells(0) },
    { row: 3, outcome: 'update', cells: cells(1) },
    { row: 4, outcome: 'duplicate', cells: cells(1) },
  ],
  problems: [],
  new: 1,
  update: 1,
  duplicate: 1,
  invalid: 0,
};
