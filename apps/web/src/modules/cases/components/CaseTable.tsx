import { Anchor, Badge, Checkbox, Group } from '@mantine/core';
import type { CaseResponse } from '@waiji/contract';
import { type CSSProperties, useCallback } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { VirtualRows } from '../../../ui/VirtualRows';
import { DueText } from './DueText';
import { StateBadge } from './StateBadge';
import classes from './CaseTable.module.css';

export const CASE_ROW_HEIGHT = 60;

export type CaseTableProps = {
  cases: readonly CaseResponse[];
  selected: ReadonlySet<string>;
  onToggle: (caseId: string) => void;
  onToggleAll: (select: boolean) => void;
  /** The next page exists and is not already loading: scrolling near the end asks for it. */
  onEndReached?: () => void;
  /** False while more pages exist: the table then tells assistive technology its size is unknown (-1). */
  complete?: boolean;
  selectable?: boolean;
  height?: CSSProperties['height'];
  now?: Date;
};

/**
 * The case list as an ARIA table whose rows are windowed: only what is on screen is in the DOM, so
 * 10,000 loaded cases scroll like 50. aria-rowcount / aria-rowindex tell screen readers the real size.
 */
export const CaseTable = ({
  cases,
  selected,
  onToggle,
  onToggleAll,
  onEndReached,
  complete = true,
  selectable = true,
  height = 'min(70vh, 720px)',
  now = new Date(),
}: CaseTableProps) => {
  const { t } = useCasesTranslation();
  const allSelected = cases.length > 0 && cases.every((item) => selected.has(item.id));
  const someSelected = !allSelected && cases.some((item) => selected.has(item.id));

  const renderRow = useCallback(
    (item: CaseResponse, index: number, style: CSSProperties) => {
      const isSelected = selected.has(item.id);
      const name = item.client.passportName;
      return (
        <div role="row" aria-rowindex={index + 2} aria-selected={selectable ? isSelected : undefined} className={classes.row} style={style} data-case-id={item.id}>
          <div role="cell" className={`${classes.cell} ${classes.select}`}>
            {selectable && <Checkbox aria-label={t('caseList.select', { name })} checked={isSelected} onChange={() => onToggle(item.id)} size="sm" />}
          </div>
          <div role="cell" className={`${classes.cell} ${classes.client}`}>
            <Anchor component={Link} to={paths.case(item.id)} fw={600} size="sm">
              {name}
            </Anchor>
            <span className={classes.sub}>
              <span className={classes.phoneOnly}>{t(`caseCommon.typeShort.${item.type}`)} · </span>
              {item.client.passportLast4 ? t('caseCommon.passportMasked', { last4: item.client.passportLast4 }) : ''}
            </span>
          </div>
          <div role="cell" className={`${classes.cell} ${classes.type}`}>
            {t(`caseCommon.typeShort.${item.type}`)}
          </div>
          <div role="cell" className={`${classes.cell} ${classes.state}`}>
            <StateBadge state={item.state} />
          </div>
          <div role="cell" className={`${classes.cell} ${classes.due}`}>
            <DueText dueAt={item.nextDueAt} now={now} />
          </div>
          <div role="cell" className={`${classes.cell} ${classes.assignee}`}>
            {item.assigneeName ?? t('caseCommon.unassigned')}
          </div>
          <div role="cell" className={`${classes.cell} ${classes.tags}`}>
            <Group gap={4} wrap="nowrap">
              {item.tags.slice(0, 3).map((tag) => (
                <Badge key={tag} variant="outline" color="gray.8" size="sm" tt="none">
                  {tag}
                </Badge>
              ))}
            </Group>
          </div>
        </div>
      );
    },
    [selected, selectable, onToggle, t, now],
  );

  const header = (
    <div role="rowgroup" className={classes.header} style={{ position: 'sticky', top: 0, zIndex: 1 }}>
      <div role="row" aria-rowindex={1} className={`${classes.row} ${classes.header}`}>
        <div role="columnheader" className={`${classes.cell} ${classes.select}`}>
          {selectable && (
            <Checkbox
              aria-label={t('caseList.selectAll')}
              checked={allSelected}
              indeterminate={someSelected}
              onChange={() => onToggleAll(!allSelected)}
              size="sm"
              disabled={cases.length === 0}
            />
          )}
        </div>
        <div role="columnheader" className={`${classes.cell} ${classes.client}`}>
          {t('caseList.columns.client')}
        </div>
        <div role="columnheader" className={`${classes.cell} ${classes.type}`}>
          {t('caseList.columns.type')}
        </div>
        <div role="columnheader" className={`${classes.cell} ${classes.state}`}>
          {t('caseList.columns.state')}
        </div>
        <div role="columnheader" className={`${classes.cell} ${classes.due}`}>
          {t('caseList.columns.due')}
        </div>
        <div role="columnheader" className={`${classes.cell} ${classes.assignee}`}>
          {t('caseList.columns.assignee')}
        </div>
        <div role="columnheader" className={`${classes.cell} ${classes.tags}`}>
          {t('caseList.columns.tags')}
        </div>
      </div>
    </div>
  );

  return (
    <VirtualRows
      role="table"
      aria-label={t('caseList.tableLabel')}
      aria-rowcount={complete ? cases.length + 1 : -1}
      className={classes.table}
      items={cases}
      rowHeight={CASE_ROW_HEIGHT}
      height={height}
      getKey={(item) => item.id}
      renderRow={renderRow}
      header={header}
      {...(onEndReached ? { onEndReached } : {})}
    />
  );
};
