// Nationalities: the passport's ICAO 9303 code (ISO 3166-1 alpha-3 plus a few ICAO-only codes) against the client's
// record, which is free text — in practice an alpha-2 code ("GB"), an alpha-3 code, or a country name in English or
// Chinese. The alpha-3 → alpha-2 table comes from ISO 3166-1 (Debian iso-codes); names come from Intl.

// Five characters per entry: alpha-3 then alpha-2.
const ISO_PAIRS =
  'ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATAAQ ATFTF ATGAG AUSAU AUTAT AZEAZ BDIBI ' +
  'BELBE BENBJ BESBQ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL BLRBY BLZBZ BMUBM BOLBO BRABR BRBBB BRNBN BTNBT ' +
  'BVTBV BWABW CAFCF CANCA CCKCC CHECH CHLCL CHNCN CIVCI CMRCM CODCD COGCG COKCK COLCO COMKM CPVCV CRICR CUBCU ' +
  'CUWCW CXRCX CYMKY CYPCY CZECZ DEUDE DJIDJ DMADM DNKDK DOMDO DZADZ ECUEC EGYEG ERIER ESHEH ESPES ESTEE ETHET ' +
  'FINFI FJIFJ FLKFK FRAFR FROFO FSMFM GABGA GBRGB GEOGE GGYGG GHAGH GIBGI GINGN GLPGP GMBGM GNBGW GNQGQ GRCGR ' +
  'GRDGD GRLGL GTMGT GUFGF GUMGU GUYGY HKGHK HMDHM HNDHN HRVHR HTIHT HUNHU IDNID IMNIM INDIN IOTIO IRLIE IRNIR ' +
  'IRQIQ ISLIS ISRIL ITAIT JAMJM JEYJE JORJO JPNJP KAZKZ KENKE KGZKG KHMKH KIRKI KNAKN KORKR KWTKW LAOLA LBNLB ' +
  'LBRLR LBYLY LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV MACMO MAFMF MARMA MCOMC MDAMD MDGMG MDVMV MEXMX MHLMH ' +
  'MKDMK MLIML MLTMT MMRMM MNEME MNGMN MNPMP MOZMZ MRTMR MSRMS MTQMQ MUSMU MWIMW MYSMY MYTYT NAMNA NCLNC NERNE ' +
  'NFKNF NGANG NICNI NIUNU NLDNL NORNO NPLNP NRUNR NZLNZ OMNOM PAKPK PANPA PCNPN PERPE PHLPH PLWPW PNGPG POLPL ' +
  'PRIPR PRKKP PRTPT PRYPY PSEPS PYFPF QATQA REURE ROURO RUSRU RWARW SAUSA SDNSD SENSN SGPSG SGSGS SHNSH SJMSJ ' +
  'SLBSB SLESL SLVSV SMRSM SOMSO SPMPM SRBRS SSDSS STPST SURSR SVKSK SVNSI SWESE SWZSZ SXMSX SYCSC SYRSY TCATC ' +
  'TCDTD TGOTG THATH TJKTJ TKLTK TKMTM TLSTL TONTO TTOTT TUNTN TURTR TUVTV TWNTW TZATZ UGAUG UKRUA UMIUM URYUY ' +
  'USAUS UZBUZ VATVA VCTVC VENVE VGBVG VIRVI VNMVN VUTVU WLFWF WSMWS YEMYE ZAFZA ZMBZM ZWEZW';

/** ICAO 9303 codes that are not ISO 3166-1 alpha-3 (part 3, 5): Germany's D, the British nationality classes, Kosovo. */
const ICAO_ONLY: Readonly<Record<string, string>> = {
  D: 'DE',
  GBD: 'GB',
  GBN: 'GB',
  GBO: 'GB',
  GBP: 'GB',
  GBS: 'GB',
  RKS: 'XK',
};

/** Common English demonyms (what people type for "nationality"), to alpha-2. */
const DEMONYMS: Readonly<Record<string, string>> = {
  american: 'US',
  australian: 'AU',
  austrian: 'AT',
  belgian: 'BE',
  brazilian: 'BR',
  british: 'GB',
  canadian: 'CA',
  chinese: 'CN',
  danish: 'DK',
  dutch: 'NL',
  english: 'GB',
  filipino: 'PH',
  finnish: 'FI',
  french: 'FR',
  german: 'DE',
  greek: 'GR',
  indian: 'IN',
  indonesian: 'ID',
  irish: 'IE',
  israeli: 'IL',
  italian: 'IT',
  japanese: 'JP',
  korean: 'KR',
  malaysian: 'MY',
  mexican: 'MX',
  'new zealander': 'NZ',
  norwegian: 'NO',
  pakistani: 'PK',
  polish: 'PL',
  portuguese: 'PT',
  russian: 'RU',
  scottish: 'GB',
  singaporean: 'SG',
  spanish: 'ES',
  swedish: 'SE',
  swiss: 'CH',
  thai: 'TH',
  turkish: 'TR',
  ukrainian: 'UA',
  vietnamese: 'VN',
  welsh: 'GB',
};

const alpha3To2 = new Map<string, string>();
for (const entry of ISO_PAIRS.split(' ')) alpha3To2.set(entry.slice(0, 3), entry.slice(3));
for (const [code, alpha2] of Object.entries(ICAO_ONLY)) alpha3To2.set(code, alpha2);
const alpha2s = new Set(alpha3To2.values());

let byName: Map<string, string> | null = null;

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function namesIndex(): Map<string, string> {
  if (byName) return byName;
  const index = new Map<string, string>();
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const chinese = new Intl.DisplayNames(['zh'], { type: 'region' });
  for (const alpha2 of alpha2s) {
    for (const names of [english, chinese]) {
      const name = names.of(alpha2);
      if (name && name !== alpha2) index.set(fold(name), alpha2);
    }
  }
  for (const [demonym, alpha2] of Object.entries(DEMONYMS)) index.set(demonym, alpha2);
  for (const [alias, alpha2] of [
    ['usa', 'US'],
    ['united states of america', 'US'],
    ['uk', 'GB'],
    ['great britain', 'GB'],
    ['england', 'GB'],
    ['south korea', 'KR'],
    ['republic of korea', 'KR'],
    ['russia', 'RU'],
    ['中国', 'CN'],
    ['美国', 'US'],
    ['英国', 'GB'],
  ] as const)
    index.set(alias, alpha2);
  byName = index;
  return index;
}

/** The alpha-2 code of a passport's MRZ nationality code (e.g. "GBR", "D"), or null when unknown. */
export function alpha2FromMrz(code: string): string | null {
  return alpha3To2.get(code.replace(/</g, '').toUpperCase()) ?? null;
}

/** The alpha-2 code the client's free-text nationality means, or null when it is not recognised. */
export function alpha2FromRecord(value: string): string | null {
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    return alpha2s.has(upper) ? upper : null;
  }
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const fromCode = alpha3To2.get(trimmed.toUpperCase());
    if (fromCode) return fromCode;
  }
  return namesIndex().get(fold(trimmed)) ?? null;
}

/** "GBR (United Kingdom)" — the code as printed and the country's English name. */
export function describeMrzNationality(code: string): string {
  const alpha2 = alpha2FromMrz(code);
  const name = alpha2 ? new Intl.DisplayNames(['en'], { type: 'region' }).of(alpha2) : undefined;
  return name && name !== alpha2 ? `${code} (${name})` : code;
}
