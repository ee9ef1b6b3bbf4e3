import { Anchor, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { lazy, type ReactNode, Suspense, useId } from 'react';
import { Link } from 'react-router';
import { paths, signInPathFor } from '../../../app/paths';
import { useFeatureTranslation } from '../../../i18n/useFeatureTranslation';
import { GlossaryTerm } from '../../glossary/components/GlossaryTerm';
import { MessageInterpreter } from '../../messages/components/MessageInterpreter';
import { ScreenshotReader } from '../../screenshots/components/ScreenshotReader';
import { useSession } from '../../session/hooks/useSession';
import { PreSubmissionCheck } from './PreSubmissionCheck';

// Below the fold and the only user of the modal, tabs and case machines: its own chunk keeps /tools light.
const CaseFlowSandbox = lazy(() => import('./CaseFlowSandbox').then((m) => ({ default: m.CaseFlowSandbox })));
// Only for someone signed in who may change cases: visitors do not download the case code it brings.
const InterpreterWithApply = lazy(() =>
  import('./InterpreterWithApply').then((m) => ({ default: m.InterpreterWithApply })),
);

// The words a foreigner meets first in the Alipay verification screens (ALIPAY.md §5).
const firstWords = ['立即认证', '外籍', '实名认证', '输入打款金额', '人工审核', '撤销本次认证申请', '补传', '活期'];

type SectionProps = { title: string; intro: string; children: ReactNode };

const Section = ({ title, intro, children }: SectionProps) => {
  const id = useId();
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <Text c="dimmed">{intro}</Text>
      {children}
    </Stack>
  );
};

/** "Alipay helper": the domain's tools for anyone, before any account exists. Everything runs in the browser. */
export const ToolsPage = () => {
  const { t } = useFeatureTranslation();
  const { status, canEdit, organization } = useSession();
  const canApply = status === 'signed-in' && canEdit && organization !== null;

  return (
    <Stack gap={48}>
      <Stack gap="sm">
        <Title order={1}>{t('tools.title')}</Title>
        <Text size="lg">{t('tools.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('tools.privacy')}
        </Text>
      </Stack>

      <Section title={t('tools.interpreterTitle')} intro={t('tools.interpreterIntro')}>
        {canApply ? (
          <Suspense
            fallback={
              <Center py="xl" role="status" aria-label={t('tools.apply.loading')}>
                <Loader size="sm" aria-hidden="true" />
              </Center>
            }
          >
            <InterpreterWithApply />
          </Suspense>
        ) : (
          <>
            {status === 'signed-out' ? (
              <Text size="sm">
                {t('tools.apply.signedOut')}{' '}
                <Anchor component={Link} to={signInPathFor(paths.tools)}>
                  {t('tools.apply.signIn')}
                </Anchor>
              </Text>
            ) : null}
            <MessageInterpreter imageInput={(put) => <ScreenshotReader audience="public" onRead={put} />} />
          </>
        )}
      </Section>

      <Section title={t('tools.checkTitle')} intro={t('tools.checkIntro')}>
        <PreSubmissionCheck />
      </Section>

      <Section title={t('tools.flowTitle')} intro={t('tools.flowIntro')}>
        <Suspense
          fallback={
            <Center py="xl" role="status" aria-label={t('tools.flowLoading')}>
              <Loader size="sm" aria-hidden="true" />
            </Center>
          }
        >
          <CaseFlowSandbox />
        </Suspense>
      </Section>

      <Section title={t('tools.wordsTitle')} intro={t('tools.wordsIntro')}>
        <Group gap="lg" wrap="wrap">
          {firstWords.map((term) => (
            <Text key={term} size="lg">
              <GlossaryTerm term={term} />
            </Text>
          ))}
        </Group>
      </Section>
    </Stack>
  );
};
