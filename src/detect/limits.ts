/**
 * The longest mention the detector returns, in UTF-16 units: a name's walk
 * stops here however many spaces or invisible characters it meets, which
 * bounds the work per start position and lets callers scan huge texts in
 * overlapping windows (src/page/windows.ts uses the same figure).
 */
export const MAX_MENTION_LENGTH = 128;
