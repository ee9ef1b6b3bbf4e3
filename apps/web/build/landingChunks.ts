import type { Plugin } from 'vite';

/** What the bundler tells about a module while it places modules in chunks. */
export type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/**
 * A chunk for the code some pages people land on share with other pages: `entries` are their modules' paths; or,
 * with `sharedBy`, the code every one of the named landings reaches (their common ground: the signed-in shell and
 * the components both a helper's and a client's first screen use), so neither downloads the other's chunk for it.
 */
export type Landing =
  | { name: string; entries: readonly string[]; sharedBy?: never }
  | { name: string; sharedBy: readonly string[]; entries?: never };

/** Every module `entries` import, directly or through others (dynamic imports excluded). */
export const reachedFrom = (entries: readonly string[], graph: ModuleGraph): Set<string> => {
  const reached = new Set<string>();
  const queue = [...entries];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return reached;
};

type Group = {
  name: (id: string, graph: ModuleGraph) => string | null;
  debugName: string;
  minShareCount: number;
  priority: number;
};

/** The modules each landing claims before ownership is settled: what its pages reach, or what all of `sharedBy` reach. */
const reachOf = (landings: readonly Landing[], graph: ModuleGraph): Map<string, Set<string>> => {
  const reach = new Map<string, Set<string>>();
  for (const landing of landings) if (landing.entries) reach.set(landing.name, reachedFrom(landing.entries, graph));
  for (const landing of landings) {
    if (!landing.sharedBy) continue;
    const sets = landing.sharedBy.map((name) => {
      const set = reach.get(name);
      if (!set) throw new Error(`landing ${landing.name}: sharedBy names ${name}, which is no landing with entries`);
      return set;
    });
    const [first = new Set<string>(), ...rest] = sets;
    reach.set(landing.name, new Set([...first].filter((id) => rest.every((set) => set.has(id)))));
  }
  return reach;
};

/**
 * Chunk groups for the bundler, one per landing: a module goes to the chunk of the first landing (in the order
 * given) whose pages import it (for a `sharedBy` landing: that all of its landings' pages import). With `minShareCount: 2`, what only one page uses stays in that page's own chunk. A
 * page then loads its own chunk, the landing chunks it shares code with and `ui` for what is left, instead of one
 * small chunk per combination of pages sharing a module. Each landing's group comes before the next (priority):
 * the bundler also puts a captured module's dependencies in its chunk, and a later landing must not take code an
 * earlier one uses. Priorities run from `basePriority + landings.length` down to `basePriority + 1`.
 * The graph is read once per build (the groups are made anew with the config).
 */
export const landingChunks = (landings: readonly Landing[], basePriority: number): Group[] => {
  let owners: Map<string, string> | undefined;
  const ownerOf = (id: string, graph: ModuleGraph): string | undefined => {
    if (!owners) {
      owners = new Map();
      const reach = reachOf(landings, graph);
      for (const { name } of landings) {
        for (const module of reach.get(name) ?? []) if (!owners.has(module)) owners.set(module, name);
      }
    }
    return owners.get(id);
  };
  return landings.map(({ name }, index) => ({
    name: (id: string, graph: ModuleGraph) => (ownerOf(id, graph) === name ? name : null),
    debugName: name,
    minShareCount: 2,
    priority: basePriority + landings.length - index,
  }));
};

/** What the bundle tells about a chunk, for the check below. */
type BuiltChunk = { type: 'chunk'; name: string; moduleIds: readonly string[] } | { type: 'asset' };

/** What is wrong with the landing chunks of a bundle: a landing's page missing from it, or its chunk not made. */
export const landingProblems = (landings: readonly Landing[], outputs: readonly BuiltChunk[]): string[] => {
  const chunks = outputs.filter((output) => output.type === 'chunk');
  const bundled = new Set(chunks.flatMap((chunk) => chunk.moduleIds));
  const named = new Set(chunks.map((chunk) => chunk.name));
  return landings.flatMap(({ name, entries = [] }) => [
    ...entries
      .filter((entry) => !bundled.has(entry))
      .map((entry) => `${name}: ${entry} is not in the bundle (moved or renamed?)`),
    ...(named.has(name)
      ? []
      : [
          `${name}: no chunk was made for it (its pages share nothing with others any more, or the bundler ignored the group)`,
        ]),
  ]);
};

/**
 * The chunk groups above name pages by their file paths and rely on the bundler's `codeSplitting.groups`: a moved
 * page or a bundler change would silently give the old 18-files-per-page layout back. The build stops instead.
 */
export const checkLandingChunks = (landings: readonly Landing[]): Plugin => ({
  name: 'waiji:check-landing-chunks',
  apply: 'build',
  generateBundle(_options, bundle) {
    const problems = landingProblems(landings, Object.values(bundle));
    if (problems.length > 0) this.error(`landing chunks: ${problems.join('; ')} (see build/README.md)`);
  },
});
