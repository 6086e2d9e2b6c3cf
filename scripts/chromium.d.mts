export const DEFAULT_CHROMIUM: string;
export function chromiumPath(env?: Record<string, string | undefined>): string;
export function canRun(path: string): boolean;
export function missingChromiumMessage(path?: string): string;
export function requireChromium(env?: Record<string, string | undefined>): string;
