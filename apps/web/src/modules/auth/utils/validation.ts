import type { SignupRequest } from '@waiji/contract';

/**
 * The contract's rules for these forms, checked by hand so the sign-in chunk carries no zod: the server checks
 * again (and also refuses the most common passwords), and its field errors are shown the same way.
 */
export type FieldProblem = 'required' | 'email' | 'passwordShort' | 'passwordLong' | 'tooLong' | 'mismatch';

export const passwordMinLength = 10;
export const passwordMaxLength = 200;

/** What an email address looks like here (the server decides); every form that takes one checks this. */
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const checkEmail = (value: string): FieldProblem | undefined => {
  const trimmed = value.trim();
  if (trimmed === '') return 'required';
  if (trimmed.length > 254 || !emailPattern.test(trimmed)) return 'email';
  return undefined;
};

export const checkNewPassword = (value: string): FieldProblem | undefined => {
  if (value === '') return 'required';
  if (value.length < passwordMinLength) return 'passwordShort';
  if (value.length > passwordMaxLength) return 'passwordLong';
  return undefined;
};

export const checkName = (value: string, max: number): FieldProblem | undefined => {
  const trimmed = value.trim();
  if (trimmed === '') return 'required';
  if (trimmed.length > max) return 'tooLong';
  return undefined;
};

export type OrganizationKind = SignupRequest['kind'];

export type SignUpValues = {
  kind: OrganizationKind;
  organizationName: string;
  displayName: string;
  email: string;
  password: string;
};

export type SignUpProblems = Partial<Record<keyof SignUpValues, FieldProblem>>;

/** An agency or a university needs its name; an individual's organization is named after them by the server. */
export const validateSignUp = (values: SignUpValues): SignUpProblems => {
  const problems: SignUpProblems = {};
  const displayName = checkName(values.displayName, 100);
  if (displayName) problems.displayName = displayName;
  if (values.kind !== 'PERSONAL') {
    const organizationName = checkName(values.organizationName, 120);
    if (organizationName) problems.organizationName = organizationName;
  }
  const email = checkEmail(values.email);
  if (email) problems.email = email;
  const password = checkNewPassword(values.password);
  if (password) problems.password = password;
  return problems;
};

export const toSignupRequest = (values: SignUpValues, locale: 'en' | 'zh'): SignupRequest => ({
  kind: values.kind,
  displayName: values.displayName.trim(),
  email: values.email.trim(),
  password: values.password,
  locale,
  ...(values.kind !== 'PERSONAL' ? { organizationName: values.organizationName.trim() } : {}),
});
