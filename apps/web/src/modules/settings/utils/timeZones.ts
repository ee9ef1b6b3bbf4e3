/** IANA zones the browser knows, with the organization's current one kept even if the browser lacks it. */
export const timeZoneOptions = (current: string | undefined): string[] => {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [
      'Asia/Shanghai',
      'Asia/Hong_Kong',
      'Asia/Tokyo',
      'Europe/London',
      'Europe/Berlin',
      'America/New_York',
      'UTC',
    ];
  }
  const set = new Set(zones);
  if (current) set.add(current);
  if (!set.has('UTC')) set.add('UTC');
  return [...set].sort();
};

export const isTimeZone = (value: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};
