export function filesIn(dir: string): string[];
export function htmlFiles(dir: string): string[];
export function urlPathOf(file: string): string;
