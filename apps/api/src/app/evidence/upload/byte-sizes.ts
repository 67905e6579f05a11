const KIB = 1024;
const MIB = 1024 * KIB;

const amount = (value: number) =>
  Number.isInteger(value) ? String(value) : String(Math.floor(value * 10) / 10);

/**
 * A size in binary units, as the limits count it (LABELKLAAR_MAX_UPLOAD_MB is in MiB):
 * "25 MiB", "4.8 MiB", or "1 KiB" for the small limits tests use. Rounded down, so a limit is
 * never shown larger than it is.
 */
export function formatBytes(bytes: number): string {
  return bytes >= MIB ? `${amount(bytes / MIB)} MiB` : `${amount(bytes / KIB)} KiB`;
}
