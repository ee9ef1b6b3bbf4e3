import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { CreateProposalRequest } from '@waiji/contract';
import {
  type CaseState,
  type CaseType,
  offeredProposalKinds,
  parseDepositAmount,
  type ProposalKind,
  proposalKindLabels,
  type ProposalStatus,
  proposalStatusLabels,
} from '@waiji/domain';
import { type FormEvent, Suspense, useId, useState } from 'react';
import { BEIJING_TIME_ZONE, formatDay, formatMoment } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useProposalsTranslation } from '../../../i18n/useProposalsTranslation';
import { isApiError } from '../../api/ApiError';
import { ScreenshotReader } from '../../screenshots/components/ScreenshotReader';
import { useSession } from '../../session/hooks/useSession';
import type { PortalProposal } from '../api/proposalsApi';
import { useCreateProposal, usePortalProposals } from '../hooks/useProposals';
import { lazyPage } from '../../../ui/lazyPage';
import { ProposalDetails } from './ProposalDetails';
import { GrowingTextarea } from '../../../ui/GrowingTextarea';

/** Today in the browser's calendar, as an `<input type="date">` value. */
const today = (): string => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

const statusColor: Record<ProposalStatus, string> = { PENDING: 'blue.8', APPLIED: 'green', REJECTED: 'red.8' };

type Problems = Partial<Record<'amount' | 'arrivedOn' | 'cardLast4' | 'text', string>>;

// The interpreter (the domain's message knowledge, ~28 KB) loads when the form asks for a message, not with the page.
const MessagePreview = lazyPage(() => import('./MessagePreview'), 'MessagePreview');

type FormProps = { caseId: string; kind: ProposalKind; onDone: (message: string) => void; onCancel: () => void };

/** The details of one kind of report, checked here first and then by the API's machine. */
const ReportForm = ({ caseId, kind, onDone, onCancel }: FormProps) => {
  const { t } = useProposalsTranslation();
  const pick = useBilingual();
  const { locale } = useLanguage();
  const create = useCreateProposal(caseId);
  const [amount, setAmount] = useState('');
  const [arrivedOn, setArrivedOn] = useState(today);
  const [cardLast4, setCardLast4] = useState('');
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Problems>({});

  const bodyOf = (): CreateProposalRequest | null => {
    const found: Problems = {};
    let body: CreateProposalRequest;
    switch (kind) {
      case 'DEPOSIT_ARRIVED':
        if (parseDepositAmount(amount) === null) found.amount = t('report.amountInvalid');
        if (!/^\d{4}-\d{2}-\d{2}$/.test(arrivedOn) || arrivedOn > today())
          found.arrivedOn = t('report.arrivedOnInvalid');
        body = { kind, amount: amount.trim(), arrivedOn };
        break;
      case 'SUBMITTED':
        if (cardLast4 !== '' && !/^\d{4}$/.test(cardLast4)) found.cardLast4 = t('report.cardInvalid');
        body = cardLast4 === '' ? { kind } : { kind, cardLast4 };
        break;
      case 'MESSAGE':
        if (text.trim() === '') found.text = t('report.messageRequired');
        body = { kind, text: text.trim() };
        break;
      case 'APPROVED':
        body = { kind };
        break;
    }
    setProblems(found);
    return Object.keys(found).length === 0 ? body : null;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = bodyOf();
    if (!body) return;
    create.mutate(body, {
      onSuccess: (saved) => onDone(saved.status === 'APPLIED' ? t('report.applied') : t('report.sent')),
    });
  };

  const error = create.error;
  let errorText: string | null = null;
  if (error) {
    const retryAfter = isApiError(error) ? error.detailRecord['retryAfter'] : undefined;
    if (isApiError(error) && error.code === 'COOLDOWN_ACTIVE' && typeof retryAfter === 'string')
      errorText = t('report.errors.cooldown', { date: formatDay(new Date(retryAfter), locale, BEIJING_TIME_ZONE) });
    else if (isApiError(error) && error.code === 'ILLEGAL_TRANSITION') errorText = t('report.errors.notNow');
    else if (isApiError(error) && error.code === 'CONFLICT') errorText = t('report.errors.duplicate');
    else errorText = t('report.errors.failed', { message: error.message });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={pick(proposalKindLabels[kind])}>
      <Stack gap="sm">
        {kind === 'DEPOSIT_ARRIVED' ? (
          <>
            <TextInput
              label={t('report.amount')}
              description={t('report.amountHint')}
              inputMode="decimal"
              autoComplete="off"
              required
              size="md"
              value={amount}
              onChange={(event) => setAmount(event.currentTarget.value)}
              error={problems.amount}
            />
            <TextInput
              type="date"
              label={t('report.arrivedOn')}
              required
              size="md"
              max={today()}
              value={arrivedOn}
              onChange={(event) => setArrivedOn(event.currentTarget.value)}
              error={problems.arrivedOn}
            />
          </>
        ) : null}
        {kind === 'SUBMITTED' ? (
          <>
            <Text size="sm">{t('report.submitted')}</Text>
            <TextInput
              label={t('report.card')}
              inputMode="numeric"
              autoComplete="off"
              maxLength={4}
              size="md"
              value={cardLast4}
              onChange={(event) => setCardLast4(event.currentTarget.value.trim())}
              error={problems.cardLast4}
            />
          </>
        ) : null}
        {kind === 'MESSAGE' ? (
          <>
            <ScreenshotReader onRead={setText} />
            <GrowingTextarea
              label={t('report.message')}
              description={t('report.messageHint')}
              required
              minRows={3}
              maxLength={5000}
              size="md"
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              error={problems.text}
            />
            <Suspense fallback={null}>
              <MessagePreview text={text} />
            </Suspense>
          </>
        ) : null}
        {kind === 'APPROVED' ? <Text size="sm">{t('report.approved')}</Text> : null}
        {errorText ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            {errorText}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button type="submit" size="md" loading={create.isPending}>
            {t('report.send')}
          </Button>
          <Button variant="default" size="md" onClick={onCancel} disabled={create.isPending}>
            {t('report.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

const ReportList = ({ items }: { items: readonly PortalProposal[] }) => {
  const { t } = useProposalsTranslation();
  const pick = useBilingual();
  const { locale } = useLanguage();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('list.title')}>
      {items.map((item) => (
        <Stack
          component="li"
          key={item.id}
          gap={4}
          pb="sm"
          style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
          data-status={item.status}
        >
          <Group gap="xs" wrap="wrap" justify="space-between">
            <Text fw={600} size="sm">
              {pick(proposalKindLabels[item.kind])}
            </Text>
            <Badge color={statusColor[item.status]} variant="filled" tt="none">
              {pick(proposalStatusLabels[item.status])}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {t('list.reportedAt', { date: formatMoment(new Date(item.createdAt), locale) })}
          </Text>
          <ProposalDetails kind={item.kind} payload={item.payload} interpretations={item.interpretations} />
          {item.rejectionReason ? (
            <Text size="sm">{t('list.helperSaid', { reason: item.rejectionReason })}</Text>
          ) : null}
        </Stack>
      ))}
    </Stack>
  );
};

type Props = { caseId: string; type: CaseType; state: CaseState };

/**
 * The portal's "Report what happened" for an agency's or a university's client: the reports the case allows now
 * (the domain's offeredProposalKinds), each with its few fields, and the reports sent so far with their status.
 * An individual records their steps on the case page instead, so this shows only for CLIENT accounts.
 */
export const ReportWhatHappened = ({ caseId, type, state }: Props) => {
  const { t } = useProposalsTranslation();
  const pick = useBilingual();
  const { isClient } = useSession();
  const titleId = useId();
  const reports = usePortalProposals(caseId, isClient);
  const [kind, setKind] = useState<ProposalKind | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!isClient) return null;
  const offered = offeredProposalKinds(type, state);

  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="md" p={{ base: 'sm', xs: 'md' }}>
      <Title order={2} size="h4" id={titleId} mb="sm">
        {t('report.title')}
      </Title>
      <Stack gap="md">
        <Text size="sm">{t('report.intro')}</Text>
        {done ? (
          <Alert color="green" variant="light" role="status" p="xs">
            {done}
          </Alert>
        ) : null}
        {kind ? (
          <Stack gap="xs">
            <Text fw={600}>{pick(proposalKindLabels[kind])}</Text>
            <ReportForm
              key={kind}
              caseId={caseId}
              kind={kind}
              onDone={(message) => {
                setDone(message);
                setKind(null);
              }}
              onCancel={() => setKind(null)}
            />
          </Stack>
        ) : (
          <Stack gap="xs" role="group" aria-label={t('report.choose')}>
            {offered.map((offer) => (
              <Button
                key={offer}
                variant="light"
                size="md"
                fullWidth
                onClick={() => {
                  setDone(null);
                  setKind(offer);
                }}
              >
                {pick(proposalKindLabels[offer])}
              </Button>
            ))}
          </Stack>
        )}
        {reports.isPending ? (
          <Loader size="sm" aria-label={t('list.loading')} />
        ) : reports.isError ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            <Group gap="xs" justify="space-between">
              <Text size="sm">{t('list.error')}</Text>
              <Button size="xs" variant="light" onClick={() => void reports.refetch()}>
                {t('list.retry')}
              </Button>
            </Group>
          </Alert>
        ) : reports.data.length > 0 ? (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('list.title')}
            </Title>
            <ReportList items={reports.data} />
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
};
