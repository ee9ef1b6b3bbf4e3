// Accessibility checks for the journeys: axe-core (node_modules/axe-core/axe.min.js) injected into the page and run
// with the WCAG 2.0/2.1/2.2 A and AA rules. `checkA11y(context, 'today')` records what it finds on `context`; the
// runner fails the journey when anything serious or critical was found and prints each violation (rule id, impact,
// target, help), and sums up the pages checked.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { root } from './server.mjs';

const axePath = path.join(root, 'node_modules/axe-core/axe.min.js');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const failing = new Set(['serious', 'critical']);
let axeSource;

const inject = async (page) => {
  if (await page.evaluate(() => typeof window.axe === 'object')) return;
  await page.addScriptTag({ path: axePath }).catch(() => undefined);
  // The app's Content-Security-Policy (script-src 'self') refuses an inline <script>: evaluate the source instead
  // (DevTools' evaluation is not subject to the page's policy).
  if (await page.evaluate(() => typeof window.axe === 'object')) return;
  axeSource ??= await readFile(axePath, 'utf8');
  await page.evaluate(axeSource);
};

/**
 * Runs axe on `context.page` (or `options.page`), limited to `options.include` (a CSS selector) when given.
 * Records `{ journey, page: name, violations }` in `context.a11y`, where violations are the serious and critical
 * ones, one entry per rule with the targets it failed on. Returns them.
 */
export const checkA11y = async (context, name, options = {}) => {
  const page = options.page ?? context.page;
  // Transitions and toasts that are still fading would be measured half-transparent: let the page settle.
  await page.waitForTimeout(options.settle ?? 250);
  await inject(page);
  const results = await page.evaluate(
    async ({ tags, include }) => {
      const result = await window.axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({
          target: node.target.join(' '),
          impact: node.impact,
          // "Element has insufficient color contrast of 3.9 (foreground color: …)", "Element has no title attribute" …
          message: [...node.any, ...node.all, ...node.none].map((check) => check.message).find(Boolean) ?? '',
        })),
      }));
    },
    { tags, include: options.include },
  );
  const violations = results.filter((violation) => failing.has(violation.impact));
  context.a11y ??= [];
  context.a11y.push({ page: name, violations, minor: results.length - violations.length });
  return violations;
};

/** The lines the runner prints for a journey's checks: one per serious/critical violation, with its targets. */
export const describeA11y = (checks) =>
  checks.flatMap(({ page, violations }) =>
    violations.map((violation) => {
      const targets = violation.nodes
        .slice(0, 5)
        .map((node) => `${node.target}${node.message ? ` — ${node.message}` : ''}`);
      if (violation.nodes.length > 5) targets.push(`… and ${violation.nodes.length - 5} more`);
      return `axe ${page}: ${violation.id} (${violation.impact}) — ${violation.help}\n        ${targets.join('\n        ')}`;
    }),
  );

/** Serious and critical findings over the checks (node count: the same rule on 3 buttons counts 3). */
export const countA11y = (checks) =>
  checks.reduce(
    (sum, check) => sum + check.violations.reduce((inner, violation) => inner + violation.nodes.length, 0),
    0,
  );
