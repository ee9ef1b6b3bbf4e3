import type { ClientStepWords } from './client-steps';

/** The portal's next steps in Korean (client-steps.ts): English step → its words, dates as {date}. */
export const stepsKo: ClientStepWords = {};
