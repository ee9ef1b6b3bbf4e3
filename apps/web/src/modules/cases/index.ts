// The cases module's public face for the rest of the web app: other modules import from here, never from its
// folders (ESLint's no-restricted-imports keeps it so). Pages are not exported: the route table loads them lazily by
// their files (app/routes.tsx), and an export here would put them in every importer's reach. The build points each
// name imported from here back at its defining file (build/directImports.ts), so what one page takes from this index
// does not pull in what another page takes.
export { casesApi } from './api/casesApi';
export { caseKeys, clientKeys } from './api/queryKeys';
export { ActionButtons, type ActionButtonsProps } from './components/ActionButtons';
export { ActionForm, type ActionFormProps, type ActionSubmit } from './components/ActionForm';
export { AssigneeScope, type AssigneeScopeValue } from './components/AssigneeScope';
export { CaseFiltersBar } from './components/CaseFiltersBar';
export { SavedViewsMenu } from './components/SavedViewsMenu';
export { CaseStateDiagram, type CaseStateDiagramProps } from './components/CaseStateDiagram';
export { describeDue, DueLabel, DueText } from './components/DueText';
export { QueryState } from './components/QueryState';
export { StateBadge, stateColor } from './components/StateBadge';
export { PriorityBadge } from './components/PriorityBadge';
export { useCasePage, useCaseTransition, useClient, useMembers } from './hooks/useCaseQueries';
export { putCaseInCache } from './utils/caseCache';
export {
  defaultListFilters,
  listSearchFromFilters,
  parseListSearch,
  toApiQuery,
  type ListFilters,
} from './utils/listQuery';
export { formatSpan } from './utils/relativeTime';
export { snapshotOf } from './utils/snapshot';
export { AppliedResult, type AppliedResultProps } from './components/ApplyMessagePanel';
export { type ApplyTarget, useApplyMessage } from './hooks/useApplyMessage';
export { StaleDateQuestion } from './components/StaleDateQuestion';
export { isStaleDate } from './utils/staleDate';
