import type { CaseAction, CaseMachine, CaseState, Transition } from '@waiji/domain';

export type Point = { x: number; y: number };

export type DiagramNode = {
  state: CaseState;
  center: Point;
  /** The main lane holds the longest path from the initial to a final state; the rest sit beside it. */
  lane: 'main' | 'side';
  initial: boolean;
  final: boolean;
};

export type DiagramEdge = {
  key: string;
  action: CaseAction;
  from: CaseState;
  to: CaseState;
  transition: Transition;
  /** SVG path data, ending where the arrowhead points. */
  path: string;
  /** Where the action's name goes; a transition from several states is named on one edge only. */
  label?: Point;
};

export type DiagramLayout = {
  width: number;
  height: number;
  nodeWidth: number;
  nodeHeight: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** The "start here" dot and its arrow into the initial state. */
  start: { dot: Point; path: string };
};

const NODE_WIDTH = 128;
const NODE_HEIGHT = 40;
// Room between rows for a two-line action label with the arrow still visible.
const ROW_STEP = 112;
const TOP = 40;
// Labels on the spine are centred on it and may be wider than a box: keep 80px clear on its left.
const MAIN_X = 88;
const SIDE_X = 300;
const MARGIN = 12;
const CURVE_OFFSET = 28;

const round = (value: number): number => Math.round(value * 10) / 10;
const point = ({ x, y }: Point): string => `${round(x)} ${round(y)}`;

/** The longest simple path from the initial state to a final one: the "happy path" drawn as the spine. */
const mainPath = (machine: CaseMachine): CaseState[] => {
  let best: CaseState[] = [machine.initial];
  const visit = (path: CaseState[]): void => {
    const last = path[path.length - 1];
    if (last === undefined) return;
    if (machine.finalStates.includes(last) && path.length > best.length) best = path;
    for (const transition of machine.transitions) {
      if (transition.from.includes(last) && !path.includes(transition.to)) visit([...path, transition.to]);
    }
  };
  visit([machine.initial]);
  return best;
};

/** Where the ray from a box's centre towards `toward` leaves the box. */
const exitPoint = (center: Point, toward: Point): Point => {
  const dx = toward.x - center.x;
  const dy = toward.y - center.y;
  if (dx === 0 && dy === 0) return center;
  const scale = Math.min(
    dx === 0 ? Infinity : NODE_WIDTH / 2 / Math.abs(dx),
    dy === 0 ? Infinity : NODE_HEIGHT / 2 / Math.abs(dy),
  );
  return { x: center.x + dx * scale, y: center.y + dy * scale };
};

const quadraticMidpoint = (start: Point, control: Point, end: Point): Point => ({
  x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x,
  y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y,
});

/**
 * Positions for a machine's states and transitions, top to bottom: the main path as a column, other
 * states (e.g. REJECTED) in a second column level with the states they connect to. Pure, so it is
 * tested without a browser.
 */
export const layoutMachine = (machine: CaseMachine): DiagramLayout => {
  const spine = mainPath(machine);
  const rows = new Map<CaseState, number>(spine.map((state, index) => [state, index]));
  const lanes = new Map<CaseState, 'main' | 'side'>(spine.map((state) => [state, 'main']));

  const sideRows: number[] = [];
  for (const state of machine.states) {
    if (rows.has(state)) continue;
    const neighbourRows = new Set<number>();
    for (const transition of machine.transitions) {
      const linked = transition.to === state ? transition.from : transition.from.includes(state) ? [transition.to] : [];
      for (const other of linked) {
        const row = spine.indexOf(other);
        if (row >= 0) neighbourRows.add(row);
      }
    }
    const values = [...neighbourRows];
    let row = values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : spine.length;
    while (sideRows.some((taken) => Math.abs(taken - row) < 0.75)) row += 1;
    sideRows.push(row);
    rows.set(state, row);
    lanes.set(state, 'side');
  }

  const centerOf = (state: CaseState): Point => ({
    x: lanes.get(state) === 'side' ? SIDE_X : MAIN_X,
    y: TOP + NODE_HEIGHT / 2 + (rows.get(state) ?? 0) * ROW_STEP,
  });

  const nodes: DiagramNode[] = [...spine, ...machine.states.filter((state) => !spine.includes(state))].map((state) => ({
    state,
    center: centerOf(state),
    lane: lanes.get(state) ?? 'main',
    initial: state === machine.initial,
    final: machine.finalStates.includes(state),
  }));

  const linked = new Set<string>();
  for (const transition of machine.transitions) {
    for (const from of transition.from) linked.add(`${from}>${transition.to}`);
  }

  const edges: DiagramEdge[] = [];
  for (const transition of machine.transitions) {
    const to = transition.to;
    if (!rows.has(to)) continue;
    const sources = transition.from.filter((from) => rows.has(from));
    // Name a many-source transition once, on the edge that travels least far vertically (ties: the later one).
    const labelled = sources.reduce<CaseState | undefined>((chosen, from) => {
      if (chosen === undefined) return from;
      const distance = (state: CaseState) => Math.abs((rows.get(state) ?? 0) - (rows.get(to) ?? 0));
      return distance(from) <= distance(chosen) ? from : chosen;
    }, undefined);

    for (const from of sources) {
      const a = centerOf(from);
      const b = centerOf(to);
      const bothMain = lanes.get(from) === 'main' && lanes.get(to) === 'main';
      const step = (rows.get(to) ?? 0) - (rows.get(from) ?? 0);
      let path: string;
      let label: Point;
      if (bothMain && step === 1) {
        const start = { x: a.x, y: a.y + NODE_HEIGHT / 2 };
        const end = { x: b.x, y: b.y - NODE_HEIGHT / 2 };
        path = `M ${point(start)} L ${point(end)}`;
        label = { x: a.x, y: (start.y + end.y) / 2 };
      } else if (bothMain) {
        // Skips and loops along the spine bow out to the left, further for longer jumps.
        const start = { x: a.x - NODE_WIDTH / 2, y: a.y };
        const end = { x: b.x - NODE_WIDTH / 2, y: b.y };
        const control = { x: start.x - 24 - 12 * Math.abs(step), y: (a.y + b.y) / 2 };
        path = `M ${point(start)} Q ${point(control)} ${point(end)}`;
        label = quadraticMidpoint(start, control, end);
      } else if (linked.has(`${to}>${from}`)) {
        // Two-way pairs curve apart: each bends to its own left, so they never overlap.
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const length = Math.hypot(dx, dy) || 1;
        const control = {
          x: (a.x + b.x) / 2 + (dy / length) * CURVE_OFFSET,
          y: (a.y + b.y) / 2 - (dx / length) * CURVE_OFFSET,
        };
        const start = exitPoint(a, control);
        const end = exitPoint(b, control);
        path = `M ${point(start)} Q ${point(control)} ${point(end)}`;
        label = quadraticMidpoint(start, control, end);
      } else {
        const start = exitPoint(a, b);
        const end = exitPoint(b, a);
        path = `M ${point(start)} L ${point(end)}`;
        label = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
      }
      edges.push({
        key: `${transition.action}:${from}>${to}`,
        action: transition.action,
        from,
        to,
        transition,
        path,
        ...(from === labelled ? { label: { x: round(label.x), y: round(label.y) } } : {}),
      });
    }
  }

  const lowest = Math.max(...nodes.map((node) => node.center.y));
  const hasSide = nodes.some((node) => node.lane === 'side');
  const initial = centerOf(machine.initial);
  return {
    width: (hasSide ? SIDE_X : MAIN_X) + NODE_WIDTH / 2 + MARGIN + (hasSide ? 0 : 60),
    height: lowest + NODE_HEIGHT / 2 + MARGIN,
    nodeWidth: NODE_WIDTH,
    nodeHeight: NODE_HEIGHT,
    nodes,
    edges,
    start: {
      dot: { x: initial.x, y: 10 },
      path: `M ${point({ x: initial.x, y: 16 })} L ${point({ x: initial.x, y: initial.y - NODE_HEIGHT / 2 })}`,
    },
  };
};

/** Breaks a label into lines of at most `max` characters: at spaces for English, anywhere for Chinese. */
export const wrapLabel = (text: string, max: number): string[] => {
  const words = /\s/.test(text) ? text.split(/\s+/) : [text];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const pieces: string[] = [];
    // A word longer than a line (Chinese has no spaces) is cut, after punctuation when possible.
    let rest = word;
    while ([...rest].length > max) {
      const chars = [...rest];
      const head = chars.slice(0, max);
      const cut = head.findLastIndex((char) => /[，、,；;：:]/.test(char));
      const at = cut >= Math.floor(max / 2) ? cut + 1 : max;
      pieces.push(chars.slice(0, at).join(''));
      rest = chars.slice(at).join('');
    }
    pieces.push(rest);
    for (const piece of pieces) {
      if (line === '') line = piece;
      else if ([...line].length + 1 + [...piece].length <= max && /\s/.test(text)) line = `${line} ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
};
