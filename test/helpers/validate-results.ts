import { Ajv2020 } from 'ajv/dist/2020.js';
import { resultsSchema } from '../../src/report/results-schema.js';

/** Validates a results document against schema v1; returns the errors (none when valid). */
export function validateResults(document: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(resultsSchema);
  return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
