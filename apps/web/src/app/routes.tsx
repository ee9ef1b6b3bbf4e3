import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { AppLayout } from '../modules/shell/components/AppLayout';
import { RouteErrorPage } from '../modules/shell/components/RouteErrorPage';

// One chunk per page keeps the first screen small; the shell itself stays in the entry chunk.
const StartPage = lazy(() => import('../modules/start/components/StartPage').then((m) => ({ default: m.StartPage })));
const ToolsPage = lazy(() => import('../modules/tools/components/ToolsPage').then((m) => ({ default: m.ToolsPage })));
const NotFoundPage = lazy(() =>
  import('../modules/shell/components/NotFoundPage').then((m) => ({ default: m.NotFoundPage })),
);

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'tools', element: <ToolsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
