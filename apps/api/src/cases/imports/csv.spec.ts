import { csvCell, CsvError, csvLine, parseCsv } from './csv';

async function parse(chunks: (string | Buffer)[]) {
  const records = [];
  for await (const record of parseCsv(
    (async function* () {
      yield* chunks;
    })(),
  ))
    records.push(record);
  return records;
}

/** Every way of cutting the text into two chunks, and one chunk per byte. */
function splits(text: string): Buffer[][] {
  const bytes = Buffer.from(text);
  const cuts: Buffer[][] = [[bytes], [...bytes].map((byte) => Buffer.from([byte]))];
  for (let i = 1; i < bytes.length; i += 1) cuts.push([bytes.subarray(0, i), bytes.subarray(i)]);
  return cuts;
}

describe('parseCsv (RFC 4180, streaming)', () => {
  const text = '\uFEFFa,b,c\r\n1,"two, with comma","three ""quoted"""\r\n\r\n"multi\r\nline",,"王小明"\nlast,"x"\r';
  const expected = [
    { line: 1, row: 1, fields: ['a', 'b', 'c'] },
    { line: 2, row: 2, fields: ['1', 'two, with comma', 'three "quoted"'] },
    // the blank line is a row of a spreadsheet; the line break inside "multi line" is not
    { line: 4, row: 4, fields: ['multi\r\nline', '', '王小明'] },
    { line: 6, row: 5, fields: ['last', 'x'] },
  ];

  it('reads quotes, doubled quotes, CRLF / LF / CR, line breaks in fields, UTF-8 and a BOM, wherever the chunks are cut', async () => {
    for (const chunks of splits(text)) expect(await parse(chunks)).toEqual(expected);
  });

  it('keeps empty fields, a last record without a line break, and skips blank lines', async () => {
    expect(await parse(['a,,\n\n,b'])).toEqual([
      { line: 1, row: 1, fields: ['a', '', ''] },
      { line: 3, row: 3, fields: ['', 'b'] },
    ]);
    expect(await parse(['""'])).toEqual([{ line: 1, row: 1, fields: [''] }]);
    expect(await parse([''])).toEqual([]);
  });

  it.each([
    ['a,"unterminated\n', 'not closed', 1],
    ['ok\nab"c,d\n', 'quote inside an unquoted field', 2],
    ['ok\n"a"b,c\n', 'after a closing quote', 2],
  ])('refuses malformed quoting %j with its line number', async (input, message, line) => {
    const error = await parse([input]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvError);
    expect((error as CsvError).message).toContain(message);
    expect((error as CsvError).line).toBe(line);
  });

  it('refuses invalid UTF-8 and files over the byte limit', async () => {
    await expect(parse([Buffer.from([0x61, 0xff, 0x0a])])).rejects.toThrow('UTF-8');
    const big = parseCsv(
      (async function* () {
        yield 'a,b\n';
        yield 'c,d\n';
      })(),
      { maxBytes: 5 },
    );
    await expect(
      (async () => {
        for await (const _record of big) {
          // drain
        }
      })(),
    ).rejects.toThrow('larger than 5 bytes');
  });

  it.each([
    ['a;b;c\r\n1;"x;y";3\r\n', ['a', 'b', 'c'], ['1', 'x;y', '3']],
    ['a\tb\r\n1\t2\r\n', ['a', 'b'], ['1', '2']],
    ['"a,b";c;d\n1;2;3\n', ['a,b', 'c', 'd'], ['1', '2', '3']],
    ['a,b\n1;2,3\n', ['a', 'b'], ['1;2', '3']],
    ['only', ['only'], undefined],
  ])('with delimiter auto, the first line picks comma, semicolon or tab: %j', async (text, header, first) => {
    for (const chunks of splits(text)) {
      const records = [];
      for await (const record of parseCsv(
        (async function* () {
          yield* chunks;
        })(),
        { delimiter: 'auto' },
      ))
        records.push(record.fields);
      expect(records[0]).toEqual(header);
      expect(records[1]).toEqual(first);
    }
  });

  it('writes cells that read back the same, with formulas defused', async () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', 'two\nlines', null, 7])).toBe(
      'plain,"a,b","say ""hi""","two\nlines",,7\r\n',
    );
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    const records = await parse([csvLine(['x', 'a,b', 'say "hi"', 'two\r\nlines'])]);
    expect(records[0]?.fields).toEqual(['x', 'a,b', 'say "hi"', 'two\r\nlines']);
  });
});
