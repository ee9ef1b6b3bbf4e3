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

const importsOf = (pkg: string) => new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*['"]${pkg.replace(/[/.]/g, '\\$&')}['"];?`, 'g');

/**
 * Rewrites `import { Button, Group as G, type ButtonProps } from '<pkg>'` into one import per defining file.
 * Type-only specifiers are dropped (TypeScript erases them anyway; an all-type import is left as it is); names the
 * table does not know stay on the package's index and are returned so the caller can report them.
 */
export const rewriteImports = (code: string, pkg: string, table: ExportTable): { code: string; unknown: string[] } => {
  const unknown: string[] = [];
  const rewritten = code.replace(importsOf(pkg), (statement, list: string) => {
    const byFile = new Map<string, string[]>();
    const rest: string[] = [];
    for (const { name, alias } of parseSpecifiers(list)) {
      const origin = table.get(name);
      const specifier = origin && origin.imported !== alias ? `${origin.imported} as ${alias}` : name === alias ? name : `${name} as ${alias}`;
      if (!origin) {
        rest.push(specifier);
        unknown.push(name);
        continue;
      }
      byFile.set(origin.file, [...(byFile.get(origin.file) ?? []), specifier]);
    }
    if (byFile.size === 0 && rest.length === 0) return statement;
    const lines = [...byFile].map(([file, specifiers]) => `import { ${specifiers.join(', ')} } from ${JSON.stringify(file)};`);
    if (rest.length > 0) lines.push(`import { ${rest.join(', ')} } from '${pkg}';`);
    // As many line breaks as the statement had, so the lines after it keep their numbers (source maps).
    return lines.join(' ') + '\n'.repeat(statement.split('\n').length - 1);
  });
  return { code: rewritten, unknown };
};

/**
 * Imports of names from a package's index go straight to the files that define them (build only).
 *
 * An index that gathers a whole library makes every part of it reachable from every page that imports anything
 * from it, and the bundler places code by reachability: the cases list downloaded the accordion, the tooltip and
 * the combobox of other pages (Mantine), and the message interpreter and pre-submission checks (libs/domain).
 * Pointing at the defining files lets the chunks follow what each page uses. Mantine's own files import
 * @mantine/hooks by its index too, so they are rewritten as well; other packages in node_modules are left alone.
 *
 * `indexes` maps a package name to its index file.
 */
export function directImports(indexes: Record<string, string>): Plugin {
  const tables = new Map<string, ExportTable>();
  const tableOf = (pkg: string, index: string): ExportTable => {
    let table = tables.get(pkg);
    if (!table) {
      table = readExportTable(index);
      tables.set(pkg, table);
    }
    return table;
  };
  return {
    name: 'waiji:direct-imports',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.(m?js|tsx?)$/.test(id)) return null;
      if (/[\\/]node_modules[\\/]/.test(id) && !/[\\/]node_modules[\\/]@mantine[\\/]/.test(id)) return null;
      let result = code;
      for (const [pkg, index] of Object.entries(indexes)) {
        if (!result.includes(pkg) || id === index) continue;
        const { code: next, unknown } = rewriteImports(result, pkg, tableOf(pkg, index));
        if (unknown.length > 0) this.warn(`${path.relative(process.cwd(), id)}: ${unknown.join(', ')} not found in ${pkg}'s index; imported from the index`);
        result = next;
      }
      return result === code ? null : { code: result, map: null };
    },
  };
}
