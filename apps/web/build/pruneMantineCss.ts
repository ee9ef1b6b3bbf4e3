import postcss, { type Root } from 'postcss';
import type { Plugin } from 'vite';

/** Mantine's generated class names (`m_` and 8 hex digits), as they appear in its stylesheet and its JS. */
const MANTINE_CLASS = /\bm_[0-9a-f]{8}\b/g;

/** The classes a selector needs outside `:where()`, `:is()`, `:not()`…, whose arguments may match without them. */
const requiredClasses = (selector: string): string[] => {
  let outer = selector;
  for (let previous = ''; previous !== outer; ) {
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

/**
 * The app imports Mantine's whole stylesheet (~30 KB compressed, render-blocking), of which the components it
 * uses need ~a third. This keeps the rules whose Mantine classes appear in the built JavaScript of any page —
 * a component's class names are in the bundle exactly when the component is — and drops the rest.
 */
export function pruneMantineCss(): Plugin {
  return {
    name: 'waiji:prune-mantine-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const used = new Set<string>();
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') for (const [name] of output.code.matchAll(MANTINE_CLASS)) used.add(name);
      }
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset' || !output.fileName.endsWith('.css')) continue;
        const before = String(output.source);
        // (`.test` would be wrong here: MANTINE_CLASS is global, so it would resume from its last match.)
        if (before.match(MANTINE_CLASS) === null) continue;
        const after = pruneUnusedMantineRules(postcss.parse(before), used).toString();
        output.source = after;
        this.info(`${output.fileName}: Mantine rules for unused components removed, ${before.length} → ${after.length} bytes`);
      }
    },
  };
}
