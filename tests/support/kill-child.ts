import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../..')

export interface KilledChild {
  signal: NodeJS.Signals | null
  stderr: string
}

/**
 * Runs one of the loops in tests/support (`script`, e.g. 'checkout-loop.ts') on the shop file
 * `dbPath` in a Node of its own, and SIGKILLs it `afterReadyMs` after it prints "ready": a till
 * whose power is cut in the middle of its work.
 */
export function runAndKill(script: string, dbPath: string, afterReadyMs: number): Promise<KilledChild> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/support', script), dbPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    let stdout = ''
    let timer: ReturnType<typeof setTimeout> | undefined
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (timer === undefined && stdout.includes('ready')) timer = setTimeout(() => child.kill('SIGKILL'), afterReadyMs)
    })
    child.on('error', fail)
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      done({ signal, stderr })
    })
  })
}
