import classes from './SkipLink.module.css';

type SkipLinkProps = { targetId: string; label: string };

/** First focusable element on the page, so keyboard users can jump past the header. */
export const SkipLink = ({ targetId, label }: SkipLinkProps) => (
  <a className={classes.skipLink} href={`#${targetId}`}>
    {label}
  </a>
);
