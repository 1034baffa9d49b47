/**
 * Chromium flags for every browser we launch (e2e harness, benchmarks, npm
 * start): no sandbox (root in CI), and none of Chromium's own background
 * traffic, so a test that records requests sees only ours and the pages'.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The flags plus loading the unpacked extension at `path` (and no other). */
export function extensionFlags(path: string): string[] {
  return [`--disable-extensions-except=${path}`, `--load-extension=${path}`, ...CHROMIUM_FLAGS];
}
