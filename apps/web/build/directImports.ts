import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Where each name a package's index exports is defined: name → the defining file and the name there. */
export type ExportTable = ReadonlyMap<string, { file: string; imported: string }>;

type Specifier = { name: string; alias: string };

/** `a, type B, c as d` → a and c→d; type-only specifiers are left out (TypeScript erases them). */
const parseSpecifiers = (list: string): Specifier[] =>
  list
    .split(',')
    .map((raw) => raw.replace(/\/\/.*$/gm, '').trim())
    .filter((specifier) => specifier !== '' && !specifier.startsWith('type '))
    .map((specifier) => {
      const [name = '', alias = name] = specifier.split(/\s+as\s+/);
      return { name, alias };
    });

/** `./x.mjs` as it is; `./x` as `./x.ts` or `./x/index.ts`, the way TypeScript sources name their neighbours. */
const resolveRelative = (from: string, request: string): string => {
  const base = path.resolve(path.dirname(from), request);
  if (path.extname(base) !== '') return base;
  return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate)) ?? base;
};

/**
 * Reads an index that only gathers names from other files, in either shape used here:
 * `import { a, b as c } from "./x.mjs";` lines and one `export { … }` (Mantine's esm/index.mjs), or
 * `export { a, type B } from './x';` (libs/domain). Names the index defines itself are left out: imports of them stay
 * on the index.
 */
export const readExportTable = (indexFile: string, source = readFileSync(indexFile, 'utf8')): ExportTable => {
  const table = new Map<string, { file: string; imported: string }>();
  const imported = new Map<string, { file: string; imported: string }>();
  for (const [, list = '', from = ''] of source.matchAll(/^import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/gm)) {
    const file = resolveRelative(indexFile, from);
    for (const { name, alias } of parseSpecifiers(list)) imported.set(alias, { file, imported: name });
  }
  for (const [, list = '', from] of source.matchAll(/^export\s*\{([^}]*)\}(?:\s*from\s*['"]([^'"]+)['"])?/gm)) {
    for (const { name, alias } of parseSpecifiers(list)) {
      const origin = from ? { file: resolveRelative(indexFile, from), imported: name } : imported.get(name);
      if (origin) table.set(alias, origin);
    }
  }
  return table;
};

/** Every `import { … } from '…'` statement: its list of names and its specifier. */
const NAMED_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"];?/g;

/** Whether an import specifier names the index: the package's name, or a path that resolves to it. */
export type IndexMatcher = string | ((specifier: string) => boolean);

/**
 * Rewrites `import { Button, Group as G, type ButtonProps } from '<index>'` into one import per defining file.
 * Type-only specifiers are dropped (TypeScript erases them anyway; an all-type import is left as it is); names the
 * table does not know stay on the index and are returned so the caller can report them. `rewritten` counts the
 * statements changed.
 */
export const rewriteImports = (
  code: string,
  index: IndexMatcher,
  table: ExportTable,
): { code: string; unknown: string[]; rewritten: number } => {
  const isIndex = typeof index === 'string' ? (specifier: string) => specifier === index : index;
  const unknown: string[] = [];
  let rewritten = 0;
  const result = code.replace(NAMED_IMPORT, (statement, list: string, from: string) => {
    if (!isIndex(from)) return statement;
    const byFile = new Map<string, string[]>();
    const rest: string[] = [];
    for (const { name, alias } of parseSpecifiers(list)) {
      const origin = table.get(name);
      const specifier =
        origin && origin.imported !== alias
          ? `${origin.imported} as ${alias}`
          : name === alias
            ? name
            : `${name} as ${alias}`;
      if (!origin) {
        rest.push(specifier);
        unknown.push(name);
        continue;
      }
      byFile.set(origin.file, [...(byFile.get(origin.file) ?? []), specifier]);
    }
    if (byFile.size === 0) return statement;
    rewritten += 1;
    const lines = [...byFile].map(
      ([file, specifiers]) => `import { ${specifiers.join(', ')} } from ${JSON.stringify(file)};`,
    );
    if (rest.length > 0) lines.push(`import { ${rest.join(', ')} } from '${from}';`);
    // As many line breaks as the statement had, so the lines after it keep their numbers (source maps).
    return lines.join(' ') + '\n'.repeat(statement.split('\n').length - 1);
  });
  return { code: result, unknown, rewritten };
};

/** `index.ts` of one of the app's folders as a relative import names it from `importer`: the folder, `…/index`, or the file. */
const resolvesTo = (index: string, importer: string) => {
  const folder = path.basename(index).startsWith('index.') ? path.dirname(index) : undefined;
  const withoutExtension = index.slice(0, -path.extname(index).length);
  return (specifier: string): boolean => {
    if (!specifier.startsWith('.')) return false;
    const target = path.resolve(path.dirname(importer), specifier);
    return target === index || target === withoutExtension || target === folder;
  };
};

/**
 * Imports of names from an index go straight to the files that define them (build only).
 *
 * An index that gathers a whole library makes every part of it reachable from every page that imports anything
 * from it, and the bundler places code by reachability: the cases list downloaded the accordion, the tooltip and
 * the combobox of other pages (Mantine), and the message interpreter and pre-submission checks (libs/domain).
 * Pointing at the defining files lets the chunks follow what each page uses. Mantine's own files import
 * @mantine/hooks by its index too, so they are rewritten as well; other packages in node_modules are left alone.
 *
 * `packages` maps a package name to its index file; `folders` are index files of the app's own modules, which
 * other modules import by relative paths (e.g. `src/modules/cases/index.ts` as `'../../cases'`).
 *
 * Should an index stop being rewritten (a package changes the shape of its index, an app index is renamed), the
 * chunks would silently merge again: the build stops when an index's export table comes out empty or when no
 * import of an index was rewritten in the whole build.
 */
export function directImports(packages: Record<string, string>, folders: readonly string[] = []): Plugin {
  const indexes = [
    ...Object.entries(packages).map(([pkg, file]) => ({
      label: pkg,
      file,
      matcher: (): IndexMatcher => pkg,
      mentionedIn: (code: string) => code.includes(pkg),
    })),
    ...folders.map((file) => ({
      label: path.relative(process.cwd(), file),
      file,
      matcher: (importer: string): IndexMatcher => resolvesTo(file, importer),
      mentionedIn: (code: string) => code.includes(path.basename(path.dirname(file))),
    })),
  ];
  const tables = new Map<string, ExportTable>();
  const rewrites = new Map<string, number>();
  return {
    name: 'waiji:direct-imports',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      rewrites.clear();
      for (const { label, file } of indexes) {
        const table = readExportTable(file);
        if (table.size === 0)
          this.error(
            `${label}: no exports found in ${file}; directImports does not understand the index's shape (see build/README.md)`,
          );
        tables.set(label, table);
      }
    },
    transform(code, id) {
      if (!/\.(m?js|tsx?)$/.test(id)) return null;
      if (/[\\/]node_modules[\\/]/.test(id) && !/[\\/]node_modules[\\/]@mantine[\\/]/.test(id)) return null;
      let result = code;
      for (const { label, file, matcher, mentionedIn } of indexes) {
        const table = tables.get(label);
        if (!table || id === file || !mentionedIn(result)) continue;
        const { code: next, unknown, rewritten } = rewriteImports(result, matcher(id), table);
        if (unknown.length > 0)
          this.warn(
            `${path.relative(process.cwd(), id)}: ${unknown.join(', ')} not found in ${label}'s index; imported from the index`,
          );
        rewrites.set(label, (rewrites.get(label) ?? 0) + rewritten);
        result = next;
      }
      return result === code ? null : { code: result, map: null };
    },
    buildEnd(error) {
      if (error) return;
      const idle = indexes.filter(({ label }) => !rewrites.get(label)).map(({ label }) => label);
      if (idle.length > 0)
        this.error(
          `directImports rewrote no import of ${idle.join(', ')}: their imports no longer match (see build/README.md), and chunks would merge again`,
        );
    },
  };
}
