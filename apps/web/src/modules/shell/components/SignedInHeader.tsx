import { Group } from '@mantine/core';
import { NotificationBell } from '../../notifications/components/NotificationBell';
import type { Session } from '../../session/api/sessionApi';
import { AccountMenu } from './AccountMenu';

type SignedInHeaderProps = {
  session: Session;
  caseLink: (caseId: string) => string;
  onError: (message: string) => void;
};

/**
 * The header's signed-in controls. A chunk of their own (menus and drawers bring floating-ui and scroll locking),
 * so visitors' first screens — the start page and sign-in — do not download them.
 */
export const SignedInHeader = ({ session, caseLink, onError }: SignedInHeaderProps) => (
  <Group gap="xs" wrap="nowrap">
    {session.organization ? <NotificationBell caseLink={caseLink} /> : null}
    <AccountMenu session={session} onError={onError} />
  </Group>
);
