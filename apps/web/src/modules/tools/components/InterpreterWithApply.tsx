import { Alert, Anchor, Button, Center, Group, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import type { CaseResponse } from '@waiji/contract';
import { caseStateLabels, caseTypeLabels } from '@waiji/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { BEIJING_TIME_ZONE, formatDay } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { type ApiError, isApiError } from '../../api';
import { useFeatureTranslation } from '../../../i18n/useFeatureTranslation';
import { AppliedResult, caseKeys, casesApi, useApplyMessage } from '../../cases';
import { MessageInterpreter } from '../../messages/components/MessageInterpreter';
import { ScreenshotReader } from '../../screenshots/components/ScreenshotReader';
import { useSession } from '../../session/hooks/useSession';

/** How many recently changed cases a helper can pick from here; the case page applies to any. */
const TARGET_LIMIT = 20;

const useApplyTargets = () =>
  useQuery({
    queryKey: [...caseKeys.all, 'tools', 'apply-targets'] as const,
    queryFn: async ({ signal }) =>
      (
        await casesApi.list(
          new URLSearchParams({ limit: String(TARGET_LIMIT), sort: 'updatedAt', order: 'desc' }),
          signal,
        )
      ).items,
  });

/** The far-past dates of a 409 STALE_MESSAGE_DATE (its details.dates), as the person reads them. */
const staleDates = (error: ApiError, locale: string): string => {
  const dates = error.detailRecord['dates'];
  const days = Array.isArray(dates)
    ? dates.flatMap((entry: unknown) =>
        typeof entry === 'object' && entry !== null && typeof (entry as { date?: unknown }).date === 'string'
          ? [formatDay(new Date((entry as { date: string }).date), locale, BEIJING_TIME_ZONE)]
          : [],
      )
    : [];
  return [...new Set(days)].join(', ');
};

/**
 * The interpreter for someone signed in who may change cases: an individual's own case, or a helper's recent ones.
 * "Apply to my case" sends the pasted message to POST /cases/:id/apply-message, which records it, moves the case
 * and plans the reminder; the result (state, retry date, the reminder that now waits) links to the case. A refusal
 * leaves the pasted text where it is.
 */
export const InterpreterWithApply = () => {
  const { t } = useFeatureTranslation();
  const pick = useBilingual();
  const { isPersonal } = useSession();
  const { locale } = useLanguage();
  const targets = useApplyTargets();
  const apply = useApplyMessage();
  const [chosenId, setChosenId] = useState('');

  const items: CaseResponse[] = targets.data ?? [];
  const target = items.find((item) => item.id === chosenId) ?? items[0];
  const describe = (item: CaseResponse) => {
    const what = `${pick(caseTypeLabels[item.type])} — ${pick(caseStateLabels[item.state])}`;
    return isPersonal ? what : `${item.client.passportName}: ${what}`;
  };

  const header = () => {
    if (targets.isPending)
      return (
        <Center py="xs" role="status" aria-label={t('tools.apply.loading')}>
          <Loader size="sm" aria-hidden="true" />
        </Center>
      );
    if (targets.isError)
      return (
        <Alert color="red" variant="light" role="alert" title={t('tools.apply.loadError')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{targets.error.message}</Text>
            <Button size="xs" variant="light" onClick={() => void targets.refetch()}>
              {t('tools.apply.retry')}
            </Button>
          </Stack>
        </Alert>
      );
    if (!target)
      return (
        <Alert color="blue" variant="light" title={t('tools.apply.noCaseTitle')} data-testid="apply-no-case">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('tools.apply.noCaseBody')}</Text>
            <Button component={Link} to={paths.caseNew} size="xs">
              {isPersonal ? t('tools.apply.createMine') : t('tools.apply.createHelper')}
            </Button>
          </Stack>
        </Alert>
      );
    return (
      <Stack gap={4}>
        {items.length > 1 ? (
          <NativeSelect
            label={isPersonal ? t('tools.apply.pickMine') : t('tools.apply.pick')}
            value={target.id}
            onChange={(event) => {
              setChosenId(event.currentTarget.value);
              apply.reset();
            }}
            data={items.map((item) => ({ value: item.id, label: describe(item) }))}
            maw={520}
          />
        ) : (
          <Text size="sm" data-testid="apply-target">
            {t('tools.apply.target', { case: describe(target) })}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('tools.apply.sendsNote')}
        </Text>
      </Stack>
    );
  };

  return (
    <Stack gap="md" data-testid="tools-apply">
      {header()}
      <MessageInterpreter
        {...(target
          ? {
              onApply: (_interpretation, pasted) =>
                apply.mutate({ target: { id: target.id, version: target.version }, pasted }),
              applyLabel: isPersonal ? t('tools.apply.mine') : t('tools.apply.this'),
            }
          : {})}
        applying={apply.isPending}
        imageInput={(put) => <ScreenshotReader onRead={put} />}
      />
      {apply.isError && isApiError(apply.error) && apply.error.code === 'STALE_MESSAGE_DATE' && apply.variables ? (
        // Alipay's dates lie far in the past (an old message pasted?): applied only once the person says so.
        <Alert
          color="yellow"
          variant="light"
          role="alert"
          title={t('tools.apply.staleTitle')}
          data-testid="apply-stale"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {t('tools.apply.staleBody', {
                dates: staleDates(apply.error, locale),
                days: Number(apply.error.detailRecord['staleAfterDays']) || 30,
              })}
            </Text>
            <Group gap="xs">
              <Button
                size="xs"
                loading={apply.isPending}
                onClick={() => apply.variables && apply.mutate({ ...apply.variables, confirmStaleDate: true })}
              >
                {t('tools.apply.staleConfirm')}
              </Button>
              <Button size="xs" variant="default" onClick={() => apply.reset()}>
                {t('tools.apply.staleCancel')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : apply.isError ? (
        <Alert color="red" variant="light" role="alert" title={t('tools.apply.refused')}>
          <Stack gap={4}>
            <Text size="sm">{apply.error.message}</Text>
            <Text size="sm">{t('tools.apply.refusedKept')}</Text>
          </Stack>
        </Alert>
      ) : null}
      {apply.isSuccess ? (
        <AppliedResult result={apply.data} appliedAt={apply.appliedAt}>
          <Anchor component={Link} to={paths.case(apply.data.case.id)} size="sm" fw={600}>
            {t('tools.apply.openCase')}
          </Anchor>
        </AppliedResult>
      ) : null}
    </Stack>
  );
};
