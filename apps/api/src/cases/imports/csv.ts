/**
 * Streaming CSV (RFC 4180): comma-separated, fields optionally in double quotes, "" for a quote inside
 * them, line breaks (CRLF, LF or CR) inside quoted fields. Reads chunk by chunk, so memory stays bounded by
 * the longest record; each record carries the line number it starts on and its row as a spreadsheet numbers it
 * (blank lines count, line breaks inside a field do not). A UTF-8 byte-order mark is skipped, blank lines are
 * ignored, and malformed quoting is an error naming the line. With `delimiter: 'auto'` the first line decides
 * between comma, semicolon (what Excel writes where the decimal mark is a comma) and tab.
 */

export type CsvRecord = { line: number; row: number; fields: string[] };

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

export type CsvOptions = { maxBytes?: number; maxFieldChars?: number; delimiter?: ',' | ';' | '\t' | 'auto' };

/** The separator a header line uses most, outside quotes; a comma when none appears. */
export function sniffDelimiter(firstLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

export async function* parseCsv(
  source: AsyncIterable<Buffer | string>,
  options: CsvOptions = {},
): AsyncGenerator<CsvRecord> {
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const maxFieldChars = options.maxFieldChars ?? 100_000;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let delimiter = options.delimiter === 'auto' ? undefined : (options.delimiter ?? ',');
  /** Text read before the delimiter is known (up to the end of the first line). */
  let pending = '';
  let bytes = 0;
  let started = false;
  let line = 1;
  let recordLine = 1;
  let row = 1;
  let recordRow = 1;
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  /** Inside quotes, a quote was just read: either the closing one or the first of "". */
  let quotePending = false;
  /** The current field was quoted and its closing quote read. */
  let closed = false;
  /** The previous character was a CR (so an LF right after it is the same line break). */
  let afterCR = false;

  const decode = (chunk: Buffer | string, final: boolean): string => {
    if (typeof chunk === 'string') return chunk;
    try {
      return decoder.decode(chunk, { stream: !final });
    } catch {
      throw new CsvError(
        'The file is not UTF-8 text (in Excel: Save As → "CSV UTF-8 (Comma delimited)"; in Numbers or Google Sheets: export as CSV)',
        line,
      );
    }
  };

  function* consume(text: string): Generator<CsvRecord> {
    for (const char of text) {
      if (afterCR) {
        afterCR = false;
        if (char === '\n') {
          if (inQuotes && !quotePending) field += char;
          continue;
        }
      }
      if (inQuotes) {
        if (quotePending) {
          quotePending = false;
          if (char === '"') {
            field += '"';
            continue;
          }
          inQuotes = false;
          closed = true;
          // fall through: the character after a closing quote is read as outside quotes
        } else {
          if (char === '"') {
            quotePending = true;
          } else {
            if (char === '\n' || char === '\r') {
              line += 1;
              afterCR = char === '\r';
            }
            field += char;
            if (field.length > maxFieldChars)
              throw new CsvError(`A field is longer than ${maxFieldChars} characters`, recordLine);
          }
          continue;
        }
      }
      if (char === delimiter) {
        record.push(field);
        field = '';
        closed = false;
      } else if (char === '\n' || char === '\r') {
        afterCR = char === '\r';
        record.push(field);
        const done = record;
        const doneLine = recordLine;
        const doneRow = recordRow;
        const blank = done.length === 1 && done[0] === '' && !closed;
        record = [];
        field = '';
        closed = false;
        line += 1;
        recordLine = line;
        row += 1;
        recordRow = row;
        if (!blank) yield { line: doneLine, row: doneRow, fields: done };
      } else if (closed) {
        throw new CsvError(
          'Unexpected text after a closing quote (a quote inside a field must be doubled: "")',
          recordLine,
        );
      } else if (char === '"') {
        if (field !== '')
          throw new CsvError(
            'A quote inside an unquoted field (quote the whole field and double the quote)',
            recordLine,
          );
        inQuotes = true;
      } else {
        field += char;
        if (field.length > maxFieldChars)
          throw new CsvError(`A field is longer than ${maxFieldChars} characters`, recordLine);
      }
    }
  }

  for await (const chunk of source) {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    if (bytes > maxBytes) throw new CsvError(`The file is larger than ${maxBytes} bytes`, line);
    let text = decode(chunk, false);
    if (!started && text.length > 0) {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (delimiter === undefined) {
      pending += text;
      if (!/[\r\n]/.test(pending) && pending.length < 65_536) continue;
      delimiter = sniffDelimiter(pending.split(/[\r\n]/, 1)[0] ?? '');
      text = pending;
      pending = '';
    }
    yield* consume(text);
  }
  if (delimiter === undefined) {
    delimiter = sniffDelimiter(pending.split(/[\r\n]/, 1)[0] ?? '');
    yield* consume(pending);
  }
  yield* consume(decode(Buffer.alloc(0), true));
  if (inQuotes && !quotePending)
    throw new CsvError('A quoted field is not closed before the end of the file', recordLine);
  if (quotePending) closed = true;
  if (field !== '' || record.length > 0 || closed) {
    record.push(field);
    yield { line: recordLine, row: recordRow, fields: record };
  }
}

/** One CSV cell: quoted when needed; a leading = + - @ is defused for spreadsheets (CSV injection). */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
