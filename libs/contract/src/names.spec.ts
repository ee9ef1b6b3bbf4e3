import { acceptInvitationRequest, signupRequest } from './auth';
import { createClientRequest, updateClientRequest } from './clients';
import { DISPLAY_NAME_MESSAGE, displayName } from './names';
import { updateOrganizationRequest } from './organization';

const forbidden: [string, string][] = [
  ['a right-to-left override (U+202E)', 'Ana \u202Eevil'],
  ['a left-to-right embedding (U+202A)', '\u202AAna'],
  ['a pop directional formatting (U+202C)', 'Ana\u202C'],
  ['a right-to-left isolate (U+2067)', 'Ana \u2067x\u2069'],
  ['a first strong isolate (U+2068)', '\u2068Ana'],
  ['a zero-width space (U+200B)', 'An\u200Ba'],
  ['a zero-width non-joiner (U+200C)', 'An\u200Ca'],
  ['a zero-width joiner (U+200D)', 'An\u200Da'],
  ['a word joiner (U+2060)', 'An\u2060a'],
  ['a byte-order mark (U+FEFF)', 'An\uFEFFa'],
  ['a line feed', 'Ana\nBcc: x@example.com'],
  ['a carriage return', 'Ana\rSilva'],
  ['a tab', 'Ana\tSilva'],
  ['a NUL', 'Ana\u0000'],
  ['DEL', 'Ana\u007F'],
  ['a C1 control (U+0085, next line)', 'Ana\u0085Silva'],
];

describe('displayName()', () => {
  const schema = displayName(100);

  it.each(forbidden)('refuses %s with a message for the field', (_label, value) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(DISPLAY_NAME_MESSAGE);
  });

  it.each([
    ['Latin with accents', 'Anna Müller-Łukasiewicz'],
    ['Chinese', '王小明'],
    ['Arabic', 'محمد علي'],
    ['Hebrew', 'דוד לוי'],
    ['Devanagari', 'अनन्या शर्मा'],
    ['an apostrophe and a middle dot', "O'Brien · Zhang"],
    ['an organization with punctuation', 'Bridge & Partners (Shanghai) Ltd.'],
  ])('accepts a real name: %s', (_label, value) => {
    expect(schema.parse(value)).toBe(value);
  });

  it('trims, requires a character and keeps the maximum', () => {
    expect(schema.parse('  Ana  ')).toBe('Ana');
    expect(schema.safeParse('   ').success).toBe(false);
    expect(displayName(5).safeParse('abcdef').success).toBe(false);
    expect(displayName(5, { allowEmpty: true }).parse('  ')).toBe('');
    expect(displayName(5, { allowEmpty: true }).safeParse('a\u202Eb').success).toBe(false);
  });
});

describe('every person and organization name field uses it', () => {
  const bad = 'Ana\u202Egnp.exe';
  const fieldOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    result.error?.issues.filter((issue) => issue.message === DISPLAY_NAME_MESSAGE).map((issue) => issue.path.join('.'));

  it('sign-up: the user’s name and the organization’s name', () => {
    const base = { email: 'ana@example.com', password: 'a long enough passphrase', kind: 'AGENCY' as const };
    expect(fieldOf(signupRequest.safeParse({ ...base, displayName: bad, organizationName: 'Bridge' }))).toEqual([
      'displayName',
    ]);
    expect(fieldOf(signupRequest.safeParse({ ...base, displayName: 'Ana', organizationName: `Bridge\u200B` }))).toEqual(
      ['organizationName'],
    );
  });

  it('accepting an invitation: the member’s name', () => {
    expect(
      fieldOf(acceptInvitationRequest.safeParse({ token: 'A'.repeat(43), password: 'x', displayName: bad })),
    ).toEqual(['displayName']);
  });

  it('clients: the passport and the bank spelling, on create and update', () => {
    expect(fieldOf(createClientRequest.safeParse({ passportName: bad }))).toEqual(['passportName']);
    expect(fieldOf(createClientRequest.safeParse({ passportName: 'Ana', bankName: 'ANA\r\nSILVA' }))).toEqual([
      'bankName',
    ]);
    expect(fieldOf(updateClientRequest.safeParse({ passportName: bad }))).toEqual(['passportName']);
    expect(createClientRequest.parse({ passportName: 'Ana', bankName: null }).bankName).toBeNull();
  });

  it('organization settings: the organization’s name', () => {
    expect(fieldOf(updateOrganizationRequest.safeParse({ name: bad }))).toEqual(['name']);
  });
});
