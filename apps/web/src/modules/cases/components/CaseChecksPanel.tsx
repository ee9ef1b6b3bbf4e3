import type { CaseResponse, ClientResponse } from '@waiji/contract';
import { useQuery } from '@tanstack/react-query';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { Panel } from '../../../ui/Panel';
import { ApplicationChecks } from '../../checks/components/ApplicationChecks';
import { casesApi } from '../api/casesApi';
import { caseKeys } from '../api/queryKeys';
import { QueryState } from './QueryState';

export type CaseChecksPanelProps = { caseRecord: CaseResponse; client: ClientResponse | undefined };

/** The Alipay rules run by the API against the stored client and this case (its type, bank and documents). */
export const CaseChecksPanel = ({ caseRecord, client }: CaseChecksPanelProps) => {
  const { t } = useCasesTranslation();
  const checks = useQuery({
    queryKey: caseKeys.checks(caseRecord.id, caseRecord.version),
    queryFn: () => casesApi.check(caseRecord.clientId, caseRecord.id),
  });
  return (
    <Panel title={t('casePage.checks.title')} testId="checks">
      <QueryState query={checks} loadingLabel={t('casePage.checks.loading')}>
        {() => (
          <ApplicationChecks
            findings={checks.data?.findings ?? []}
            name={client?.passportName ?? caseRecord.client.passportName}
            caseType={caseRecord.type}
          />
        )}
      </QueryState>
    </Panel>
  );
};
