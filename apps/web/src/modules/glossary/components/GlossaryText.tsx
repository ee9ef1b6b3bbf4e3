import { Fragment } from 'react';
import { useLanguage } from '../../../i18n/useBilingual';
import { splitGlossaryTerms } from '../utils/glossaryIndex';
import { GlossaryTerm } from './GlossaryTerm';

export type GlossaryTextProps = { children: string };

/**
 * Text with its Chinese Alipay terms turned into glossary tooltips, for English readers; a Chinese
 * reader already knows the words, so Chinese text stays plain.
 */
export const GlossaryText = ({ children }: GlossaryTextProps) => {
  const { language } = useLanguage();
  if (language === 'zh') return <>{children}</>;
  return (
    <>
      {splitGlossaryTerms(children).map((piece, index) =>
        piece.entry ? (
          <GlossaryTerm key={index} term={piece.text} entry={piece.entry} />
        ) : (
          <Fragment key={index}>{piece.text}</Fragment>
        ),
      )}
    </>
  );
};
