import { existsSync } from 'node:fs';

/** The Chromium the e2e suite drives: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. The end-to-end suite needs a real Chromium and never skips.\n` +
        `Install Debian's: sudo apt-get update && sudo apt-get install -y chromium chromium-l10n\n` +
        `or point CHROMIUM_PATH at a Chromium or Chrome binary (version 134 or newer).`,
    );
  }
  return path;
}
