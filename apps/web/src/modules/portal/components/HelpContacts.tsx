import { Anchor, Stack, Text } from '@mantine/core';
import { contacts } from '@waiji/domain';
import { useBilingual } from '../../../i18n/useBilingual';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { GlossaryTerm } from '../../glossary/components/GlossaryTerm';
import { SourceTags } from '../../sources/components/SourceTags';
import classes from './Portal.module.css';

const isPhone = (value: string) => /^[+\d][\d\s-]+$/.test(value);

/** Where to get help: the helper first, then Alipay's own lines (numbers are tap-to-call on phones). */
export const HelpContacts = ({ organizationName }: { organizationName: string | null }) => {
  const pick = useBilingual();
  const { t } = useAccountTranslation();
  return (
    <Stack gap="sm">
      {organizationName ? <Text size="sm">{t('portal.help.helper', { organization: organizationName })}</Text> : null}
      <ul className={classes.contacts}>
        {contacts.map((contact) => (
          <li key={contact.value}>
            <Text size="sm" fw={500}>
              {pick(contact.label)}
            </Text>
            {isPhone(contact.value) ? (
              <Anchor href={`tel:${contact.value.replace(/[\s-]/g, '')}`} size="md" fw={700} underline="always">
                {contact.value}
              </Anchor>
            ) : (
              <Text size="md" fw={700}>
                <GlossaryTerm term={contact.value} />
              </Text>
            )}
            <SourceTags tags={contact.source} />
          </li>
        ))}
      </ul>
    </Stack>
  );
};
