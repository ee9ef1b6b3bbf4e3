import { Stack, Text } from '@mantine/core';
import { type ClientDeadline, leadingDeadline } from '@waiji/domain';
import { BEIJING_TIME_ZONE, formatDay, formatMoment } from '../../../i18n/formatDate';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useLanguage } from '../../../i18n/useBilingual';
import type { PortalCaseDetail } from '../api/portalApi';
import { useClientWords } from '../../../i18n/useClientWords';

type Deadline = PortalCaseDetail['deadlines'][number];

const toDeadline = (deadline: Deadline): ClientDeadline => ({ ...deadline, dueAt: new Date(deadline.dueAt) });

/** What one deadline means for the client, in a sentence that names its date the way the kind needs it. */
const useSentence = () => {
  const { t } = useAccountTranslation();
  const { locale } = useLanguage();
  const words = useClientWords();
  return (deadline: ClientDeadline, now: number): string => {
    if (deadline.kind === 'DOCUMENT_EXPIRING' && deadline.document && deadline.expiresOn) {
      // A calendar day: read it as written, not in the reader's zone.
      const day = formatDay(new Date(`${deadline.expiresOn}T00:00:00Z`), locale, 'UTC');
      return t(`portal.when.expires.${deadline.document}`, { date: day });
    }
    // The same-card day is a Beijing calendar day; the others are moments.
    const date =
      deadline.kind === 'RETRY_ALLOWED'
        ? formatDay(deadline.dueAt, locale, BEIJING_TIME_ZONE)
        : formatMoment(deadline.dueAt, locale);
    if (deadline.dueAt.getTime() < now && deadline.kind !== 'RETRY_ALLOWED') {
      return t('portal.when.overdue', { kind: words.kind(deadline.kind), date });
    }
    return t(`portal.when.about.${deadline.kind}`, { date });
  };
};

/**
 * "What happens next": the case's next deadline named by its kind (the domain's reminder-kind labels) — a case
 * deadline before any document expiry — then the later ones, the same-card day once it has passed, and how long the
 * case has been in its step.
 */
export const WhatHappensNext = ({ detail }: { detail: PortalCaseDetail }) => {
  const { t } = useAccountTranslation();
  const { locale } = useLanguage();
  const words = useClientWords();
  const sentence = useSentence();
  const now = Date.now();
  const deadlines = detail.deadlines.map(toDeadline);
  const lead = leadingDeadline(deadlines);
  const later = deadlines.filter((deadline) => deadline !== lead);
  // The same-card day without its reminder (passed, or dismissed by the helper) still says where things stand.
  const retryAfter =
    detail.retryAfter && !deadlines.some((deadline) => deadline.kind === 'RETRY_ALLOWED')
      ? new Date(detail.retryAfter)
      : null;

  return (
    <Stack gap="sm" data-testid="what-happens-next">
      {detail.state === 'APPROVED' ? <Text size="sm">{t('portal.when.approved')}</Text> : null}
      {lead ? (
        <Stack gap={2} data-kind={lead.kind}>
          <Text fw={700}>{t('portal.when.next', { kind: words.kind(lead.kind) })}</Text>
          <Text size="sm">{sentence(lead, now)}</Text>
        </Stack>
      ) : detail.state !== 'APPROVED' ? (
        <Text size="sm">{t('portal.when.nothing')}</Text>
      ) : null}
      {retryAfter ? (
        <Text size="sm">
          {retryAfter.getTime() > now
            ? t('portal.when.retryFrom', { date: formatDay(retryAfter, locale, BEIJING_TIME_ZONE) })
            : t('portal.when.retryNow')}
        </Text>
      ) : null}
      {later.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('portal.when.later')}
          </Text>
          <Stack component="ul" gap={4} m={0} pl="md">
            {later.map((deadline) => (
              <Text component="li" size="sm" key={`${deadline.kind}-${deadline.dueAt.toISOString()}`}>
                <Text span fw={600} size="sm">
                  {words.kind(deadline.kind)}
                </Text>
                {' — '}
                {sentence(deadline, now)}
              </Text>
            ))}
          </Stack>
        </Stack>
      ) : null}
      <Text size="xs" c="dimmed">
        {t('portal.when.inStateSince', { date: formatMoment(new Date(detail.stateEnteredAt), locale) })}
      </Text>
    </Stack>
  );
};
