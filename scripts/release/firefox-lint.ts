/**
 * Runs addons-linter (through web-ext, as AMO does on upload) over a Firefox build
 * and returns its report. Used by `npm run lint:firefox` and test/release.
 */
import webExt from 'web-ext';

export interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export async function lintFirefox(sourceDir: string): Promise<LintReport> {
  // output 'none': the report is returned, not printed; shouldExitProgram false: no process.exit.
  const report = await webExt.cmd.lint({ sourceDir, output: 'none', boring: true }, { shouldExitProgram: false });
  if (!isReport(report)) throw new Error(`web-ext lint returned no report for ${sourceDir}`);
  return report;
}

export function formatLintMessage(m: LintMessage): string {
  const where = m.file ? ` ${m.file}${m.line !== undefined ? `:${m.line}:${m.column ?? 0}` : ''}` : '';
  return `${m._type.toUpperCase()} ${m.code}${where}: ${m.message}`;
}

function isReport(value: unknown): value is LintReport {
  const r = value as Partial<LintReport> | undefined;
  return !!r && Array.isArray(r.errors) && Array.isArray(r.warnings) && Array.isArray(r.notices) && typeof r.summary === 'object';
}
