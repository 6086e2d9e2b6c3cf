export function designsystemetComponents(): string[];
export function missingStyles(dir?: string, components?: string[]): string[];
export function layerNames(css: string): string[];
