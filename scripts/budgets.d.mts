export interface PageWeight {
  /** Site path, e.g. '/veileder/lover/'. */
  url: string;
  htmlGzip: number;
  jsGzip: number;
  cssGzip: number;
  /** Preloaded fonts, bytes as served (woff2 is compressed already). */
  fontBytes: number;
  /** htmlGzip + jsGzip + cssGzip + fontBytes. */
  firstView: number;
  jsFiles: string[];
  cssFiles: string[];
  fontFiles: string[];
  inlineJs: boolean;
  /** Addresses the page loads that are not in the built site. */
  missing: string[];
}
export interface Budget {
  /** Site path; * stands for one path segment, ** for any number. */
  pages: string;
  why?: string;
  /** Limits in KB gzip (1 KB = 1024 bytes). */
  html?: number;
  js?: number;
  css?: number;
  fonts?: number;
  /** HTML + JavaScript + CSS + preloaded fonts. */
  firstView?: number;
}
export interface Budgets { budgets: Budget[] }
export function measurePage(dir: string, file: string): PageWeight;
export function measureSite(dir?: string): PageWeight[];
export function pagePattern(pages: string): RegExp;
export function readBudgets(file?: string): Budgets;
export function kb(bytes: number): string;
export function checkBudgets(rows: PageWeight[], budgets: Budgets, source?: string): string[];
export function checkSiteBudgets(dir?: string, budgetsFile?: string): { rows: PageWeight[]; problems: string[] };
