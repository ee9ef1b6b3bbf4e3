import type { CaseState, CaseType, ReminderKind } from '@waiji/domain';

// The shape of one language's pack (clientPacks.ts loads them).

type Strings = { readonly [key: string]: string | Strings };

export type ClientPack = {
  /** The portal's strings; the keys of `portal` in features-account.en.ts (plural keys by the language's forms). */
  portal: Strings;
  /** Case words by code; a pack's states and types are the domain's (client-case-words.ts). */
  clientCase: {
    states: Readonly<Record<CaseState, string>>;
    types: Readonly<Record<CaseType, string>>;
    kinds: Readonly<Record<ReminderKind, string>>;
  };
};
