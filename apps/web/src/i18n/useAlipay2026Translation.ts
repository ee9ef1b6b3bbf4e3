import { defineCatalogue } from './catalogue';
import { alipay2026En } from './features-alipay2026.en';
import { alipay2026Zh } from './features-alipay2026.zh';

/** The 2026 Alipay account panel's own namespace (issue 18). */
const alipay2026 = defineCatalogue({ namespace: 'alipay2026', en: alipay2026En, zh: alipay2026Zh });

export const addAlipay2026Catalog = alipay2026.add;
export const useAlipay2026Translation = alipay2026.useTranslation;
