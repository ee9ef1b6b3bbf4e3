import { List, Text, ThemeIcon } from '@mantine/core';
import type { DocumentFindingResponse } from '@waiji/contract';
import { documentFindingCodes, oneOf, sortDocumentFindings } from '@waiji/domain';
import { useClientWords } from '../../../i18n/useClientWords';

const look = {
  block: { color: 'red.9', mark: '!' },
  warn: { color: 'orange', mark: '!' },
  info: { color: 'gray.7', mark: 'i' },
} as const;

/** Whether any finding means the photo has to be taken again. */
export const hasBlockingFinding = (findings: readonly DocumentFindingResponse[]) =>
  findings.some((finding) => finding.severity === 'block');

/**
 * The checks' findings in the words of libs/domain (the same the API's emails use), the most serious first. A code
 * this build does not know yet (a newer API) is left out rather than shown raw.
 */
export const FindingsList = ({
  findings,
  label,
  showInfo = true,
}: {
  findings: readonly DocumentFindingResponse[];
  label: string;
  showInfo?: boolean;
}) => {
  const words = useClientWords();
  const known = sortDocumentFindings(findings).filter(
    (finding) => oneOf(documentFindingCodes, finding.code) && (showInfo || finding.severity !== 'info'),
  );
  if (known.length === 0) return null;
  return (
    <List spacing={6} size="sm" center aria-label={label} data-testid="findings">
      {known.map((finding, index) => {
        const code = oneOf(documentFindingCodes, finding.code) ? finding.code : null;
        if (!code) return null;
        const { color, mark } = look[finding.severity];
        return (
          <List.Item
            key={`${finding.code}-${index}`}
            data-severity={finding.severity}
            data-code={finding.code}
            icon={
              <ThemeIcon size={20} radius="xl" color={color} aria-hidden="true">
                <Text span size="xs" fw={700} c="white">
                  {mark}
                </Text>
              </ThemeIcon>
            }
          >
            <Text size="sm" fw={finding.severity === 'block' ? 600 : 400}>
              {words.finding({ code, ...(finding.params ? { params: finding.params } : {}) })}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
};
