import type { CaseState, CaseType } from './cases';
import { clientCaseWords } from './client-case-words';
import { clientGlossary, meaningIn } from './client-glossary';
import { glossary } from './glossary';
import type { OtherClientLanguage } from './languages';

// The glossary's word for a concept is the one the case's names use, in every client language. Words inflect
// (ручная проверка → на ручной проверке), so a term matches when each of its words' stems is there: the word less
// its last three letters, at least three (all of a short word).

const others = Object.keys(clientCaseWords) as OtherClientLanguage[];
const stems = (term: string) =>
  term
    .toLowerCase()
    .split(/\s+/)
    .map((word) => (word.length <= 3 ? word : word.slice(0, Math.max(3, word.length - 3))));
const uses = (text: string, term: string) => stems(term).every((stem) => text.toLowerCase().includes(stem));

const termOf = (en: string) => {
  const found = clientGlossary.find((entry) => entry.en === en);
  if (!found) throw new Error(`no glossary term '${en}'`);
  return found;
};

/** Which names carry which concept. */
const carriers: [string, { states?: CaseState[]; types?: CaseType[] }][] = [
  ['real-name verification', { types: ['BANK_CARD_VERIFICATION'] }],
  ['deposit', { states: ['AWAITING_DEPOSIT'] }],
  ['manual review', { states: ['MANUAL_REVIEW'] }],
  ['restriction', { types: ['RESTRICTION_APPEAL'], states: ['RESTRICTION_LIFTED'] }],
  ['appeal', { types: ['RESTRICTION_APPEAL', 'RESTRICTION_APPEAL_AGENT'] }],
  ['face verification', { states: ['FACE_CHECK'] }],
  ['human agent', { types: ['RESTRICTION_APPEAL_AGENT'], states: ['AGENT_REQUESTED'] }],
  ['risk control', { states: ['RISK_CONTROL'] }],
];

describe('client glossary', () => {
  it.each(others)('%s: the case names use the glossary’s word for each concept', (language) => {
    const words = clientCaseWords[language];
    const off = carriers.flatMap(([en, { states = [], types = [] }]) => {
      const term = termOf(en)[language];
      return [
        ...states.map((state) => [`states.${state}`, words.states[state]] as const),
        ...types.map((type) => [`types.${type}`, words.types[type]] as const),
      ]
        .filter(([, text]) => !uses(text, term))
        .map(([where, text]) => `${where} "${text}" lacks "${term}" (${en})`);
    });
    expect(off).toEqual([]);
  });

  it('has every Alipay word of the glossary, with its pinyin, so no tooltip falls back to English', () => {
    const missing = glossary
      .filter((entry) => {
        const term = clientGlossary.find((candidate) => candidate.zh === entry.zh);
        // The English may be the catalogues' shorter word (打款: "deposit" for the glossary's "payout/deposit").
        return !term || term.pinyin !== entry.pinyin;
      })
      .map((entry) => entry.zh);
    expect(missing).toEqual([]);
    for (const term of clientGlossary) for (const language of others) expect(term[language].trim()).not.toBe('');
  });

  it.each(others)('%s gives no two Alipay words the same meaning', (language) => {
    const words = clientGlossary.map((entry) => entry[language].toLowerCase());
    expect(words.filter((word, index) => words.indexOf(word) !== index)).toEqual([]);
  });

  it('gives each Alipay word one meaning per language, falling back to English', () => {
    expect(new Set(clientGlossary.map((entry) => entry.zh)).size).toBe(clientGlossary.length);
    expect(meaningIn('ru', '输入打款金额', 'Enter the deposit amount')).toBe('ввести сумму платежа');
    expect(meaningIn('ru', '不存在', 'Not there')).toBe('Not there');
    expect(meaningIn('zh', '输入打款金额', 'Enter the deposit amount')).toBe('Enter the deposit amount');
  });
});
