import { Badge, Button, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { formatMoment } from '../../../i18n/formatDate';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { PortalUnreadBadge } from '../../conversations/components/UnreadMessages';
import { useSession } from '../../session/hooks/useSession';
import { usePortalCases } from '../hooks/usePortal';
import { HelpContacts } from './HelpContacts';
import classes from './Portal.module.css';
import { PortalCaseDetailView } from './PortalCaseView';
import { useClientWords } from '../../../i18n/useClientWords';
import { PortalLanguageChooser } from './PortalLanguageChooser';
import { PortalLoadError } from './PortalLoadError';

/** /portal: the one case straight away, a short list when there are several, a clear way forward when there is none. */
export const PortalHomePage = () => {
  const { t } = useAccountTranslation();
  const pick = useBilingual();
  const words = useClientWords();
  const { locale } = useLanguage();
  const { isClient, organization } = useSession();
  const cases = usePortalCases();

  if (cases.isPending) {
    return (
      <Center py="xl" role="status" aria-label={t('portal.loading')}>
        <Loader aria-hidden="true" />
      </Center>
    );
  }
  if (cases.isError) {
    return (
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t('portal.title')}</Title>
        <PortalLoadError error={cases.error} onRetry={() => void cases.refetch()} />
      </Stack>
    );
  }

  const [only] = cases.data;
  // One case: drawn from the list at once (its first screen needs nothing more).
  if (cases.data.length === 1 && only) return <PortalCaseDetailView detail={only} showBack={false} />;

  if (cases.data.length === 0) {
    return (
      <Stack gap="lg" className={classes.portal}>
        <Title order={1}>{t('portal.title')}</Title>
        <PortalLanguageChooser />
        <Card withBorder radius="md" p="lg">
          <Stack gap="sm" align="flex-start">
            <Title order={2} size="h3">
              {isClient ? t('portal.empty.clientTitle') : t('portal.empty.personalTitle')}
            </Title>
            <Text>{isClient ? t('portal.empty.clientBody') : t('portal.empty.personalBody')}</Text>
            {isClient ? null : (
              <Button component={Link} to={paths.caseNew} size="md">
                {t('portal.empty.create')}
              </Button>
            )}
          </Stack>
        </Card>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('portal.sections.help')}
          </Title>
          <HelpContacts organizationName={isClient ? (organization?.name ?? null) : null} />
        </Stack>
      </Stack>
    );
  }

  return (
    <Stack gap="md" className={classes.portal}>
      <Title order={1}>{t('portal.listTitle')}</Title>
      <PortalLanguageChooser />
      {isClient ? null : (
        <Group>
          <Button component={Link} to={paths.caseNew} variant="light">
            {t('portal.empty.create')}
          </Button>
        </Group>
      )}
      <ul className={classes.caseList}>
        {cases.data.map((item) => {
          const [first] = item.nextSteps;
          return (
            <li key={item.id}>
              <Card
                withBorder
                radius="md"
                p="md"
                component={Link}
                to={paths.portalCase(item.id)}
                className={classes.caseCard}
              >
                <Stack gap={6}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Text fw={600}>{words.type(item.type)}</Text>
                    <Badge variant="outline" color="blue.8">
                      {words.state(item.state)}
                    </Badge>
                  </Group>
                  <PortalUnreadBadge caseId={item.id} />
                  {first ? (
                    <Text size="sm" lineClamp={2}>
                      {t('portal.nextPrefix')} {pick(first.text)}
                    </Text>
                  ) : null}
                  <Text size="xs" c="dimmed">
                    {t('portal.updated', { date: formatMoment(new Date(item.updatedAt), locale) })}
                  </Text>
                </Stack>
              </Card>
            </li>
          );
        })}
      </ul>
    </Stack>
  );
};
