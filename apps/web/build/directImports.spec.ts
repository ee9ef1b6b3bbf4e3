import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readExportTable, rewriteImports } from './directImports.ts';

describe('readExportTable', () => {
  it('reads an index of imports and one export list (Mantine esm/index.mjs)', () => {
    const index = '/pkg/esm/index.mjs';
    const table = readExportTable(
      index,
      [
        'import { Button } from "./components/Button/Button.mjs";',
        'import { em, rem } from "./core/utils/rem.mjs";',
        'import { useId as useMantineId } from "./core/use-id.mjs";',
        'export { Button, em, rem, useMantineId };',
      ].join('\n'),
    );
    expect(table.get('Button')).toEqual({ file: '/pkg/esm/components/Button/Button.mjs', imported: 'Button' });
    expect(table.get('rem')).toEqual({ file: '/pkg/esm/core/utils/rem.mjs', imported: 'rem' });
    expect(table.get('useMantineId')).toEqual({ file: '/pkg/esm/core/use-id.mjs', imported: 'useId' });
  });

  it('reads re-exports spread over lines, leaves type-only names out and finds the TypeScript file (libs/domain)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'direct-imports-'));
    writeFileSync(path.join(dir, 'banks.ts'), 'export const banks = {};');
    const table = readExportTable(
      path.join(dir, 'index.ts'),
      ["// a comment", "export {", "  type BankCode,", "  banks,", "  bankCodes as codes,", "} from './banks';"].join('\n'),
    );
    expect(table.get('banks')).toEqual({ file: path.join(dir, 'banks.ts'), imported: 'banks' });
    expect(table.get('codes')).toEqual({ file: path.join(dir, 'banks.ts'), imported: 'bankCodes' });
    expect(table.has('BankCode')).toBe(false);
  });
});

describe('rewriteImports', () => {
  const table = new Map([
    ['Button', { file: '/m/Button.mjs', imported: 'Button' }],
    ['Group', { file: '/m/Group.mjs', imported: 'Group' }],
    ['useMantineId', { file: '/m/use-id.mjs', imported: 'useId' }],
  ]);

  it('imports each name from its defining file, keeping aliases and dropping type-only names', () => {
    const { code, unknown } = rewriteImports("import { Button, Group as G, type ButtonProps, useMantineId } from '@mantine/core';\nrest();", '@mantine/core', table);
    expect(code).toBe('import { Button } from "/m/Button.mjs"; import { Group as G } from "/m/Group.mjs"; import { useId as useMantineId } from "/m/use-id.mjs";\nrest();');
    expect(unknown).toEqual([]);
  });

  it('keeps names it does not know on the index and reports them', () => {
    const { code, unknown } = rewriteImports("import { Button, Mystery as M } from '@mantine/core';", '@mantine/core', table);
    expect(code).toBe('import { Button } from "/m/Button.mjs"; import { Mystery as M } from \'@mantine/core\';');
    expect(unknown).toEqual(['Mystery']);
  });

  it('keeps the line count of a statement spread over lines, and leaves type-only imports and other packages alone', () => {
    const source = "import {\n  Button,\n  Group,\n} from '@mantine/core';\nimport { type ButtonProps } from '@mantine/core';\nimport { Button as B } from '@mantine/core-extra';\n";
    const { code } = rewriteImports(source, '@mantine/core', table);
    expect(code.split('\n')).toHaveLength(source.split('\n').length);
    expect(code).toContain('import { Button } from "/m/Button.mjs"; import { Group } from "/m/Group.mjs";');
    expect(code).toContain("import { type ButtonProps } from '@mantine/core';");
    expect(code).toContain("import { Button as B } from '@mantine/core-extra';");
  });
});
