import { clientMeBody, meBody } from '../../../test/apiStub';
import { accountLanguageOf } from './accountLanguage';

const user = (locale: string) => ({ ...clientMeBody().user, locale });

describe('accountLanguageOf', () => {
  it("is a client's account language when it is not English", () => {
    expect(accountLanguageOf(clientMeBody({ user: user('ar') }))).toBe('ar');
    expect(accountLanguageOf(clientMeBody({ user: user('ru') }))).toBe('ru');
    expect(accountLanguageOf(clientMeBody({ user: user('zh') }))).toBe('zh');
  });

  it('leaves the choice to the stored language or the browser otherwise', () => {
    expect(accountLanguageOf(null)).toBeNull();
    expect(accountLanguageOf(clientMeBody({ user: user('en') }))).toBeNull(); // the default: nobody chose
    expect(accountLanguageOf(clientMeBody({ user: user('xx') }))).toBeNull();
    expect(accountLanguageOf(meBody({ user: { ...meBody().user, locale: 'zh' } }))).toBeNull(); // a helper
  });
});
