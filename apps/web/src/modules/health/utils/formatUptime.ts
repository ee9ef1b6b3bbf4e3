import type { TFunction } from 'i18next';
import { splitDuration } from './splitDuration';

/** Two units at most: "3 d 4 h" is what a person wants from an uptime, not "3 d 4 h 12 min 9 s". */
export const formatUptime = (t: TFunction, totalSeconds: number): string => {
  const { days, hours, minutes, seconds } = splitDuration(totalSeconds);
  if (days > 0) return t('duration.daysHours', { days, hours });
  if (hours > 0) return t('duration.hoursMinutes', { hours, minutes });
  if (minutes > 0) return t('duration.minutes', { minutes });
  return t('duration.seconds', { seconds });
};
