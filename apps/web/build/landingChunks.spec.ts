import { landingChunks, landingProblems, type ModuleGraph, reachedFrom } from './landingChunks.ts';

// list → row → [badge, util]; today → [badge, chart]; case → [row, util]; util → deep; (lazy imports are not edges)
const edges: Record<string, string[]> = {
  list: ['row'],
  row: ['badge', 'util'],
  today: ['badge', 'chart'],
  case: ['row', 'util'],
  util: ['deep'],
};
const graph: ModuleGraph = { getModuleInfo: (id) => ({ importedIds: edges[id] ?? [] }) };

describe('reachedFrom', () => {
  it('follows static imports transitively, once per module', () => {
    expect([...reachedFrom(['list'], graph)].sort()).toEqual(['badge', 'deep', 'list', 'row', 'util']);
    expect([...reachedFrom(['today', 'case'], graph)].sort()).toEqual([
      'badge',
      'case',
      'chart',
      'deep',
      'row',
      'today',
      'util',
    ]);
  });
});

describe('landingChunks', () => {
  const groups = landingChunks(
    [
      { name: 'first', entries: ['list'] },
      { name: 'second', entries: ['today'] },
      { name: 'third', entries: ['case'] },
    ],
    1,
  );
  const chunkOf = (id: string) => groups.map((group) => group.name(id, graph)).filter((name) => name !== null);

  it('gives a module to the first landing that imports it, and to no other', () => {
    expect(chunkOf('badge')).toEqual(['first']); // imported by list (first) and today (second)
    expect(chunkOf('deep')).toEqual(['first']);
    expect(chunkOf('chart')).toEqual(['second']);
    expect(chunkOf('case')).toEqual(['third']);
    expect(chunkOf('elsewhere')).toEqual([]);
  });

  it('ranks the groups in the landings’ order and keeps a module used by one page out of the shared chunks', () => {
    expect(groups.map((group) => [group.debugName, group.priority, group.minShareCount])).toEqual([
      ['first', 4, 2],
      ['second', 3, 2],
      ['third', 2, 2],
    ]);
  });
});

describe('landingChunks with a sharedBy landing', () => {
  // list and case both reach row, badge, util and deep; only list reaches list; today reaches badge and chart.
  const groups = landingChunks(
    [
      { name: 'common', sharedBy: ['first', 'third'] },
      { name: 'first', entries: ['list'] },
      { name: 'second', entries: ['today'] },
      { name: 'third', entries: ['case'] },
    ],
    1,
  );
  const chunkOf = (id: string) => groups.map((group) => group.name(id, graph)).filter((name) => name !== null);

  it('gives what all its landings reach to the shared chunk, and the rest to each landing as before', () => {
    expect(chunkOf('row')).toEqual(['common']);
    expect(chunkOf('util')).toEqual(['common']);
    expect(chunkOf('deep')).toEqual(['common']);
    expect(chunkOf('badge')).toEqual(['common']); // today reaches it too, after the shared landing
    expect(chunkOf('list')).toEqual(['first']);
    expect(chunkOf('chart')).toEqual(['second']);
    expect(chunkOf('case')).toEqual(['third']);
  });

  it('stops on a sharedBy naming no landing with entries', () => {
    const broken = landingChunks(
      [
        { name: 'common', sharedBy: ['first', 'missing'] },
        { name: 'first', entries: ['list'] },
      ],
      1,
    );
    expect(() => broken[0]?.name('row', graph)).toThrow('sharedBy names missing');
  });
});

describe('landingProblems', () => {
  const landings = [
    { name: 'first-screen', entries: ['/src/CaseListPage.tsx'] },
    { name: 'today', entries: ['/src/TodayPage.tsx'] },
  ];

  it('accepts a bundle holding every landing page and a chunk per landing', () => {
    const outputs = [
      { type: 'chunk' as const, name: 'first-screen', moduleIds: ['/src/Row.tsx'] },
      { type: 'chunk' as const, name: 'today', moduleIds: ['/src/Chart.tsx'] },
      { type: 'chunk' as const, name: 'CaseListPage', moduleIds: ['/src/CaseListPage.tsx'] },
      { type: 'chunk' as const, name: 'TodayPage', moduleIds: ['/src/TodayPage.tsx'] },
      { type: 'asset' as const },
    ];
    expect(landingProblems(landings, outputs)).toEqual([]);
  });

  it('reports a landing page missing from the bundle and a landing without its chunk', () => {
    const outputs = [
      { type: 'chunk' as const, name: 'first-screen', moduleIds: ['/src/CaseListPage.tsx'] },
      { type: 'chunk' as const, name: 'TodayPage', moduleIds: ['/src/today/TodayPage.tsx'] },
    ];
    expect(landingProblems(landings, outputs)).toEqual([
      'today: /src/TodayPage.tsx is not in the bundle (moved or renamed?)',
      'today: no chunk was made for it (its pages share nothing with others any more, or the bundler ignored the group)',
    ]);
  });
});
