/** Reads and compiles the assets, throwing one error that lists every problem. */
import { compileStore } from '../../src/facts/compile';
import { DataValidationError } from '../../src/facts/errors';
import type { Store } from '../../src/facts/types';
import { readAssetFiles } from './read-assets';

export function compileAssets(root: string, assetsDir?: string): Store {
  const result = compileStore(readAssetFiles(root, assetsDir));
  if (!result.ok) throw new DataValidationError(result.errors);
  return result.store;
}
