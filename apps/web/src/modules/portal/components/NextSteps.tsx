import { Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { useClientLanguage } from '../../../i18n/useBilingual';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import { useClientWords } from '../../../i18n/useClientWords';
import { GlossaryTerm } from '../../glossary/components/GlossaryTerm';
import { GlossaryText } from '../../glossary/components/GlossaryText';
import { SourceTags } from '../../sources/components/SourceTags';
import type { PortalCase } from '../api/portalApi';
import classes from './Portal.module.css';

type Step = PortalCase['nextSteps'][number];

/** The Alipay button as the app shows it (Chinese), with pinyin and its meaning always visible — tooltips are hard on phones. */
const AlipayButtonName = ({ button, source }: { button: NonNullable<Step['button']>; source: Step['source'] }) => {
  const { t } = useAccountTranslation();
  const { tag } = useClientLanguage();
  const own = useClientWords().meaning(button.zh);
  return (
    <div className={classes.buttonName}>
      <Text size="xs" c="dimmed">
        {t('portal.steps.tap')}
      </Text>
      <span className={classes.alipayButton}>
        <GlossaryTerm term={button.zh} entry={{ ...button, source }} />
      </span>
      <Text size="xs" c="dimmed">
        <span lang="zh-Latn-pinyin">{button.pinyin}</span> ·{' '}
        {/* What the button means, in the client's language (the client glossary's word, from the language pack). */}
        <span lang={own === null ? 'en' : tag} dir="auto">
          {own ?? button.en}
        </span>
      </Text>
    </div>
  );
};

export const NextSteps = ({ steps }: { steps: readonly Step[] }) => {
  const words = useClientWords();
  const { t } = useAccountTranslation();
  if (steps.length === 0) return <Text c="dimmed">{t('portal.steps.none')}</Text>;
  return (
    <ol className={classes.steps}>
      {steps.map((step, index) => {
        // The client's language where its table has the step (client-texts-<code>.ts), else en/zh laid out as such.
        const shown = words.read(step.text);
        return (
          <li key={`${index}-${step.text.en}`}>
            <Paper withBorder p="sm" radius="md">
              <Group gap="sm" align="flex-start" wrap="nowrap">
                <ThemeIcon radius="xl" size={28} color="blue.8" aria-hidden="true">
                  <Text size="sm" fw={700} c="white">
                    {index + 1}
                  </Text>
                </ThemeIcon>
                <Stack gap={8} style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm">
                    <span lang={shown.lang} dir="auto">
                      <GlossaryText>{shown.text}</GlossaryText>
                    </span>
                  </Text>
                  {step.button ? <AlipayButtonName button={step.button} source={step.source} /> : null}
                  <SourceTags tags={step.source} />
                </Stack>
              </Group>
            </Paper>
          </li>
        );
      })}
    </ol>
  );
};
