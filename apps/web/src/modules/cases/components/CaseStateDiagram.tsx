import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core';
import { type CaseState, caseStateLabels, type CaseType, machineFor } from '@waiji/domain';
import { useId, useMemo } from 'react';
import { useFeatureTranslation } from '../../../i18n/useFeatureTranslation';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { layoutMachine, wrapLabel } from '../utils/diagramLayout';
import classes from './CaseStateDiagram.module.css';

export type CaseStateDiagramProps = {
  caseType: CaseType;
  /** Lit in the drawing and marked in the text list; omit to draw the machine alone. */
  currentState?: CaseState | null;
  /** The list of states and their next steps beside the drawing (the text alternative). */
  withTextList?: boolean;
};

// How an outcome reads at a glance; the machine itself does not say which end is the good one.
const stateTone: Partial<Record<CaseState, string>> = {
  APPROVED: classes.positive,
  REJECTED: classes.negative,
};

const LINE_HEIGHT = 14;

type SvgLinesProps = { lines: string[]; x: number; y: number; className: string | undefined };

/** Multi-line SVG text centred on (x, y). */
const SvgLines = ({ lines, x, y, className }: SvgLinesProps) => (
  <text
    className={className}
    x={x}
    y={y - ((lines.length - 1) * LINE_HEIGHT) / 2}
    textAnchor="middle"
    dominantBaseline="central"
  >
    {lines.map((line, index) => (
      <tspan key={index} x={x} dy={index === 0 ? 0 : LINE_HEIGHT}>
        {line}
      </tspan>
    ))}
  </text>
);

/**
 * The state machine of a case type, drawn from the domain's machine table: states as boxes, actions as
 * labelled arrows, the current state lit and the actions out of it emphasised. The SVG is one image
 * to assistive technology (role="img" with a summary); the list beside it says the same in text.
 */
export const CaseStateDiagram = ({ caseType, currentState = null, withTextList = true }: CaseStateDiagramProps) => {
  const { t } = useFeatureTranslation();
  const text = useBilingual();
  const { language } = useLanguage();
  const markerId = `arrow-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const machine = machineFor(caseType);
  const layout = useMemo(() => (machine ? layoutMachine(machine) : null), [machine]);

  if (!machine || !layout) {
    return (
      <Alert color="red" variant="light" title={t('diagram.unknownTitle')}>
        {t('diagram.unknownBody')}
      </Alert>
    );
  }

  const current = currentState !== null && machine.states.includes(currentState) ? currentState : null;
  const stateName = (state: CaseState) => text(caseStateLabels[state]);
  const summary = [
    t('diagram.summary', {
      caseType: text(machine.label),
      states: layout.nodes.map((node) => stateName(node.state)).join(', '),
    }),
    current ? t('diagram.summaryCurrent', { state: stateName(current) }) : '',
  ]
    .join(' ')
    .trim();
  const edgeLines = (label: string) => wrapLabel(label, language === 'zh' ? 8 : 22);
  const nodeLines = (label: string) => wrapLabel(label, language === 'zh' ? 8 : 16);
  const halfWidth = layout.nodeWidth / 2;
  const halfHeight = layout.nodeHeight / 2;

  return (
    <div className={classes.root}>
      <figure className={classes.figure}>
        <svg
          className={classes.svg}
          role="img"
          aria-label={summary}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          style={{ maxWidth: layout.width }}
          data-case-type={caseType}
        >
          <defs>
            {[
              { id: markerId, className: classes.arrow },
              { id: `${markerId}-next`, className: classes.arrowNext },
            ].map((marker) => (
              <marker
                key={marker.id}
                id={marker.id}
                viewBox="0 0 10 10"
                refX="10"
                refY="5"
                markerWidth="8"
                markerHeight="8"
                markerUnits="userSpaceOnUse"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" className={marker.className} />
              </marker>
            ))}
          </defs>

          <circle className={classes.startDot} cx={layout.start.dot.x} cy={layout.start.dot.y} r={5} />
          <path className={classes.edgeLine} d={layout.start.path} markerEnd={`url(#${markerId})`} />

          {layout.edges.map((edge) => {
            const next = current !== null && edge.from === current;
            return (
              <g
                key={edge.key}
                className={next ? classes.next : undefined}
                data-action={edge.action}
                data-next={next || undefined}
              >
                <path
                  className={classes.edgeLine}
                  d={edge.path}
                  markerEnd={`url(#${next ? `${markerId}-next` : markerId})`}
                />
              </g>
            );
          })}

          {layout.nodes.map((node) => {
            const isCurrent = node.state === current;
            const className = [stateTone[node.state], isCurrent ? classes.current : undefined]
              .filter(Boolean)
              .join(' ');
            const { x, y } = node.center;
            return (
              <g
                key={node.state}
                className={className || undefined}
                data-state={node.state}
                data-current={isCurrent || undefined}
              >
                {isCurrent && (
                  <rect
                    className={classes.currentHalo}
                    x={x - halfWidth - 4}
                    y={y - halfHeight - 4}
                    width={layout.nodeWidth + 8}
                    height={layout.nodeHeight + 8}
                    rx={11}
                  />
                )}
                <rect
                  className={classes.nodeBox}
                  x={x - halfWidth}
                  y={y - halfHeight}
                  width={layout.nodeWidth}
                  height={layout.nodeHeight}
                  rx={8}
                />
                {node.final && !isCurrent && (
                  <rect
                    className={classes.finalRing}
                    x={x - halfWidth + 3}
                    y={y - halfHeight + 3}
                    width={layout.nodeWidth - 6}
                    height={layout.nodeHeight - 6}
                    rx={6}
                  />
                )}
                <SvgLines className={classes.nodeText} lines={nodeLines(stateName(node.state))} x={x} y={y} />
              </g>
            );
          })}

          {/* Labels last, so their halo sits above every line they cross. */}
          {layout.edges.map((edge) =>
            edge.label ? (
              <g key={edge.key} className={current !== null && edge.from === current ? classes.next : undefined}>
                <SvgLines
                  className={classes.edgeLabel}
                  lines={edgeLines(text(edge.transition.label))}
                  x={edge.label.x}
                  y={edge.label.y}
                />
              </g>
            ) : null,
          )}
        </svg>
      </figure>

      {withTextList && (
        <Stack gap="xs" className={classes.list}>
          <Text fw={600}>{t('diagram.listTitle', { caseType: text(machine.label) })}</Text>
          <List type="ordered" spacing="xs" data-testid="state-list">
            {layout.nodes.map((node) => {
              const outgoing = machine.transitions.filter((transition) => transition.from.includes(node.state));
              const isCurrent = node.state === current;
              return (
                <List.Item key={node.state} aria-current={isCurrent ? 'step' : undefined} data-state={node.state}>
                  <Group gap={6} wrap="wrap">
                    <Text component="span" fw={isCurrent ? 700 : 500}>
                      {stateName(node.state)}
                    </Text>
                    {isCurrent && (
                      <Badge size="sm" variant="filled">
                        {t('diagram.current')}
                      </Badge>
                    )}
                    {node.initial && (
                      <Badge size="sm" variant="light" color="gray">
                        {t('diagram.initial')}
                      </Badge>
                    )}
                    {node.final && (
                      <Badge size="sm" variant="light" color="teal">
                        {t('diagram.final')}
                      </Badge>
                    )}
                  </Group>
                  {outgoing.length > 0 && (
                    <List size="sm" withPadding listStyleType="disc">
                      {outgoing.map((transition) => (
                        <List.Item key={transition.action}>
                          {t('diagram.transition', { action: text(transition.label), state: stateName(transition.to) })}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </List.Item>
              );
            })}
          </List>
        </Stack>
      )}
    </div>
  );
};
