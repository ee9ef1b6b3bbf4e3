// Checks on uploaded document photos (issue 17): type, size, decoding safety, quality, metadata stripping, and the
// passport MRZ read and compared with the client's record. The documents API calls these; nothing here stores.
export { compareMrzWithClient } from './compare';
export { inspectUpload } from './inspect-upload';
export { MAX_INPUT_PIXELS, MAX_UPLOAD_BYTES, MIN_SHORT_SIDE } from './limits';
export { readMrz, stopMrzReader } from './read-mrz';
export type { ClientRecordForMrz, InspectedMime, Inspection, MrzFields, MrzReading } from './types';
export type { DocumentFinding, DocumentFindingCode } from '@waiji/domain';
