import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { missingCompressed } from './precompress.ts';

describe('missingCompressed', () => {
  it('names the .br/.gz files missing beside the files worth compressing, and ignores small files, maps and images', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    const big = 'x'.repeat(2048);
    const file = (name: string, content = big) => {
      writeFileSync(path.join(dir, name), content);
      return path.join(dir, name);
    };
    const done = file('done.js');
    file('done.js.br');
    file('done.js.gz');
    const half = file('half.css');
    file('half.css.gz');
    const written = [done, half, file('small.js', 'tiny'), file('index.js.map'), file('logo.png'), file('none.html')];
    await expect(missingCompressed(written)).resolves.toEqual([
      path.join(dir, 'half.css.br'),
      path.join(dir, 'none.html.br'),
      path.join(dir, 'none.html.gz'),
    ]);
  });
});
