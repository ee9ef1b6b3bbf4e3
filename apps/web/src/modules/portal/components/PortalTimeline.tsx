import { Blockquote, Stack, Text } from '@mantine/core';
import { actionLabel, type CaseType } from '@waiji/domain';
import { formatMoment } from '../../../i18n/formatDate';
import { useLanguage } from '../../../i18n/useBilingual';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { GlossaryText } from '../../glossary/components/GlossaryText';
import type { PortalTimelineEntry } from '../api/portalApi';
import classes from './Portal.module.css';
import { useClientWords } from '../../../i18n/useClientWords';

/**
 * What happened so far, newest first: each step (in the case machine's own words where it has them, `caseType`), and
 * Alipay's own words when a message came in.
 */
export const PortalTimeline = ({
  entries,
  caseType,
}: {
  entries: readonly PortalTimelineEntry[];
  caseType?: CaseType;
}) => {
  const words = useClientWords();
  const { locale } = useLanguage();
  const { t } = useAccountTranslation();
  if (entries.length === 0) return <Text c="dimmed">{t('portal.timeline.empty')}</Text>;
  const ordered = [...entries].sort((a, b) => b.at.localeCompare(a.at));

  const title = (entry: PortalTimelineEntry): string => {
    if (entry.action === 'CREATED') return t('portal.timeline.created');
    if (entry.action === 'MESSAGE') return t('portal.timeline.message');
    // A document uploaded, reviewed or deleted: the portal's own documents section says which and how.
    if (entry.action === 'DOCUMENT') return t('portal.timeline.document');
    if (entry.action === 'CONVERSATION') {
      if (entry.message?.fromClient) return t('portal.timeline.youWrote');
      const name = entry.message?.authorName;
      return name ? t('portal.timeline.helperWrote', { name }) : t('portal.timeline.helperWroteUnnamed');
    }
    // The action's name in the client's language (its table has every one), else en/zh.
    return words.read(actionLabel(caseType, entry.action, entry.fromState)).text;
  };

  return (
    <ol className={classes.timeline} aria-label={t('portal.timeline.label')}>
      {ordered.map((entry) => (
        <li key={entry.id} className={classes.timelineItem}>
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              <time dateTime={entry.at}>{formatMoment(new Date(entry.at), locale)}</time>
            </Text>
            <Text fw={600} size="sm">
              {title(entry)}
            </Text>
            {entry.message ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {entry.message.body}
              </Text>
            ) : null}
            {entry.toState && entry.fromState !== entry.toState ? (
              <Text size="sm">{t('portal.timeline.nowIn', { state: words.state(entry.toState) })}</Text>
            ) : null}
            {entry.reasonCode ? (
              <Text size="sm">{t('portal.timeline.reason', { reason: words.reason(entry.reasonCode) })}</Text>
            ) : null}
            {entry.originalMessage ? (
              <Blockquote
                p="xs"
                mt={4}
                color="gray"
                lang="zh-CN"
                cite={t('portal.timeline.alipaySaid')}
                className={classes.quote}
              >
                {entry.originalMessage}
              </Blockquote>
            ) : null}
            {entry.interpretations.map((interpretation) => {
              // What the message means in the client's language where its table has it (client-texts-<code>.ts).
              const meaning = words.read(interpretation.meaning);
              return (
                <Text size="sm" key={interpretation.code}>
                  <span lang={meaning.lang} dir="auto">
                    <GlossaryText>{meaning.text}</GlossaryText>
                  </span>
                </Text>
              );
            })}
          </Stack>
        </li>
      ))}
    </ol>
  );
};
