import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { __waijiStopPostgres?: () => Promise<void>; __waijiDataDir?: string };
  await state.__waijiStopPostgres?.();
  if (state.__waijiDataDir) rmSync(state.__waijiDataDir, { recursive: true, force: true });
}
