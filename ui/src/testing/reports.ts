// Test data for the reports screen: a summary as the backend models it in Lithuanian (key figures,
// a table with a subtotal and a total row, a bar chart and a note), and a register of 250 projects.
import type { Report } from '../lib/bindings/Report';
import type { Row } from '../lib/bindings/Row';

export const summaryReport: Report = {
  locale: 'lt',
  title: 'Strategijos įgyvendinimo suvestinė',
  subtitle: 'VPS-2023 Kaimo plėtra 2023–2029',
  organisation: 'Molėtų krašto VVG',
  parameters: [
    ['Strategija', 'VPS-2023'],
    ['Laikotarpis', '2026-01-01 – 2026-12-31'],
  ],
  printedOn: '2026-11-23',
  orientation: 'portrait',
  sections: [
    {
      heading: 'Pagrindiniai rodikliai',
      blocks: [
        {
          type: 'keyFigures',
          value: [
            { label: 'Plano suma', value: { type: 'money', value: 123_456 } },
            { label: 'Įsipareigota nuo plano', value: { type: 'percent', value: 4250 } },
          ],
        },
      ],
    },
    {
      heading: 'Finansinis planas pagal prioritetus ir priemones',
      blocks: [
        {
          type: 'table',
          value: {
            columns: [
              { header: 'Kodas', weight: 1 },
              { header: 'Prioritetas arba priemonė', weight: 4 },
              { header: 'Projektai', weight: 1 },
              { header: 'Suplanuota', weight: 2 },
            ],
            rows: [
              { style: 'normal', cells: [{ type: 'text', value: 'M1.1' }, { type: 'text', value: 'Verslo kūrimas' }, { type: 'count', value: 1204 }, { type: 'money', value: 100_000 }] },
              { style: 'subtotal', cells: [{ type: 'text', value: 'P1' }, { type: 'text', value: 'Darbo vietos' }, { type: 'count', value: 1204 }, { type: 'money', value: 100_000 }] },
              { style: 'total', cells: [{ type: 'empty' }, { type: 'text', value: 'Iš viso' }, { type: 'count', value: 1204 }, { type: 'money', value: 123_456 }] },
            ],
            compact: false,
          },
        },
      ],
    },
    {
      heading: 'Suplanuota, įsipareigota ir išmokėta pagal prioritetus',
      blocks: [
        {
          type: 'chart',
          value: {
            series: ['Suplanuota', 'Išmokėta'],
            groups: [
              { label: 'P1 Darbo vietos', values: [{ type: 'money', value: 200_000 }, { type: 'money', value: 50_000 }] },
            ],
          },
        },
        { type: 'note', value: 'Veiklos ir aktyvinimo eilutės kartu sudaro 18,00 % strategijos.' },
      ],
    },
  ],
};

const projectRow = (i: number): Row => ({
  style: 'normal',
  cells: [{ type: 'text', value: `VP-${i}` }, { type: 'money', value: 100_000 }],
});

/** 250 projects and their total: more rows than a preview shows. */
export const longRegister: Report = {
  ...summaryReport,
  title: 'Project register',
  locale: 'en',
  sections: [
    {
      heading: 'Projects',
      blocks: [
        {
          type: 'table',
          value: {
            columns: [{ header: 'No.', weight: 1 }, { header: 'Awarded', weight: 1 }],
            rows: [
              ...Array.from({ length: 250 }, (_, i) => projectRow(i + 1)),
              { style: 'total', cells: [{ type: 'text', value: 'Total' }, { type: 'money', value: 25_000_000 }] },
            ],
            compact: true,
          },
        },
      ],
    },
  ],
};
