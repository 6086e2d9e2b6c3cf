export function designsystemetComponents(): string[];
export function missingStyles(dir?: string, components?: string[]): string[];
