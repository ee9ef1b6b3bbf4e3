import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postcss, { type Root } from 'postcss';
import type { Plugin } from 'vite';

/** Mantine's generated class names (`m_` and 8 hex digits), as they appear in its stylesheet and its JS. */
const MANTINE_CLASS = /\bm_[0-9a-f]{8}\b/g;

/** The classes a selector needs outside `:where()`, `:is()`, `:not()`…, whose arguments may match without them. */
const requiredClasses = (selector: string): string[] => {
  let outer = selector;
  for (let previous = ''; previous !== outer;) {
    previous = outer;
    outer = outer.replace(/\([^()]*\)/g, '');
  }
  return outer.match(MANTINE_CLASS) ?? [];
};

/**
 * Drops the rules of a stylesheet that need a Mantine class no component in `used` carries; returns what is
 * left. Rules without Mantine classes (variables, the baseline, our own CSS) stay as they are.
 */
export const pruneUnusedMantineRules = (root: Root, used: ReadonlySet<string>): Root => {
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return;
    const kept = rule.selectors.filter((selector) => requiredClasses(selector).every((name) => used.has(name)));
    if (kept.length === 0) rule.remove();
    else if (kept.length !== rule.selectors.length) rule.selectors = kept;
  });
  // Media and supports blocks whose rules all went.
  root.walkAtRules((atRule) => {
    if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
  });
  return root;
};

/** A Mantine component's class map (`Button.module.mjs`: `{ "root": "m_77c9d27d", … }`), by module id. */
const MANTINE_CLASS_MAP = /[\\/]@mantine[\\/]core[\\/]esm[\\/].+\.module\.mjs$/;

/** The class names a class-map module hands out. */
export const classMapClasses = (source: string): string[] =>
  [...source.matchAll(/["'](m_[0-9a-f]+)["']/g)].map(([, name = '']) => name);

/** Every Mantine class a stylesheet mentions, in any length (the pruning's pattern must not decide what counts). */
const classesIn = (css: string): Set<string> => new Set(css.match(/\bm_[0-9a-f]+\b/g));

/**
 * What is wrong with a pruning, if anything: nothing removed, or a class of a component the bundle contains
 * (`bundled`, read from the module graph, not from the pattern the pruning uses) that had rules before and has none
 * after — which is what a change in how Mantine names its classes, or in how its JS carries them, would cause.
 */
export const pruningProblems = (before: string, after: string, bundled: ReadonlySet<string>): string[] => {
  if (bundled.size === 0) return ["no Mantine component's class map (esm/**/*.module.mjs) was found in the bundle"];
  if (after.length >= before.length) return ['nothing was removed'];
  const kept = classesIn(after);
  const styled = classesIn(before);
  const lost = [...bundled].filter((name) => styled.has(name) && !kept.has(name));
  return lost.length > 0
    ? [`rules of bundled components were removed (${lost.slice(0, 10).join(', ')}${lost.length > 10 ? ', …' : ''})`]
    : [];
};

/**
 * The app imports Mantine's whole stylesheet (~30 KB compressed, render-blocking), of which the components it
 * uses need ~a third. This keeps the rules whose Mantine classes appear in the built JavaScript of any page —
 * a component's class names are in the bundle exactly when the component is — and drops the rest.
 *
 * The build stops if no stylesheet held Mantine's classes, if nothing was removed, or if a component in the bundle
 * lost its rules (see pruningProblems), instead of shipping the whole stylesheet or unstyled components.
 */
export function pruneMantineCss(): Plugin {
  return {
    name: 'waiji:prune-mantine-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const used = new Set<string>();
      const bundled = new Set<string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const [name] of output.code.matchAll(MANTINE_CLASS)) used.add(name);
        for (const [id, module] of Object.entries(output.modules)) {
          if (MANTINE_CLASS_MAP.test(id) && module.renderedLength > 0)
            for (const name of classMapClasses(readFileSync(id, 'utf8'))) bundled.add(name);
        }
      }
      let pruned = 0;
      const renamed = new Map<string, string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset' || !output.fileName.endsWith('.css')) continue;
        const before = String(output.source);
        // (`.test` would be wrong here: MANTINE_CLASS is global, so it would resume from its last match.)
        if (before.match(MANTINE_CLASS) === null) continue;
        const after = pruneUnusedMantineRules(postcss.parse(before), used).toString();
        const problems = pruningProblems(before, after, bundled);
        if (problems.length > 0)
          this.error(
            `${output.fileName}: pruning Mantine's stylesheet went wrong: ${problems.join('; ')} (see build/README.md)`,
          );
        output.source = after;
        pruned += 1;
        this.info(
          `${output.fileName}: Mantine rules for unused components removed, ${before.length} → ${after.length} bytes`,
        );
        // The name was hashed from the stylesheet before pruning, and assets/ is cached for a year: a build that starts
        // using one more Mantine component would ship different rules under the same name. Name it after what it holds.
        const fileName = withContentHash(output.fileName, after);
        if (fileName !== output.fileName) renamed.set(output.fileName, fileName);
      }
      if (pruned === 0)
        this.error(
          "no stylesheet with Mantine's classes in the bundle: @mantine/core/styles.css was not pruned (see build/README.md)",
        );
      renameAssets(bundle, renamed, (fileName, source) => this.emitFile({ type: 'asset', fileName, source }));
    },
  };
}

/** `assets/index-AbC123.css` → `assets/index-<hash of content>.css` (Vite's hash: the last 8 characters before .css). */
export function withContentHash(fileName: string, content: string): string {
  const hash = createHash('sha256').update(content).digest('base64url').slice(0, 8);
  return fileName.replace(/-[\w-]{8}(\.css)$/, `-${hash}$1`);
}

type Bundle = Parameters<NonNullable<Extract<Plugin['generateBundle'], (...args: never[]) => unknown>>>[1];

/** Moves renamed assets to their new names and rewrites every reference to them in the other outputs. */
function renameAssets(
  bundle: Bundle,
  renamed: Map<string, string>,
  emit: (fileName: string, source: string | Uint8Array) => void,
): void {
  if (renamed.size === 0) return;
  const replace = (text: string) => [...renamed].reduce((result, [from, to]) => result.split(from).join(to), text);
  // Rolldown ignores assignments to the bundle: the renamed asset is emitted anew and the old entry deleted.
  for (const [from, to] of renamed) {
    const output = bundle[from];
    if (output?.type !== 'asset') continue;
    delete bundle[from];
    emit(to, output.source);
  }
  for (const output of Object.values(bundle)) {
    if (output.type === 'chunk') {
      output.code = replace(output.code);
      output.viteMetadata?.importedCss.forEach((name) => {
        const to = renamed.get(name);
        if (to && output.viteMetadata) {
          output.viteMetadata.importedCss.delete(name);
          output.viteMetadata.importedCss.add(to);
        }
      });
    } else if (typeof output.source === 'string') {
      output.source = replace(output.source);
    }
  }
}
