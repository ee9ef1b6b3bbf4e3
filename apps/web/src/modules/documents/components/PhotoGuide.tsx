import { Group, List, Stack, Text } from '@mantine/core';
import type { DocumentKind } from '@waiji/domain';
import { useDocumentsTranslation } from '../../../i18n/useDocumentsTranslation';
import classes from './Documents.module.css';

/** A passport page lying flat inside the camera's frame, its four corners marked. */
const PageDrawing = ({ label }: { label: string }) => (
  <svg viewBox="0 0 160 112" width="160" height="112" role="img" aria-label={label} className={classes.drawing}>
    <rect x="2" y="2" width="156" height="108" rx="10" fill="#f1f3f5" stroke="#495057" strokeWidth="2" />
    <rect x="22" y="18" width="116" height="78" rx="4" fill="#e7f5ff" stroke="#1864ab" strokeWidth="2" />
    <rect x="30" y="28" width="26" height="32" rx="2" fill="#a5d8ff" />
    <circle cx="43" cy="40" r="6" fill="#1c7ed6" />
    <path d="M35 58 q8 -10 16 0" fill="#1c7ed6" />
    {[0, 1, 2].map((row) => (
      <rect key={row} x="64" y={30 + row * 9} width={62 - row * 12} height="4" rx="2" fill="#74c0fc" />
    ))}
    <rect x="30" y="74" width="100" height="4" rx="1" fill="#1864ab" />
    <rect x="30" y="82" width="100" height="4" rx="1" fill="#1864ab" />
    {/* The corners the camera must see. */}
    {[
      [22, 18],
      [138, 18],
      [22, 96],
      [138, 96],
    ].map(([x, y]) => (
      <circle key={`${x}-${y}`} cx={x} cy={y} r="5" fill="none" stroke="#2b8a3e" strokeWidth="2.5" />
    ))}
  </svg>
);

/** A person holding the open passport beside their face. */
const SelfieDrawing = ({ label }: { label: string }) => (
  <svg viewBox="0 0 160 112" width="160" height="112" role="img" aria-label={label} className={classes.drawing}>
    <rect x="2" y="2" width="156" height="108" rx="10" fill="#f1f3f5" stroke="#495057" strokeWidth="2" />
    <circle cx="56" cy="44" r="20" fill="#ffd8a8" stroke="#e8590c" strokeWidth="1.5" />
    <circle cx="49" cy="41" r="2" fill="#495057" />
    <circle cx="63" cy="41" r="2" fill="#495057" />
    <path d="M49 52 q7 5 14 0" fill="none" stroke="#495057" strokeWidth="1.5" />
    <path d="M24 110 q32 -52 64 0" fill="#91a7ff" />
    <rect x="88" y="34" width="52" height="40" rx="3" fill="#e7f5ff" stroke="#1864ab" strokeWidth="2" />
    <rect x="93" y="40" width="14" height="17" rx="1" fill="#a5d8ff" />
    <rect x="110" y="41" width="24" height="3" rx="1" fill="#74c0fc" />
    <rect x="110" y="48" width="18" height="3" rx="1" fill="#74c0fc" />
    <rect x="93" y="62" width="42" height="3" rx="1" fill="#1864ab" />
    <rect x="93" y="67" width="42" height="3" rx="1" fill="#1864ab" />
    <ellipse cx="92" cy="78" rx="8" ry="6" fill="#ffd8a8" stroke="#e8590c" strokeWidth="1.5" />
  </svg>
);

/** "What a good photo looks like" for one kind of document: a drawing and the points Alipay's reviewers check. */
export const PhotoGuide = ({ kind }: { kind: DocumentKind }) => {
  const { t } = useDocumentsTranslation();
  const selfie = kind === 'HOLDING_PASSPORT_PHOTO';
  const points = selfie
    ? [t('guide.selfieFace'), t('guide.selfiePage'), t('guide.glare'), t('guide.sharp')]
    : [t('guide.corners'), t('guide.glare'), t('guide.crop'), t('guide.colour'), t('guide.sharp')];
  return (
    <details className={classes.guide}>
      <summary className={classes.guideSummary}>{t('guide.show')}</summary>
      <Stack gap="xs" pt="xs">
        <Text size="sm" fw={600}>
          {selfie ? t('guide.selfieTitle') : t('guide.title')}
        </Text>
        <Group gap="sm" align="flex-start" wrap="wrap">
          {selfie ? <SelfieDrawing label={t('guide.selfieDrawing')} /> : <PageDrawing label={t('guide.drawing')} />}
          <List size="sm" spacing={4} style={{ flex: '1 1 12rem' }}>
            {points.map((point) => (
              <List.Item key={point}>{point}</List.Item>
            ))}
          </List>
        </Group>
      </Stack>
    </details>
  );
};
