import type { ClientStepWords } from './client-steps';

/** The portal's next steps in German (client-steps.ts): English step → its words, dates as {date}. */
export const stepsDe: ClientStepWords = {};
