/**
 * Splits an article's text into paragraphs: one per non-blank line.
 *
 * Paragraph N is `result[N - 1]`. Numbers must stay stable because facts cite
 * them, so the only lines dropped are blank ones (including lines holding only
 * spaces or no-break spaces) and lines that are known page residue. The text
 * of every kept line is returned unchanged, not even trimmed, so quotes and
 * offsets match the source file byte for byte.
 */
export function splitParagraphs(text: string, residue: readonly string[] = []): string[] {
  const dropped = new Set([...COMMON_RESIDUE, ...residue].map(normalizeResidue));
  const paragraphs: string[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (isBlank(line)) continue;
    if (dropped.has(normalizeResidue(line))) continue;
    paragraphs.push(line);
  }
  return paragraphs;
}

/** Lines that web scrapes commonly carry and that are never article text. */
const COMMON_RESIDUE = ['Exit mobile version', 'Skip to content', 'Back to top'];

function normalizeResidue(line: string): string {
  return line.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** True for lines of only white space, including NBSP and other Unicode spaces. */
function isBlank(line: string): boolean {
  return /^[\s\u200B-\u200D\u2060\uFEFF]*$/u.test(line);
}
