import { type Bilingual, caseFileColumns, type Language } from '@waiji/domain';
import { csvLine } from './csv';

/** UTF-8's byte-order mark: without it Excel reads a CSV in the computer's legacy code page and garbles Chinese. */
export const BOM = '\uFEFF';

const NOTES: Bilingual[] = [
  {
    en: '# Rows starting with # are notes: the import skips them. Replace the example row with your clients, one row per client and case.',
    zh: '# 以 # 开头的行是说明，导入时会跳过。请用你的客户替换示例行，每位客户的每个案件一行。',
  },
  {
    en: '# Headers and values may be written in English or Chinese; codes (BOC, BANK_CARD_VERIFICATION) work too. Save as "CSV UTF-8".',
    zh: '# 列名和值可用中文或英文填写，也可用代码（BOC、BANK_CARD_VERIFICATION）。请另存为“CSV UTF-8”。',
  },
  {
    en: '# Each column: what it takes, then its allowed values.',
    zh: '# 每一列：填写说明，然后是可选值。',
  },
];

/** A column's example as that column writes it in `language` (银行卡认证 for Bank card). */
function example(column: (typeof caseFileColumns)[number], language: Language): string {
  const cell = column.read(column.example ?? '', {});
  if (!cell.ok) return column.example ?? '';
  return (column.write as (value: unknown, language: Language) => string)(cell.value, language);
}

/**
 * The import's template as a CSV Excel opens as it is (BOM, CRLF): the headers of the data columns in one language,
 * an example row the import accepts, then notes — what each column takes and its allowed values, one column per row
 * — as rows whose first cell starts with #, which the import skips, so the file can be filled in where it is.
 */
export function importTemplate(language: Language): string {
  const columns = caseFileColumns.filter((column) => column.role === 'data');
  let text = BOM;
  text += csvLine(columns.map((column) => column.label[language]));
  text += csvLine(columns.map((column) => example(column, language)));
  text += '\r\n';
  for (const note of NOTES) text += csvLine([note[language]]);
  for (const column of columns) {
    text += csvLine([`# ${column.label[language]}`, column.hint[language], ...(column.allowed?.(language) ?? [])]);
  }
  return text;
}
