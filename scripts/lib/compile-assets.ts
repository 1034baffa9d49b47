/** Reads and compiles the assets, throwing one error that lists every problem. */
import { compileStore } from '../../src/facts/compile';
import { type DataError, DataValidationError } from '../../src/facts/errors';
import type { Store } from '../../src/facts/types';
import { readAssetFiles } from './read-assets';

/**
 * `onWarnings` hears about data that compiles but looks unfinished (an entity
 * no fact mentions, a series of one fact); it is called on success and failure.
 */
export function compileAssets(root: string, assetsDir?: string, onWarnings?: (warnings: DataError[]) => void): Store {
  const result = compileStore(readAssetFiles(root, assetsDir));
  if (result.warnings.length) onWarnings?.(result.warnings);
  if (!result.ok) throw new DataValidationError(result.errors);
  return result.store;
}
