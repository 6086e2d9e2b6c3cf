export const MINIMUM: number;
export const CATEGORIES: string[];
export const GATED: string[];
export const PAGES: { path: string; kind: string }[];
export function gateFailures(
  results: Array<{ page: string } & Record<string, unknown>>,
  minimum?: number,
): { page: string; category: string; line: string }[];
