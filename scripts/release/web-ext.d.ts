/** The part of web-ext's programmatic API used here (web-ext ships no types). */
declare module 'web-ext' {
  interface LintOptions {
    sourceDir: string;
    artifactsDir?: string;
    output?: 'json' | 'text' | 'none';
    boring?: boolean;
    warningsAsErrors?: boolean;
    selfHosted?: boolean;
    ignoreFiles?: string[];
  }
  const webExt: {
    cmd: {
      lint(options: LintOptions, deps?: { shouldExitProgram?: boolean }): Promise<unknown>;
    };
  };
  export default webExt;
}
