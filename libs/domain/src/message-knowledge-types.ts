import type { AlipayButton } from './alipay-buttons';
import type { CaseAction } from './cases';
import type { Bilingual } from './common';
import type { DocumentKind } from './documents';
import type { SourceTag } from './sources';

/** The shape of what the interpreter knows of one message (message-knowledge.ts and message-knowledge-2026.ts). */

export type InterpretationKind = 'error' | 'status' | 'restriction';

/**
 * A next step, as the helper's interpreter and the client's portal both give it (reason-steps.ts). A step that
 * names the same-card retry day says so in `onRetryDay`, where `{day}` stands for that day (YYYY-MM-DD in the
 * message's zone), used whenever the day is known, and in `onRetryPassed` once that day has come. `button`: the
 * Alipay button the step presses.
 */
export type MessageStep = Bilingual & { onRetryDay?: Bilingual; onRetryPassed?: Bilingual; button?: AlipayButton };

export type Knowledge = {
  kind: InterpretationKind;
  meaning: Bilingual;
  causes: Bilingual[];
  nextSteps: MessageStep[];
  suggestedAction?: CaseAction;
  /** Documents the message says are missing: a rejection for it adds them to the case's checklist. */
  missingDocuments?: DocumentKind[];
  source: SourceTag[];
};
