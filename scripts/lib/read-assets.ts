/** Reads the data files under `assets/` for the compiler (Node only). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AssetFile } from '../../src/facts/compile';

export const DATA_FOLDERS = ['articles', 'entities', 'facts'] as const;

/** Every `.json` and `.txt` file in the data folders of `assetsDir`, with paths relative to `root`. */
export function readAssetFiles(root: string, assetsDir = join(root, 'assets')): AssetFile[] {
  const files: AssetFile[] = [];
  for (const folder of DATA_FOLDERS) {
    const dir = join(assetsDir, folder);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue; // a missing folder is simply empty; the compiler reports what is then missing
    }
    for (const name of names.sort()) {
      const full = join(dir, name);
      if (!/\.(json|txt)$/.test(name) || !statSync(full).isFile()) continue;
      // The compiler addresses files as assets/<folder>/<name> whatever the real location.
      const path = `assets/${folder}/${name}`;
      files.push({ path, text: readFileSync(full, 'utf8') });
    }
  }
  return files;
}

/** Shown in error messages: where the file really is, relative to the project root. */
export function displayPath(root: string, full: string): string {
  return relative(root, full).split(sep).join('/');
}
