import type { ClientCaseWords, ClientTexts } from '@waiji/domain';
import type { ClientFeatureStrings } from './facing';

// The shape of one language's pack (clientPacks.ts loads them).

type Strings = { readonly [key: string]: string | Strings };

export type ClientPack = {
  /** The portal's strings; the keys of `portal` in features-account.en.ts (plural keys by the language's forms). */
  portal: Strings;
  /** The client-facing parts of the other catalogues (client/facing.ts says which), same keys, own plural forms. */
  features: ClientFeatureStrings;
  /** Case and document words by code: the domain's (client-case-words-<code>.ts), shared with the client's emails. */
  clientCase: ClientCaseWords;
  /** The domain's sentences in the language (client-texts-<code>.ts: next steps, what a message means and why). */
  texts: ClientTexts;
};
