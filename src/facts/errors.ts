/** One problem found in a data file, located as precisely as the data allows. */
export interface DataError {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The entry inside the file: an id, or an index like `facts[3]`. */
  entry?: string;
  /** The field inside the entry, dotted: `source.quote`. */
  field?: string;
  message: string;
}

export function formatDataError(error: DataError): string {
  const where = [error.file, error.entry && `entry ${error.entry}`, error.field && `field "${error.field}"`]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${error.message}`;
}

/** Thrown by the build when the data does not compile; the message lists every error. */
export class DataValidationError extends Error {
  constructor(readonly errors: DataError[]) {
    super(`Steppe Lens data has ${errors.length} error(s):\n${errors.map((e) => `  - ${formatDataError(e)}`).join('\n')}`);
    this.name = 'DataValidationError';
  }
}
