import { Group, Text } from '@mantine/core';
import type { CaseResponse } from '@waiji/contract';
import { cardNetworkLabels } from '@waiji/domain';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useRecordsTranslation } from '../../../i18n/useRecordsTranslation';

/** A 2-letter code as the country's name in the page's language (the code itself if the browser has no name). */
const countryName = (code: string, locale: string): string => {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
};

/**
 * The international card of a case (INTERNATIONAL_CARD_BINDING, issue 18): its network, the country of its issuer
 * and how many times its bank has declined it, next to the case's bank and card. Nothing when none is known.
 */
export const CaseCardFacts = ({ caseRecord }: { caseRecord: CaseResponse }) => {
  const { t } = useRecordsTranslation();
  const text = useBilingual();
  const { locale } = useLanguage();
  const { cardNetwork, cardIssuingCountry, cardDeclines, cardLast4 } = caseRecord;
  if (!cardNetwork && !cardIssuingCountry && cardDeclines === 0) return null;
  const network = cardNetwork ? text(cardNetworkLabels[cardNetwork]) : null;
  return (
    <section aria-label={t('caseDetails.cardFacts')} data-testid="case-card-facts">
      <Group component="dl" gap="lg" wrap="wrap" align="flex-start" m={0}>
        {network && (
          <div>
            <Text component="dt" size="xs" c="dimmed">
              {t('caseDetails.cardNetwork')}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {cardLast4 ? `${network} ···· ${cardLast4}` : network}
            </Text>
          </div>
        )}
        {cardIssuingCountry && (
          <div>
            <Text component="dt" size="xs" c="dimmed">
              {t('caseDetails.cardIssuingCountry')}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {`${countryName(cardIssuingCountry, locale)} (${cardIssuingCountry.toUpperCase()})`}
            </Text>
          </div>
        )}
        <div>
          <Text component="dt" size="xs" c="dimmed">
            {t('caseDetails.cardDeclines')}
          </Text>
          <Text
            component="dd"
            size="sm"
            m={0}
            c={cardDeclines >= 2 ? 'red.9' : undefined}
            fw={cardDeclines >= 2 ? 600 : undefined}
          >
            {cardDeclines}
          </Text>
        </div>
      </Group>
      {cardDeclines >= 2 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('caseDetails.cardDeclinesHint')}
        </Text>
      )}
    </section>
  );
};
