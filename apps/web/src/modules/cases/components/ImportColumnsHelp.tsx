import { Stack, Text } from '@mantine/core';
import { caseFileColumns } from '@waiji/domain';
import { useLanguage } from '../../../i18n/useBilingual';

/**
 * The import's columns as the API reads them (the domain's one list): each header in both languages, what it takes
 * and its allowed values. A file of its own, loaded when the help is opened, so the case list does not carry the
 * columns' vocabularies.
 */
export const ImportColumnsHelp = () => {
  const { language } = useLanguage();
  const other = language === 'en' ? 'zh' : 'en';
  return (
    <Stack component="dl" gap={6} m={0}>
      {caseFileColumns
        .filter((column) => column.role !== 'info')
        .map((column) => {
          const allowed = column.allowed?.(language);
          return (
            <div key={column.key}>
              <Text component="dt" size="sm" fw={600}>
                {column.label[language]}{' '}
                <Text component="span" size="xs" c="dimmed" fw={400} lang={other === 'zh' ? 'zh-CN' : 'en'}>
                  {column.label[other]}
                </Text>
              </Text>
              <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
                {column.hint[language]}
                {allowed && allowed.length > 0 && (
                  <>
                    {': '}
                    {allowed.join(' · ')}
                  </>
                )}
              </Text>
            </div>
          );
        })}
    </Stack>
  );
};
