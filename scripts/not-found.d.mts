export const NESTED_404: readonly string[];
export function moveNotFoundPages(dir: string): string[];
export function notFoundIntegration(): import('astro').AstroIntegration;
