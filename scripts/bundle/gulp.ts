import { spawnSync } from 'child_process';
import * as path from 'path';

/** The repository root (this file lives in `scripts/bundle/`). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * Runs the project's gulp (SPFx's rig) and returns the seconds it took; on failure throws with the log's tail.
 * The output is kept, not echoed: a production build prints a few hundred lines.
 */
export function runGulp(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'gulp', 'bin', 'gulp.js'), ...args], {
    cwd: REPO_ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024
  });
  if (result.status !== 0) {
    const log = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-40).join('\n');
    throw new Error(`gulp ${args.join(' ')} failed (exit ${String(result.status)}):\n${log}`);
  }
  return (Date.now() - started) / 1000;
}

/**
 * A clean production build: `gulp clean` first, because `gulp bundle --ship` never removes old output (earlier
 * bundles, chunks and the manifests of removed components stay in dist/ and release/; seen with SPFx 1.22.2).
 * With hidden source maps (gulpfile.js, KOORDINATOR_BUNDLE_MAPS), which change no byte of the bundles.
 */
export function shipBuild(): { cleanSeconds: number; bundleSeconds: number } {
  const cleanSeconds = runGulp(['clean']);
  const bundleSeconds = runGulp(['bundle', '--ship'], { KOORDINATOR_BUNDLE_MAPS: '1' });
  return { cleanSeconds, bundleSeconds };
}
