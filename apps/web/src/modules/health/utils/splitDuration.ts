export type DurationParts = { days: number; hours: number; minutes: number; seconds: number };

export const splitDuration = (totalSeconds: number): DurationParts => {
  const whole = Math.max(0, Math.floor(totalSeconds));
  return {
    days: Math.floor(whole / 86_400),
    hours: Math.floor((whole % 86_400) / 3_600),
    minutes: Math.floor((whole % 3_600) / 60),
    seconds: whole % 60,
  };
};
