import classes from './SkipLink.module.css';

type SkipLinkProps = { targetId: string; label: string };

/**
 * The element holding a page's results (the cases list's rows, the board's columns, Today's lists), which the layout's
 * "Skip to results" link focuses: it carries this id and tabIndex -1.
 */
export const resultsTargetId = 'results';

/** First focusable element on the page, so keyboard users can jump past the header. */
export const SkipLink = ({ targetId, label }: SkipLinkProps) => (
  <a className={classes.skipLink} href={`#${targetId}`}>
    {label}
  </a>
);
