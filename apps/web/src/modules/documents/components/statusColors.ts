import type { ChecklistStatus, DocumentStatus } from '@waiji/domain';

/** Badge colours of a request's status (AA shades on white and on their light fill). */
export const requestStatusColor: Record<ChecklistStatus, string> = {
  REQUESTED: 'gray.8',
  UPLOADED: 'blue.9',
  ACCEPTED: 'green',
  REJECTED: 'red.9',
  WAIVED: 'gray.7',
};

export const documentStatusColor: Record<DocumentStatus, string> = {
  UPLOADED: 'blue.9',
  ACCEPTED: 'green',
  REJECTED: 'red.9',
};
