import { DirectionProvider, useDirection } from '@mantine/core';
import { clientLanguageInfo, clientLanguageOf } from '@waiji/domain';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

const FollowLanguage = ({ dir }: { dir: 'ltr' | 'rtl' }) => {
  const { setDirection } = useDirection();
  useEffect(() => setDirection(dir), [dir, setDirection]);
  return null;
};

/**
 * Mantine's direction follows the page's language: right to left for Arabic (its components mirror, and
 * `<html dir>` is set with `<html lang>` by syncDocumentLanguage), left to right otherwise.
 */
export const LanguageDirection = ({ children }: { children: ReactNode }) => {
  const { i18n } = useTranslation();
  const { dir } = clientLanguageInfo[clientLanguageOf(i18n.language)];
  return (
    <DirectionProvider initialDirection={dir} detectDirection={false}>
      <FollowLanguage dir={dir} />
      {children}
    </DirectionProvider>
  );
};
