import type { Server } from 'node:http';
export function startServer(options?: { root?: string; port?: number; host?: string; compress?: boolean }): Promise<Server>;
export function notFoundRules(text: string): { prefix: string; page: string }[];
