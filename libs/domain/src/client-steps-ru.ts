import type { ClientStepWords } from './client-steps';

/** The portal's next steps in Russian (client-steps.ts): English step → its words, dates as {date}. */
export const stepsRu: ClientStepWords = {};
