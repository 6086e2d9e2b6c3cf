/**
 * Form values → plan input: empty text becomes «not given» and NaN from an empty
 * number field disappears, so the schema sees what the user meant.
 */
export function normalize<T>(value: T): T {
  if (typeof value === 'string') return (value.trim() === '' ? undefined : value) as T;
  if (typeof value === 'number') return (Number.isNaN(value) ? undefined : value) as T;
  if (Array.isArray(value)) return value.map((v) => normalize(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const n = normalize(v);
      if (n !== undefined) out[k] = n;
    }
    return out as T;
  }
  return value;
}
