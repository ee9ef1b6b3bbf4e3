import { Blockquote, Group, Stack, Text } from '@mantine/core';
import type { InterpretationResponse, TimelineEntry } from '@waiji/contract';
import {
  actionLabel,
  caseActions,
  caseStateLabels,
  type CaseType,
  checklistStatuses,
  oneOf,
  reasonCodeLabels,
} from '@waiji/domain';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { BEIJING_TIME_ZONE, formatDay, formatMoment } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { GlossaryText } from '../../glossary/components/GlossaryText';
import { ReportedByClient } from '../../proposals/components/ReportedByClient';
import { DocumentTimelineDetails } from '../../documents/lazy';
import { EmailEntryDetails } from '../../inbox/components/EmailEntryDetails';
import { StateBadge } from './StateBadge';

const stringData = (entry: TimelineEntry, key: string): string | undefined => {
  const value = entry.data[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

type Meaning = Pick<InterpretationResponse, 'code' | 'meaning'>;

const Interpretations = ({ items }: { items: readonly Meaning[] }) => {
  const { t } = useCasesTranslation();
  const text = useBilingual();
  if (items.length === 0) return null;
  return (
    <Stack gap={2}>
      <Text size="xs" fw={600}>
        {t('casePage.timeline.meaning')}
      </Text>
      {items.map((item) => (
        <Text size="sm" key={item.code}>
          <GlossaryText>{text(item.meaning)}</GlossaryText>
        </Text>
      ))}
    </Stack>
  );
};

type EntryProps = { entry: TimelineEntry; caseType: CaseType | undefined };

const TimelineItem = ({ entry, caseType }: EntryProps) => {
  const { t } = useCasesTranslation();
  const text = useBilingual();
  const { locale } = useLanguage();
  // The machine's actions are named by the domain (in the case machine's own words where it has them), the other
  // entries by this page's catalogue. An undo goes back to the state the undone action was taken from.
  const undone = entry.action === 'UNDO' ? entry.data['undoneAction'] : undefined;
  const title = oneOf(caseActions, entry.action)
    ? text(actionLabel(caseType, entry.action, entry.fromState))
    : oneOf(caseActions, undone)
      ? t('casePage.timeline.undid', {
          name: entry.actor?.displayName ?? t('casePage.timeline.system'),
          action: text(actionLabel(caseType, undone, entry.toState)),
        })
      : t(`casePage.timeline.action.${entry.action}`);
  const details: string[] = [];
  const amount = stringData(entry, 'depositAmount');
  if (amount) details.push(`${amount} CNY`);
  const cardLast4 = stringData(entry, 'cardLast4');
  if (cardLast4) details.push(`···· ${cardLast4}`);
  const retryAfter = stringData(entry, 'retryAfter');
  const reasonText = stringData(entry, 'reasonText');
  const body = entry.action === 'NOTE' || entry.action === 'CONVERSATION' ? stringData(entry, 'body') : undefined;
  const document = entry.action === 'CHECKLIST' ? stringData(entry, 'document') : undefined;
  const checklistTo = entry.data['to'];

  return (
    <Stack
      component="li"
      gap={4}
      py="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      data-action={entry.action}
    >
      <Group gap="xs" wrap="wrap" justify="space-between">
        <Group gap="xs" wrap="wrap">
          <Text fw={600} size="sm">
            {title}
          </Text>
          {entry.fromState && entry.toState && entry.fromState !== entry.toState && (
            <Group
              gap={4}
              aria-label={t('casePage.timeline.move', {
                from: text(caseStateLabels[entry.fromState]),
                to: text(caseStateLabels[entry.toState]),
              })}
            >
              <StateBadge state={entry.fromState} size="xs" />
              <Text span size="xs" aria-hidden="true">
                →
              </Text>
              <StateBadge state={entry.toState} size="xs" />
            </Group>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          <time dateTime={entry.at}>{formatMoment(new Date(entry.at), locale)}</time>
          {' · '}
          {entry.actor ? t('casePage.timeline.by', { name: entry.actor.displayName }) : t('casePage.timeline.system')}
        </Text>
      </Group>
      <ReportedByClient data={entry.data} />
      <EmailEntryDetails action={entry.action} data={entry.data} />
      <DocumentTimelineDetails action={entry.action} data={entry.data} />
      {entry.reasonCode && (
        <Text size="sm">{t('casePage.timeline.reason', { reason: text(reasonCodeLabels[entry.reasonCode]) })}</Text>
      )}
      {reasonText && <Text size="sm">{reasonText}</Text>}
      {details.length > 0 && <Text size="sm">{details.join(' · ')}</Text>}
      {retryAfter && (
        <Text size="sm">
          {t('casePage.message.retry', { date: formatDay(new Date(retryAfter), locale, BEIJING_TIME_ZONE) })}
        </Text>
      )}
      {body && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {body}
        </Text>
      )}
      {document && oneOf(checklistStatuses, checklistTo) && (
        <Text size="sm">
          {document}: {t(`casePage.checklist.status.${checklistTo}`)}
        </Text>
      )}
      {entry.originalMessage && (
        <Blockquote
          p="xs"
          radius="sm"
          color="gray"
          lang={entry.interpretations[0]?.language === 'en' ? 'en' : 'zh-CN'}
          cite={t('casePage.timeline.original')}
        >
          {entry.originalMessage}
        </Blockquote>
      )}
      <Interpretations items={entry.interpretations} />
    </Stack>
  );
};

/** `caseType`: names the machine's actions in its own words ("Try a card again"); without it, the generic names. */
export type CaseTimelineProps = { entries: readonly TimelineEntry[]; caseType?: CaseType };

/** Everything that happened to the case, newest first, Alipay's messages in the original with their meaning. */
export const CaseTimeline = ({ entries, caseType }: CaseTimelineProps) => {
  const { t } = useCasesTranslation();
  if (entries.length === 0) return <Text size="sm">{t('casePage.timeline.empty')}</Text>;
  const newestFirst = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Stack component="ol" gap={0} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('casePage.timeline.title')}>
      {newestFirst.map((entry) => (
        <TimelineItem key={entry.id} entry={entry} caseType={caseType} />
      ))}
    </Stack>
  );
};
