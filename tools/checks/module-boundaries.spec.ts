import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** Lints `code` as if it lived at `file`, through the project's real ESLint config. */
function lint(
  file: string,
  code: string,
): { exitCode: number | null; messages: { ruleId: string | null; message: string }[] } {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file, '--format', 'json'],
    {
      cwd: root,
      input: code,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false' },
    },
  );
  const report = JSON.parse(result.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return { exitCode: result.status, messages: report.flatMap((r) => r.messages) };
}

const boundaryErrors = (messages: { ruleId: string | null }[]) =>
  messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries');

describe('Nx module boundaries (DESIGN.md dependency rule), checked by `npm run lint`', () => {
  it.each([
    [
      'libs/domain/src/violation.ts',
      'domain imports nothing of ours',
      "import { healthResponse } from '@waiji/contract';\nexport const x = healthResponse;\n",
    ],
    [
      'apps/web/src/violation.ts',
      'web never imports api',
      "import { createApp } from '@waiji/api';\nexport const x = createApp;\n",
    ],
    [
      'libs/contract/src/violation.ts',
      'contract depends on domain only',
      "import { createApp } from '@waiji/api';\nexport const x = createApp;\n",
    ],
  ])('refuses %s (%s)', (file, _rule, code) => {
    const result = lint(file, code);
    expect(boundaryErrors(result.messages).length).toBeGreaterThan(0);
    expect(result.exitCode).not.toBe(0);
  });

  it.each([
    [
      'apps/api/src/allowed.ts',
      "import { healthResponse } from '@waiji/contract';\nexport const x = healthResponse;\n",
    ],
    [
      'apps/web/src/allowed.ts',
      "import { healthResponse } from '@waiji/contract';\nexport const x = healthResponse;\n",
    ],
  ])('allows %s', (file, code) => {
    expect(boundaryErrors(lint(file, code).messages)).toEqual([]);
  });
});
