import { type ComponentProps, Suspense } from 'react';
import { lazyPage } from '../../ui/lazyPage';

// The security module's face for other pages: each piece loads when shown (the sign-in page's second step and
// other ways in, Settings → Security, Settings → Organization), with its strings and @simplewebauthn/browser.

const SecondFactorStepLazy = lazyPage(() => import('./components/SecondFactorStep'), 'SecondFactorStep');
const SignInOptionsLazy = lazyPage(() => import('./components/SignInOptions'), 'SignInOptions');
const AccountSecurityPanelLazy = lazyPage(() => import('./components/AccountSecurityPanel'), 'AccountSecurityPanel');
const OrganizationSecurityPanelLazy = lazyPage(
  () => import('./components/OrganizationSecurityPanel'),
  'OrganizationSecurityPanel',
);

export const SecondFactorStep = (props: ComponentProps<typeof SecondFactorStepLazy>) => (
  <Suspense fallback={null}>
    <SecondFactorStepLazy {...props} />
  </Suspense>
);
export const SignInOptions = (props: ComponentProps<typeof SignInOptionsLazy>) => (
  <Suspense fallback={null}>
    <SignInOptionsLazy {...props} />
  </Suspense>
);
export const AccountSecurityPanel = () => (
  <Suspense fallback={null}>
    <AccountSecurityPanelLazy />
  </Suspense>
);
export const OrganizationSecurityPanel = (props: ComponentProps<typeof OrganizationSecurityPanelLazy>) => (
  <Suspense fallback={null}>
    <OrganizationSecurityPanelLazy {...props} />
  </Suspense>
);
