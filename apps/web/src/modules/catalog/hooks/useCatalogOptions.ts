import { type BankSupport, bankCodes, banks, reasonCodeLabels, reasonCodes } from '@waiji/domain';
import { useMemo } from 'react';
import { useFeatureTranslation } from '../../../i18n/useFeatureTranslation';
import { useBilingual, useLanguage } from '../../../i18n/useBilingual';

type Option = { value: string; label: string };
type OptionGroup = { group: string; items: Option[] };

const supportOrder: BankSupport[] = ['SUPPORTED', 'UNCERTAIN', 'UNSUPPORTED'];

/** Drop-down data for the domain's catalogues, in the active language, grouped the way a helper decides. */
export const useCatalogOptions = (): { bankOptions: (Option | OptionGroup)[]; reasonOptions: Option[] } => {
  const { t } = useFeatureTranslation();
  const text = useBilingual();
  const { language } = useLanguage();

  return useMemo(() => {
    const placeholder: Option = { value: '', label: t('common.choose') };
    // English readers still see the Chinese name: it is what the bank's sign and the Alipay list say.
    const bankLabel = (code: (typeof bankCodes)[number]) =>
      language === 'en' && code !== 'OTHER'
        ? `${banks[code].name.en} (${banks[code].name.zh})`
        : text(banks[code].name);
    const bankGroups = supportOrder
      .map((support) => ({
        group: t(`banks.support.${support}`),
        items: bankCodes
          .filter((code) => banks[code].support === support)
          .map((code) => ({ value: code, label: bankLabel(code) })),
      }))
      .filter((group) => group.items.length > 0);
    return {
      bankOptions: [placeholder, ...bankGroups],
      reasonOptions: [
        placeholder,
        ...reasonCodes.map((code) => ({ value: code, label: text(reasonCodeLabels[code]) })),
      ],
    };
  }, [t, text, language]);
};
