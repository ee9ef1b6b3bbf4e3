export type { HealthResponse } from '@waiji/contract';

/** Why the health check produced no usable answer. */
export type HealthFailureReason = 'unreachable' | 'invalid-response';
