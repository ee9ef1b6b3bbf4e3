import { defineCatalogue } from './catalogue';
import { screenshotsEn } from './features-screenshots.en';
import { screenshotsZh } from './features-screenshots.zh';

/** The screenshot reader's own namespace (case page, portal, Alipay helper); keys are checked against this catalogue. */
const screenshots = defineCatalogue({ namespace: 'screenshots', en: screenshotsEn, zh: screenshotsZh });

export const addScreenshotsCatalog = screenshots.add;
export const useScreenshotsTranslation = screenshots.useTranslation;
