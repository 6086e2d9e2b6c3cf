export const TEMPLATE: string;
export const EXCLUDE: RegExp[];
export function precacheManifest(dir: string, template?: string): { version: string; files: string[] };
export function serviceWorkerSource(manifest: { version: string; files: string[] }, template?: string): string;
export function manifestOf(source: string): { version: string; files: string[] } | undefined;
export function writeServiceWorker(dir: string): { version: string; files: string[] };
