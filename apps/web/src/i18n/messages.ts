import type { ShellMessages } from './en';
import type { FeatureMessages } from './features.en';

/** Every key `t()` accepts: the shell's catalogue plus the feature screens' (loaded with them). */
export type Messages = ShellMessages & FeatureMessages;
