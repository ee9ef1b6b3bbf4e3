import postcss from 'postcss';
import { classMapClasses, pruneUnusedMantineRules, pruningProblems, withContentHash } from './pruneMantineCss.ts';

const prune = (css: string, used: string[]) => pruneUnusedMantineRules(postcss.parse(css), new Set(used)).toString();

describe('pruneUnusedMantineRules', () => {
  it('drops the rules of components whose classes the bundle never uses, keeping used ones and everything else', () => {
    const css = [
      ':root { --mantine-scale: 1; }',
      'body { margin: 0; }',
      '.m_11111111 { color: red; }',
      '.m_22222222 { color: blue; }',
      '.m_11111111 .m_22222222 { color: green; }',
      '.my-own { color: black; }',
    ].join('\n');
    const out = prune(css, ['m_11111111']);
    expect(out).toContain('--mantine-scale');
    expect(out).toContain('body { margin: 0; }');
    expect(out).toContain('.m_11111111 { color: red; }');
    expect(out).not.toContain('blue');
    expect(out).not.toContain('green'); // needs both classes
    expect(out).toContain('.my-own');
  });

  it('keeps the selectors of a list that can still match, and a class only inside :where() does not decide', () => {
    const out = prune('.m_11111111, .m_33333333 { color: red; }\n.m_11111111:where(.m_33333333) { color: blue; }', [
      'm_11111111',
    ]);
    expect(out).toContain('.m_11111111 { color: red; }');
    expect(out).not.toContain('.m_33333333 {');
    expect(out).toContain('.m_11111111:where(.m_33333333) { color: blue; }');
  });

  it('removes media blocks left empty and leaves keyframes alone', () => {
    const css =
      '@media (max-width: 10em) { .m_33333333 { color: red; } }\n@keyframes m_33333333-spin { from { opacity: 0; } }';
    const out = prune(css, []);
    expect(out).not.toContain('@media');
    expect(out).toContain('@keyframes m_33333333-spin');
  });
});

describe('pruningProblems', () => {
  const before = '.m_11111111 { color: red; }\n.m_2222222 { color: blue; }\n.m_33333333 { color: green; }';

  it('reads the classes a Mantine class map hands out', () => {
    expect(
      classMapClasses('var Button_module_default = {\n\t"root": "m_77c9d27d",\n\t"section": "m_a74036a"\n};'),
    ).toEqual(['m_77c9d27d', 'm_a74036a']);
  });

  it('accepts a pruning that removed rules only of components not in the bundle', () => {
    expect(
      pruningProblems(
        before,
        '.m_11111111 { color: red; }\n.m_2222222 { color: blue; }',
        new Set(['m_11111111', 'm_2222222', 'm_44444444']),
      ),
    ).toEqual([]);
  });

  it('reports a pruning that removed nothing, one that removed the rules of a bundled component, and a bundle without class maps', () => {
    expect(pruningProblems(before, before, new Set(['m_11111111']))).toEqual(['nothing was removed']);
    expect(pruningProblems(before, '.m_11111111 { color: red; }', new Set(['m_11111111', 'm_2222222']))).toEqual([
      'rules of bundled components were removed (m_2222222)',
    ]);
    expect(pruningProblems(before, '', new Set())).toEqual([
      "no Mantine component's class map (esm/**/*.module.mjs) was found in the bundle",
    ]);
  });
});

describe('withContentHash', () => {
  it('names the pruned stylesheet after its own content, so a different pruning never ships under a cached name', () => {
    const a = withContentHash('assets/index-15fDro1B.css', '.m_00000001{color:red}');
    const b = withContentHash('assets/index-15fDro1B.css', '.m_00000001{color:blue}');
    expect(a).toMatch(/^assets\/index-[\w-]{8}\.css$/);
    expect(b).not.toBe(a);
    expect(withContentHash('assets/index-15fDro1B.css', '.m_00000001{color:red}')).toBe(a);
    expect(withContentHash('assets/first-screen-X85AuGND.css', '.x{}')).toMatch(/^assets\/first-screen-[\w-]{8}\.css$/);
    expect(withContentHash('assets/BoardPage-CcK-kRMa.css', '.x{}')).toMatch(/^assets\/BoardPage-[\w-]{8}\.css$/);
  });
});
