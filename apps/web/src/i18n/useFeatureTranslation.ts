import { defineCatalogue } from './catalogue';
import { featuresEn } from './features.en';
import { featuresZh } from './features.zh';

/**
 * The feature screens' strings (Alipay helper, glossary, checks…), merged into the default namespace with the first
 * component that uses them: they are not in the entry chunk. Shell components use `useTranslation` directly.
 */
const features = defineCatalogue({ namespace: 'translation', en: featuresEn, zh: featuresZh });

export const addFeatureCatalog = features.add;
export const useFeatureTranslation = features.useTranslation;
