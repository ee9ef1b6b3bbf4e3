// Just enough of EXIF (a TIFF structure) to tell whether a photo carries its location: IFD0's GPSInfo pointer.

const GPS_INFO_TAG = 0x8825;

/** True when the EXIF block (as sharp's metadata().exif gives it, starting "Exif\0\0") has a GPS directory. */
export function exifHasGps(exif: Buffer | undefined): boolean {
  if (!exif || exif.length < 14) return false;
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
  if (tiff.length < 8) return false;
  const order = tiff.subarray(0, 2).toString('latin1');
  if (order !== 'II' && order !== 'MM') return false;
  const little = order === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return false;
  const entries = u16(ifd);
  for (let index = 0; index < entries; index++) {
    const at = ifd + 2 + index * 12;
    if (at + 12 > tiff.length) return false;
    if (u16(at) === GPS_INFO_TAG) return true;
  }
  return false;
}
