import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';

/** Stands at `paths.today` until the Today page replaces it in routes.tsx. */
export const TodayPlaceholder = () => {
  const { t } = useTranslation();
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t('placeholder.todayTitle')}</Title>
      <Text>{t('placeholder.todayBody')}</Text>
      <Anchor component={Link} to={paths.settings} underline="always">
        {t('nav.settings')}
      </Anchor>
    </Stack>
  );
};
