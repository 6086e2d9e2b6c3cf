/**
 * Form values → plan input: empty text, an unanswered radio group (null) and NaN
 * from an empty number field all become «not given», so the schema sees what the
 * user meant.
 */
export function normalize<T>(value: T): T {
  if (value === null) return undefined as T;
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
