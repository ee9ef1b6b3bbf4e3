import { Avatar, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { DeferredMenu } from '../../../ui/DeferredMenu';
import type { Session } from '../../session/api/sessionApi';
import { useSignOut, useSwitchOrganization } from '../../session/hooks/useSessionActions';
import { landingPathFor } from '../../session/utils/landing';
import classes from './AccountMenu.module.css';

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('') || '?';

type AccountMenuProps = { session: Session; onError: (message: string) => void };

/** Who is signed in, in which organization; switching organization and signing out. */
export const AccountMenu = ({ session, onError }: AccountMenuProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const switchOrganization = useSwitchOrganization();
  const currentId = session.organization?.id;

  const endSession = (scope: 'this-device' | 'everywhere') =>
    signOut.mutate(scope, {
      onError: () => onError(t('account.signOutFailed')),
      onSettled: () => void navigate(paths.signIn, { replace: true }),
    });

  return (
    <DeferredMenu
      position="bottom-end"
      width={280}
      shadow="md"
      withinPortal
      // Named by what it shows (name, organization; on phones only for screen readers) plus "account menu", so
      // voice control finds it by its visible text (WCAG 2.5.3); the initials are decoration.
      target={
        <UnstyledButton className={classes.trigger}>
          <Group gap={8} wrap="nowrap">
            <Avatar size={32} radius="xl" color="blue.8" variant="filled" aria-hidden="true">
              {initials(session.user.displayName)}
            </Avatar>
            <span className={classes.names}>
              <Text size="sm" fw={600} truncate>
                {session.user.displayName}
              </Text>
              {/* An individual's own organization carries their name; showing it again reads "Tom Becker / Tom Becker". */}
              {session.organization && session.organization.kind !== 'PERSONAL' ? (
                <Text size="xs" c="dimmed" truncate>
                  {session.organization.name}
                </Text>
              ) : null}
            </span>
            <VisuallyHidden>{t('account.menuLabel')}</VisuallyHidden>
          </Group>
        </UnstyledButton>
      }
    >
      <Menu.Dropdown>
        <Menu.Label>{t('account.signedInAs', { email: session.user.email })}</Menu.Label>
        {session.memberships.length > 1 ? (
          <>
            <Menu.Divider />
            <Menu.Label>{t('account.switchOrganization')}</Menu.Label>
            {session.memberships.map((membership) => {
              const current = membership.organizationId === currentId;
              return (
                <Menu.Item
                  key={membership.organizationId}
                  disabled={current || switchOrganization.isPending}
                  aria-current={current ? 'true' : undefined}
                  onClick={() =>
                    switchOrganization.mutate(membership.organizationId, {
                      onSuccess: (next) => void navigate(landingPathFor(next), { replace: true }),
                      onError: (error) => onError(t('account.switchFailed', { message: error.message })),
                    })
                  }
                  rightSection={
                    current ? (
                      <Text size="xs" c="dimmed">
                        {t('account.current')}
                      </Text>
                    ) : undefined
                  }
                >
                  <Text size="sm" fw={current ? 600 : 400}>
                    {membership.organizationName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`organizationKinds.${membership.kind}`)} · {t(`roles.${membership.role}`)}
                  </Text>
                </Menu.Item>
              );
            })}
          </>
        ) : session.organization ? (
          <Menu.Item disabled>
            <Text size="sm">{session.organization.name}</Text>
            {session.role ? (
              <Text size="xs" c="dimmed">
                {t(`organizationKinds.${session.organization.kind}`)} · {t(`roles.${session.role}`)}
              </Text>
            ) : null}
          </Menu.Item>
        ) : null}
        <Menu.Divider />
        {session.role ? (
          <Menu.Item component={Link} to={paths.settings}>
            {t('account.settings')}
          </Menu.Item>
        ) : null}
        <Menu.Item onClick={() => endSession('this-device')}>{t('account.signOut')}</Menu.Item>
        <Menu.Item onClick={() => endSession('everywhere')}>{t('account.signOutEverywhere')}</Menu.Item>
      </Menu.Dropdown>
    </DeferredMenu>
  );
};
