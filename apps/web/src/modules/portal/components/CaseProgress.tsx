import { Text, VisuallyHidden } from '@mantine/core';
import { type CaseState, type CaseType, machines } from '@waiji/domain';
import { useAccountTranslation } from '../../../i18n/useAccountTranslation';
import classes from './Portal.module.css';
import { useClientWords } from '../../../i18n/useClientWords';

/** The road from preparing to approved, with the case's place on it; a rejection shows where the road turned. */
export const CaseProgress = ({ type, state }: { type: CaseType; state: CaseState }) => {
  const words = useClientWords();
  const { t } = useAccountTranslation();
  const road = machines[type].states.filter((step) => step !== 'REJECTED');
  const rejected = state === 'REJECTED';
  const reached = rejected ? -1 : road.indexOf(state);

  return (
    <ol className={classes.progress} aria-label={t('portal.progress.label')}>
      {road.map((step, index) => {
        const status = step === state ? 'current' : index < reached ? 'done' : 'todo';
        return (
          <li
            key={step}
            className={classes.progressStep}
            data-status={status}
            aria-current={status === 'current' ? 'step' : undefined}
          >
            <span className={classes.dot} aria-hidden="true" />
            <Text size="sm" fw={status === 'current' ? 700 : 400}>
              {words.state(step)}
              {status === 'done' ? (
                <VisuallyHidden component="span"> — {t('portal.progress.done')}</VisuallyHidden>
              ) : null}
              {status === 'current' ? (
                <VisuallyHidden component="span"> — {t('portal.progress.current')}</VisuallyHidden>
              ) : null}
            </Text>
          </li>
        );
      })}
      {rejected ? (
        <li className={classes.progressStep} data-status="rejected" aria-current="step">
          <span className={classes.dot} aria-hidden="true" />
          <Text size="sm" fw={700}>
            {words.state('REJECTED')}
            <VisuallyHidden component="span"> — {t('portal.progress.current')}</VisuallyHidden>
          </Text>
        </li>
      ) : null}
    </ol>
  );
};
