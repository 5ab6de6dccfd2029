import { DETECTORS } from './index';

/** Checks a detector name and its params against the catalogue; returns the first problem. */
export function validateDetectorParams(name: string, params: unknown): { field: string; message: string } | undefined {
  const detector = DETECTORS[name];
  if (!detector) return { field: 'detector', message: `unknown detector "${name}" (known: ${Object.keys(DETECTORS).join(', ')})` };
  if (params === undefined || params === null || typeof params !== 'object' || Array.isArray(params)) return undefined;
  for (const [key, value] of Object.entries(params)) {
    if (!(key in detector.defaults)) {
      return { field: 'params', message: `unknown param "${key}" for detector ${name} (known: ${Object.keys(detector.defaults).join(', ')})` };
    }
    const expected = detector.defaults[key];
    if (typeof expected === 'number' && typeof value !== 'number') return { field: 'params', message: `param "${key}" of ${name} must be a number` };
  }
  return undefined;
}
