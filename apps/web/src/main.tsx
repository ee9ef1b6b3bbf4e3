import '@mantine/core/styles.css';
import './ui/mantine-theme.css';
import './ui/global.css';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { appElement } from './app/appElement';
import { createQueryClient } from './app/queryClient';
import { preloadFirstScreen, within } from './app/startup';
import { switchLanguage } from './i18n/clientPacks';
import { createI18n, syncDocumentLanguage } from './i18n/i18n';
import { detectLanguage } from './i18n/languages';
import { accountLanguageOf } from './modules/session';
import { takeServerRenderedState } from './ssr/serverRendered';
import { yieldToMain } from './ui/idle';

/**
 * How long the first render waits for the session (a client's language) and then for the first screen's data
 * (main thread free meanwhile); past that it draws the page's loading state.
 */
const firstScreenWaitMs = 1500;

const start = async (): Promise<void> => {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');

  // The session request first, then start-up in pieces (~10 ms each here, ~40 ms on a phone-class CPU), yielding
  // in between, so none of them joins the module evaluation (~35 ms) in one long task.
  const queryClient = createQueryClient();
  // A client's portal comes drawn by the server (ssr/renderPortal.tsx) with what it was drawn from: the session and
  // the case are then in the cache already, and start-up asks for nothing but the page's code.
  const serverRendered = takeServerRenderedState(container, queryClient);
  const firstScreen = preloadFirstScreen(queryClient, window.location.pathname);
  await yieldToMain();

  // A client's pages open in their account's language: drawn first in the browser's and turned when the session
  // arrives, everything on the screen would move (right to left, for Arabic). The session left with the HTML and
  // has nearly always answered by the time the code has loaded; the wait is capped for a slow server.
  const language =
    serverRendered?.language ??
    accountLanguageOf(await within(firstScreen.session, firstScreenWaitMs, null)) ??
    detectLanguage();
  const i18n = createI18n(language);
  syncDocumentLanguage(i18n);
  // Setting up i18n (its own copy of the en/zh strings) and asking for the pack would otherwise be one task with
  // what came before (~30 ms here on a server-rendered page, where nothing is waited for).
  await yieldToMain();
  // A client language beyond en/zh: its pack (one small chunk) before the first render, so nothing flashes English;
  // and the first screen's data where start-up asked for it (the portal's case), so the first render draws it.
  await Promise.all([switchLanguage(i18n, language), within(firstScreen.data, firstScreenWaitMs, undefined)]);
  await yieldToMain();

  const app = appElement(i18n, queryClient, (routes) => <BrowserRouter>{routes}</BrowserRouter>);
  // A server-rendered page is taken over where it stands (hydration: no element made anew, no layout), in a
  // transition so that React does it in slices too (an initial hydration is otherwise one task).
  if (serverRendered) {
    startTransition(() => {
      hydrateRoot(container, app);
    });
    return;
  }
  const root = createRoot(container);
  // A transition lets React draw the first screen in slices of a few milliseconds, yielding between them, instead
  // of one task that blocks input for the whole first render (~65 ms here, ~250 ms on a phone-class CPU).
  startTransition(() => root.render(app));
};

// An async function rather than top-level await: a module that awaits at the top level makes the bundler split
// the entry into dozens of small chunks (lazy pages must not import from a module still being evaluated).
void start();
