// Where the browser tests and Lighthouse find Chromium, and the one line that says how to get it
// when it is missing. Debian's Chromium at /usr/bin/chromium; CHROMIUM_PATH points elsewhere.
import { accessSync, constants } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The Chromium the tests will start: CHROMIUM_PATH if set, else Debian's. */
export function chromiumPath(env = process.env) {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/** True if `path` is a file this user may run. */
export function canRun(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** One Norwegian line: what is missing and how to get it. */
export function missingChromiumMessage(path = chromiumPath()) {
  return path === DEFAULT_CHROMIUM
    ? `Fant ikke Chromium (${path}), som nettlesertestene og Lighthouse trenger. Installer den med «sudo apt-get install chromium», eller sett CHROMIUM_PATH til en annen Chromium.`
    : `Fant ikke Chromium på CHROMIUM_PATH (${path}). Rett stien, eller fjern CHROMIUM_PATH og installer Debians Chromium med «sudo apt-get install chromium».`;
}

/**
 * Stops the process with the one line if Chromium is missing: for scripts that start it
 * (scripts/lighthouse.mjs) and the browser tests' global set-up. No stack trace.
 */
export function requireChromium(env = process.env) {
  const path = chromiumPath(env);
  if (canRun(path)) return path;
  console.error(missingChromiumMessage(path));
  process.exit(1);
}
