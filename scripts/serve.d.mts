import type { Server } from 'node:http';
export function startServer(options?: { root?: string; port?: number; host?: string; compress?: boolean }): Promise<Server>;
