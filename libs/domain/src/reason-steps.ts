import type { AlipayButton } from './alipay-buttons';
import type { Bilingual } from './common';
import type { SourceTag } from './sources';
import { type MessageStep, messageKnowledge } from './message-knowledge';
import type { MessageCode } from './reasons';

// One source for "what to do after this message": the helper's interpreter (interpreter.ts) and the client's portal
// (next-steps.ts, after a rejection for this reason) both take the steps of messageKnowledge through here.

/** What is known of the same-card retry day: the day (YYYY-MM-DD), and whether it has come. */
export type RetryDay = { day: string | null; passed: boolean };

/** A step's words with the retry day filled in where the step names it. */
export function stepText(step: MessageStep, retry: RetryDay): Bilingual {
  if (step.onRetryPassed && retry.day !== null && retry.passed) return { ...step.onRetryPassed };
  if (step.onRetryDay && retry.day !== null) {
    const day = retry.day;
    return { en: step.onRetryDay.en.replace('{day}', day), zh: step.onRetryDay.zh.replace('{day}', day) };
  }
  return { en: step.en, zh: step.zh };
}

export type ReasonStep = { text: Bilingual; button?: AlipayButton; source: SourceTag[] };

/** The next steps for a message code, each with its button and the message's sources. */
export function reasonSteps(code: MessageCode, retry: RetryDay): ReasonStep[] {
  const knowledge = messageKnowledge[code];
  return knowledge.nextSteps.map((step) => ({
    text: stepText(step, retry),
    ...(step.button ? { button: { ...step.button } } : {}),
    source: [...knowledge.source],
  }));
}
