import { formatBytes } from './byte-sizes';

describe('formatBytes', () => {
  it.each([
    [25 * 1024 * 1024, '25 MiB'],
    [1024 * 1024 * 1024, '1024 MiB'],
    [200 * 1024 * 1024, '200 MiB'],
    [5_000_000, '4.7 MiB'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [1000, '0.9 KiB'],
  ])('writes %d bytes as %s, in the binary units the limits count in', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
