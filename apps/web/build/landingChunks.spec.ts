import { landingChunks, type ModuleGraph, reachedFrom } from './landingChunks.ts';

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
    expect([...reachedFrom(['today', 'case'], graph)].sort()).toEqual(['badge', 'case', 'chart', 'deep', 'row', 'today', 'util']);
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
