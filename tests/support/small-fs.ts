import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync } from 'node:fs'

export interface TestFolder extends AsyncDisposable {
  path: string
}

/** Whether this process may mount (root in a container that allows it): real small filesystems then. */
function canMount(): boolean {
  return process.getuid?.() === 0
}

/**
 * A real filesystem of the given size (tmpfs), so "disk full" is the kernel's ENOSPC, not a fake.
 * Needs root; elsewhere the test using it fails with the reason rather than passing unseen.
 */
export function smallFilesystem(path: string, size: string): TestFolder {
  if (!canMount()) throw new Error('A small filesystem needs root (mount -t tmpfs); run this test as root or in CI.')
  mkdirSync(path, { recursive: true })
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path])
  return { path, [Symbol.asyncDispose]: async () => void execFileSync('umount', [path]) }
}

/**
 * A folder nothing can be written to: a read-only mount as root (root ignores file modes), a
 * folder with mode 0555 otherwise.
 */
export function readOnlyFolder(path: string): TestFolder {
  mkdirSync(path, { recursive: true })
  if (canMount()) {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,ro', 'tmpfs', path])
    return { path, [Symbol.asyncDispose]: async () => void execFileSync('umount', [path]) }
  }
  chmodSync(path, 0o555)
  return { path, [Symbol.asyncDispose]: async () => chmodSync(path, 0o755) }
}
