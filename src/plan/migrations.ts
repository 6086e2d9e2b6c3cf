/**
 * Plan file versions. Each migration takes the `plan` of version N and returns
 * version N + 1; opening a file runs every step from its version up to the
 * current one. Version 1 is the first, so there is nothing to migrate yet.
 * When the schema changes in a way old files do not satisfy: bump
 * FILE_VERSION, add `MIGRATIONS[old] = (plan) => …`, and add a fixture of the
 * old version to the tests.
 */
export const FILE_VERSION = 1;

type Migration = (plan: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<number, Migration> = {};

export function migrate(plan: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let current = plan;
  for (let v = fromVersion; v < FILE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from version ${v}`);
    current = step(current);
  }
  return current;
}
