import type { DocumentFinding } from '@waiji/domain';

export type InspectedMime = 'image/jpeg' | 'image/png' | 'image/heic' | 'application/pdf';

export type Inspection = {
  /** What the upload is, by its content (never by its name). */
  mime: InspectedMime;
  /** The copy to store: orientation applied, all metadata (EXIF, GPS, XMP, ICC) removed; HEIC converted to JPEG. */
  stored: Buffer;
  /** The stored copy's type: image/jpeg for JPEG and HEIC uploads, image/png for PNG, application/pdf for PDF. */
  storedMime: 'image/jpeg' | 'image/png' | 'application/pdf';
  /** The stored copy's size in pixels (images only). */
  width?: number;
  height?: number;
  findings: DocumentFinding[];
};

export type MrzFields = {
  documentNumber: string;
  surname: string;
  givenNames: string;
  /** ICAO 9303 code as printed, e.g. GBR, D. */
  nationality: string;
  birthDate: string; // YYYY-MM-DD
  expiryDate: string; // YYYY-MM-DD
  sex: 'M' | 'F' | 'X';
};

export type MrzReading =
  { status: 'read'; fields: MrzFields; lines: string[] } | { status: 'unreadable'; reason: string };

/** What compareMrzWithClient compares the passport with: the client's record (passport number decrypted). */
export type ClientRecordForMrz = {
  passportName: string;
  passportNumber?: string | null;
  nationality?: string | null;
  birthDate?: string | null;
  passportExpiry?: string | null;
};
