import { Blockquote, Stack, Text } from '@mantine/core';
import type { PortalProposalResponse } from '@waiji/contract';
import { BEIJING_TIME_ZONE, formatDay } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useProposalsTranslation } from '../../../i18n/useProposalsTranslation';
import { GlossaryText } from '../../glossary/components/GlossaryText';

type Props = Pick<PortalProposalResponse, 'kind' | 'payload' | 'interpretations'>;

/** What the client said: the amount and day, the card, or the pasted message with what the interpreter reads in it. */
export const ProposalDetails = ({ kind, payload, interpretations }: Props) => {
  const { t } = useProposalsTranslation();
  const pick = useBilingual();
  const { locale } = useLanguage();
  const day = payload.arrivedOn ? new Date(`${payload.arrivedOn}T00:00:00+08:00`) : null;
  return (
    <Stack gap={4}>
      {kind === 'DEPOSIT_ARRIVED' && payload.amount && day && !Number.isNaN(day.getTime()) ? (
        <Text size="sm" data-testid="proposal-deposit">
          {t('details.deposit', { amount: payload.amount, day: formatDay(day, locale, BEIJING_TIME_ZONE) })}
        </Text>
      ) : null}
      {payload.cardLast4 ? <Text size="sm">{t('details.card', { last4: payload.cardLast4 })}</Text> : null}
      {kind === 'MESSAGE' && payload.text ? (
        <Blockquote
          p="xs"
          radius="sm"
          color="gray"
          lang={interpretations[0]?.language === 'en' ? 'en' : 'zh-CN'}
          style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
        >
          {payload.text}
        </Blockquote>
      ) : null}
      {interpretations.map((interpretation) => (
        <Text size="sm" key={interpretation.code}>
          <GlossaryText>{pick(interpretation.meaning)}</GlossaryText>
        </Text>
      ))}
    </Stack>
  );
};
