// Text made fit for a file name the save dialog suggests.

/** Letters without accents and digits, the rest as dashes (`2024/1` → `2024-1`). */
export const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
