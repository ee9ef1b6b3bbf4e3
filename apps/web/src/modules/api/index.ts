export { ApiError, isApiError, type ClientErrorCode } from './ApiError';
export {
  api,
  apiRequest,
  buildApiUrl,
  errorFromResponse,
  getCsrfToken,
  setCsrfToken,
  setUnauthenticatedHandler,
  type ApiRequestOptions,
  type QueryValue,
  type ResponseParser,
} from './client';
