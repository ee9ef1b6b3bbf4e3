import type { ClientStepWords } from './client-steps';

/** The portal's next steps in Spanish (client-steps.ts): English step → its words, dates as {date}. */
export const stepsEs: ClientStepWords = {};
