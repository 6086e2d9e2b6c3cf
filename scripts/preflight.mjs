// First step of `npm test`: is what the tests need on this machine? Today that is Chromium
// (browser tests, Lighthouse). If it is missing and this runs as root on a machine with apt-get,
// it installs Debian's Chromium, as .ci/run does; otherwise it prints one Norwegian line saying
// how to get it and exits 1, before the build and long before a browser test would fail.
// With CHROMIUM_PATH set it installs nothing: the path was chosen by hand.
import { spawnSync } from 'node:child_process';
import { DEFAULT_CHROMIUM, canRun, chromiumPath, missingChromiumMessage } from './chromium.mjs';

const path = chromiumPath();
if (!canRun(path)) {
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (path === DEFAULT_CHROMIUM && root && apt) {
    console.log('Chromium mangler: installerer den med apt-get (kjører som root) …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
    if (!(run(['update', '-qq']) && run(['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core']) && canRun(path))) {
      console.error(`Klarte ikke å installere Chromium med apt-get. ${missingChromiumMessage(path)}`);
      process.exit(1);
    }
  } else {
    console.error(missingChromiumMessage(path));
    process.exit(1);
  }
}
