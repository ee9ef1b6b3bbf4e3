import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { paths } from '../../../app/paths';
import { resultsTargetId, SkipLink } from '../../../ui/SkipLink';

/** The pages whose results a keyboard user wants first; each has an element with `resultsTargetId`. */
const pagesWithResults: ReadonlySet<string> = new Set([paths.today, paths.cases, paths.board]);

/**
 * "Skip to results", the first focusable element on Today, the cases list and the board: one Tab and Enter from the
 * top of the page to its first case, past the header and the filters. A component of its own, so that following the
 * location (which the filters change as one types) re-renders only this link, not the layout.
 */
export const ResultsSkipLink = () => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return pagesWithResults.has(pathname) ? <SkipLink targetId={resultsTargetId} label={t('app.skipToResults')} /> : null;
};
