import { useParams } from 'react-router';
import { PortalCaseView } from './PortalCaseView';

export const PortalCasePage = () => {
  const { caseId = '' } = useParams();
  return <PortalCaseView caseId={caseId} showBack />;
};
