// Reads the API's operations from its controllers and the web app's requests from its source, for
// capabilities.spec.ts and docs/capabilities.md ("every API capability a role may use has a way in the UI").
// The operations come from the metadata Nest routes and guards with (the controller files are loaded, no app is
// started); the web's requests from its source text, through the TypeScript parser.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RequestMethod } from '@nestjs/common';
import { CONTROLLER_WATERMARK, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import ts from 'typescript';
import {
  ALLOW_CLIENT_KEY,
  MIN_ROLE_KEY,
  NO_ORGANIZATION_KEY,
  PUBLIC_KEY,
} from '../../apps/api/src/auth/auth.decorators';

export const root = path.resolve(__dirname, '../..');

const walk = (dir: string, keep: (file: string) => boolean): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return ['node_modules', 'generated', 'testing', 'test'].includes(entry.name) ? [] : walk(full, keep);
    return keep(entry.name) ? [full] : [];
  });

const parse = (file: string) =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);

/** A path with every parameter (`:id`, `:userId`, a value filled in by the web) written `:p`, and no trailing slash. */
export const normalisePath = (value: string): string =>
  value
    .split('/')
    .map((segment) => (segment.startsWith(':') ? ':p' : segment))
    .join('/')
    .replace(/(.)\/$/, '$1');

// ---- The API's operations -----------------------------------------------------------------------------------

export type StaffRole = 'OWNER' | 'ADMIN' | 'HELPER' | 'VIEWER';
const staffRanks: readonly StaffRole[] = ['VIEWER', 'HELPER', 'ADMIN', 'OWNER'];

export type ApiOperation = {
  method: string;
  /** As the API routes it, e.g. /api/cases/:id/notes (global prefix `api`). */
  path: string;
  /** `METHOD /api/path`, the key docs/capabilities.md and the lists below use. */
  key: string;
  file: string;
  isPublic: boolean;
  withoutOrganization: boolean;
  allowClient: boolean;
  minRole: StaffRole;
};

const joinPath = (...parts: (string | undefined)[]) =>
  `/${parts
    .map((part) => (part ?? '').replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;

// AuthGuard's keys, from the decorators themselves.
const GUARD_KEYS = {
  isPublic: PUBLIC_KEY,
  minRole: MIN_ROLE_KEY,
  allowClient: ALLOW_CLIENT_KEY,
  withoutOrganization: NO_ORGANIZATION_KEY,
} as const;

type Metadata = {
  getMetadata(key: string, target: object): unknown;
  hasMetadata(key: string, target: object): boolean;
};

/** A prototype's method names, its base classes' included (as Nest's MetadataScanner routes them). */
function methodNames(prototype: object): Set<string> {
  const names = new Set<string>();
  for (let p: object | null = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null)
    for (const name of Object.getOwnPropertyNames(p)) names.add(name);
  return names;
}

/**
 * Every operation of apps/api/src/**\/*.controller.ts, read from the metadata Nest routes and AuthGuard checks with
 * (the controller files are loaded, the app is not started): the controller's prefix and the method's route, and
 * the guard's decorators, the method's first and then the class's. Routes made by a shared base class count too.
 */
export function apiOperations(): ApiOperation[] {
  const files = walk(path.join(root, 'apps/api/src'), (name) => name.endsWith('.controller.ts'));
  const reflect = Reflect as unknown as Metadata;
  const operations: ApiOperation[] = [];
  for (const file of files) {
    // Loaded by path, as the api's own tests load it.
    const exports = require(file) as Record<string, unknown>;
    for (const controller of Object.values(exports)) {
      if (typeof controller !== 'function' || !reflect.hasMetadata(CONTROLLER_WATERMARK, controller)) continue;
      const prefixes = ([] as string[]).concat((reflect.getMetadata(PATH_METADATA, controller) as string) ?? '');
      const prototype = (controller as { prototype: Record<string, unknown> }).prototype;
      for (const name of methodNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const requestMethod = reflect.getMetadata(METHOD_METADATA, handler) as number | undefined;
        if (requestMethod === undefined) continue;
        const method = RequestMethod[requestMethod] ?? String(requestMethod);
        const meta = (key: string) => reflect.getMetadata(key, handler) ?? reflect.getMetadata(key, controller);
        const subs = ([] as string[]).concat((reflect.getMetadata(PATH_METADATA, handler) as string) ?? '');
        for (const prefix of prefixes) {
          for (const sub of subs) {
            const routePath = joinPath('api', prefix, sub);
            operations.push({
              method,
              path: routePath,
              key: `${method} ${routePath}`,
              file: path.relative(root, file),
              isPublic: meta(GUARD_KEYS.isPublic) === true,
              withoutOrganization: meta(GUARD_KEYS.withoutOrganization) === true,
              allowClient: meta(GUARD_KEYS.allowClient) === true,
              minRole: (meta(GUARD_KEYS.minRole) as StaffRole | undefined) ?? 'VIEWER',
            });
          }
        }
      }
    }
  }
  return operations.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** Who AuthGuard lets through: everyone (visitors too), any signed-in user, or the listed roles. */
export function guardAudience(operation: ApiOperation): string {
  if (operation.isPublic) return 'anyone (visitor)';
  if (operation.withoutOrganization) return 'any signed-in user';
  const staff = staffRanks.slice(staffRanks.indexOf(operation.minRole)).reverse();
  return [...staff, ...(operation.allowClient ? ['CLIENT'] : [])].join(', ');
}

// ---- The web app's requests ---------------------------------------------------------------------------------

export type WebCall = { method: string; path: string; file: string; line: number };

/** Stands for a value the source does not fix (an id, a query string): one path parameter. */
const HOLE = '\u0000';
/** Beyond this many alternatives a path expression is not followed (ternaries multiply them). */
const MAX_ALTERNATIVES = 64;

type Binding = ts.Expression | ts.FunctionLikeDeclaration;
type Scope = { file: ts.SourceFile; names: Map<string, Binding> };

/** A file's top-level `const name = …` and `function name` declarations, by name. */
function topLevelBindings(file: ts.SourceFile): Map<string, Binding> {
  const names = new Map<string, Binding>();
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement) && statement.declarationList.flags & ts.NodeFlags.Const) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer)
          names.set(declaration.name.text, declaration.initializer);
      }
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      names.set(statement.name.text, statement);
    }
  }
  return names;
}

const cross = (left: string[], right: string[]) =>
  left.flatMap((a) => right.map((b) => a + b)).slice(0, MAX_ALTERNATIVES);

/**
 * The strings a path expression may be: literals, template literals, `a + b`, `cond ? a : b`, constants of the file
 * (or exported by another web file), and calls of the file's own path helpers (`casePath(id, '/events')`) with their
 * parameters bound. Anything else (an id, encodeURIComponent(…), query.toString()) is one unknown value.
 */
function evaluate(
  node: ts.Expression,
  scope: Scope,
  exported: Map<string, Binding>,
  env: Map<string, string[]>,
  depth = 0,
): string[] {
  if (depth > 12) return [HOLE];
  const again = (next: ts.Expression, nextEnv = env, nextScope = scope) =>
    evaluate(next, nextScope, exported, nextEnv, depth + 1);
  if (ts.isStringLiteralLike(node)) return [node.text];
  if (ts.isTemplateExpression(node))
    return node.templateSpans.reduce(
      (values, span) => cross(cross(values, again(span.expression)), [span.literal.text]),
      [node.head.text],
    );
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node))
    return again(node.expression);
  if (ts.isConditionalExpression(node))
    return [...again(node.whenTrue), ...again(node.whenFalse)].slice(0, MAX_ALTERNATIVES);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return cross(again(node.left), again(node.right));
  if (ts.isIdentifier(node)) {
    const bound = env.get(node.text);
    if (bound) return bound;
    const binding = scope.names.get(node.text) ?? exported.get(node.text);
    if (binding && !ts.isFunctionLike(binding)) return again(binding, new Map());
    return [HOLE];
  }
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
    const helper = scope.names.get(node.expression.text);
    if (helper && (ts.isArrowFunction(helper) || ts.isFunctionExpression(helper) || ts.isFunctionDeclaration(helper))) {
      const body = ts.isArrowFunction(helper) && !ts.isBlock(helper.body) ? helper.body : returned(helper.body);
      if (!body) return [HOLE];
      const inner = new Map<string, string[]>();
      helper.parameters.forEach((parameter, index) => {
        if (!ts.isIdentifier(parameter.name)) return;
        const argument = node.arguments[index];
        if (argument) inner.set(parameter.name.text, again(argument));
        else if (parameter.initializer) inner.set(parameter.name.text, again(parameter.initializer, new Map()));
        else inner.set(parameter.name.text, ['']);
      });
      return again(body, inner);
    }
  }
  return [HOLE];
}

/** The expression of a function body's only `return` (path helpers are one-liners). */
function returned(body: ts.Node | undefined): ts.Expression | undefined {
  if (!body || !ts.isBlock(body)) return undefined;
  const returns = body.statements.filter(ts.isReturnStatement);
  return returns.length === 1 ? returns[0]?.expression : undefined;
}

/** `/cases/\0/events?\0` → `/api/cases/:p/events`; undefined when it is not a path of the API. */
function apiPathOf(value: string): string | undefined {
  const withoutQuery = value.split('?')[0] ?? '';
  const full = withoutQuery.startsWith('/api/') || withoutQuery === '/api' ? withoutQuery : `/api${withoutQuery}`;
  if (!withoutQuery.startsWith('/')) return undefined;
  return normalisePath(
    full
      .split('/')
      .map((segment) => (segment.includes(HOLE) ? ':p' : segment))
      .join('/'),
  );
}

const methodOption = (options: ts.Expression | undefined): string | undefined => {
  if (!options || !ts.isObjectLiteralExpression(options)) return undefined;
  for (const property of options.properties) {
    if (
      ts.isPropertyAssignment(property) &&
      ts.isIdentifier(property.name) &&
      property.name.text === 'method' &&
      ts.isStringLiteralLike(property.initializer)
    )
      return property.initializer.text.toUpperCase();
  }
  return undefined;
};

/** The HTTP method and path argument of a request the web makes: api.get/post/…, apiRequest, buildApiUrl, fetch. */
function requestOf(node: ts.CallExpression): { method: string; target: ts.Expression } | undefined {
  const [target, second] = node.arguments;
  if (!target) return undefined;
  const callee = node.expression;
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'api') {
    const method = callee.name.text.toUpperCase();
    return ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method) ? { method, target } : undefined;
  }
  if (!ts.isIdentifier(callee)) return undefined;
  // A URL from buildApiUrl is opened as a link or a download: a GET.
  if (callee.text === 'buildApiUrl') return { method: 'GET', target };
  if (callee.text === 'apiRequest' || callee.text === 'fetch') return { method: methodOption(second) ?? 'GET', target };
  // Document uploads go over XMLHttpRequest for their progress (web documents/utils/upload.ts): always a POST.
  if (callee.text === 'uploadWithRetry') return { method: 'POST', target };
  return undefined;
}

/** Every request to the API that apps/web/src makes (specs and test helpers left out), as method and `:p` path. */
export function webCalls(): WebCall[] {
  const files = walk(
    path.join(root, 'apps/web/src'),
    (name) => /\.tsx?$/.test(name) && !/\.(spec|test)\.tsx?$/.test(name),
  ).map(parse);
  const exported = new Map<string, Binding>();
  for (const file of files) {
    for (const [name, binding] of topLevelBindings(file)) if (!ts.isFunctionLike(binding)) exported.set(name, binding);
  }
  const calls: WebCall[] = [];
  for (const file of files) {
    const scope: Scope = { file, names: topLevelBindings(file) };
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const request = requestOf(node);
        if (request) {
          for (const value of new Set(evaluate(request.target, scope, exported, new Map()))) {
            const apiPath = apiPathOf(value);
            if (apiPath)
              calls.push({
                method: request.method,
                path: apiPath,
                file: path.relative(root, file.fileName),
                line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
              });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return calls;
}

/** The web's requests for one operation. */
export const callsOf = (operation: ApiOperation, calls: readonly WebCall[]): WebCall[] => {
  const wanted = normalisePath(operation.path);
  return calls.filter((call) => call.method === operation.method && call.path === wanted);
};
