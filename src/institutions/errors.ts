/** The file is not in the format it was read as (JSON given as CSV, no `url` column…): the CLI exits 2. */
export class RegistryFormatError extends Error {
  constructor(
    message: string,
    /** The file, when the error comes from one. */
    readonly path?: string,
  ) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'RegistryFormatError';
  }
}
