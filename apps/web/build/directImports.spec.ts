import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Plugin } from 'vite';
import { directImports, readExportTable, rewriteImports } from './directImports.ts';

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
      ['// a comment', 'export {', '  type BankCode,', '  banks,', '  bankCodes as codes,', "} from './banks';"].join(
        '\n',
      ),
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
    const { code, unknown } = rewriteImports(
      "import { Button, Group as G, type ButtonProps, useMantineId } from '@mantine/core';\nrest();",
      '@mantine/core',
      table,
    );
    expect(code).toBe(
      'import { Button } from "/m/Button.mjs"; import { Group as G } from "/m/Group.mjs"; import { useId as useMantineId } from "/m/use-id.mjs";\nrest();',
    );
    expect(unknown).toEqual([]);
  });

  it('keeps names it does not know on the index and reports them', () => {
    const { code, unknown } = rewriteImports(
      "import { Button, Mystery as M } from '@mantine/core';",
      '@mantine/core',
      table,
    );
    expect(code).toBe('import { Button } from "/m/Button.mjs"; import { Mystery as M } from \'@mantine/core\';');
    expect(unknown).toEqual(['Mystery']);
  });

  it('keeps the line count of a statement spread over lines, and leaves type-only imports and other packages alone', () => {
    const source =
      "import {\n  Button,\n  Group,\n} from '@mantine/core';\nimport { type ButtonProps } from '@mantine/core';\nimport { Button as B } from '@mantine/core-extra';\n";
    const { code } = rewriteImports(source, '@mantine/core', table);
    expect(code.split('\n')).toHaveLength(source.split('\n').length);
    expect(code).toContain('import { Button } from "/m/Button.mjs"; import { Group } from "/m/Group.mjs";');
    expect(code).toContain("import { type ButtonProps } from '@mantine/core';");
    expect(code).toContain("import { Button as B } from '@mantine/core-extra';");
  });
});

describe('rewriteImports of an app folder index', () => {
  const table = new Map([['DueText', { file: '/app/src/modules/cases/components/DueText.tsx', imported: 'DueText' }]]);

  it('rewrites the imports a matcher recognises (relative paths) and counts the statements it changed', () => {
    const source =
      "import { DueText, type ListFilters } from '../../cases';\nimport { other } from '../../other';\nimport { type ListFilters } from '../../cases';\n";
    const { code, rewritten } = rewriteImports(source, (specifier) => specifier === '../../cases', table);
    expect(code).toBe(
      "import { DueText } from \"/app/src/modules/cases/components/DueText.tsx\";\nimport { other } from '../../other';\nimport { type ListFilters } from '../../cases';\n",
    );
    expect(rewritten).toBe(1);
  });
});

describe('directImports: checks that it did its job', () => {
  type Hook = (this: { error: (message: string) => never; warn: () => void }, ...args: unknown[]) => unknown;
  const context = {
    error: (message: string): never => {
      throw new Error(message);
    },
    warn: () => undefined,
  };
  const hook = (plugin: Plugin, name: 'buildStart' | 'transform' | 'buildEnd', ...args: unknown[]) =>
    (plugin[name] as unknown as Hook).call(context, ...args);

  const folderIndex = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'direct-imports-'));
    mkdirSync(path.join(dir, 'cases'));
    mkdirSync(path.join(dir, 'board'));
    writeFileSync(path.join(dir, 'cases', 'DueText.tsx'), 'export const DueText = () => null;');
    writeFileSync(path.join(dir, 'cases', 'index.ts'), "export { DueText } from './DueText';");
    return { dir, index: path.join(dir, 'cases', 'index.ts') };
  };

  it('rewrites relative imports of a folder index from any importer, and passes when it did', () => {
    const { dir, index } = folderIndex();
    const plugin = directImports({}, [index]);
    hook(plugin, 'buildStart');
    const result = hook(
      plugin,
      'transform',
      "import { DueText } from '../cases';",
      path.join(dir, 'board', 'BoardPage.tsx'),
    ) as { code: string };
    expect(result.code).toBe(`import { DueText } from ${JSON.stringify(path.join(dir, 'cases', 'DueText.tsx'))};`);
    expect(() => hook(plugin, 'buildEnd')).not.toThrow();
  });

  it('stops the build when an index was never rewritten, or its exports cannot be read', () => {
    const { dir, index } = folderIndex();
    const plugin = directImports({}, [index]);
    hook(plugin, 'buildStart');
    hook(plugin, 'transform', "import { DueText } from './cases/DueText';", path.join(dir, 'Other.tsx'));
    expect(() => hook(plugin, 'buildEnd')).toThrow(/rewrote no import of .*cases[\\/]index\.ts/);

    writeFileSync(index, "export * from './DueText';");
    expect(() => hook(directImports({}, [index]), 'buildStart')).toThrow(/no exports found/);
  });
});
