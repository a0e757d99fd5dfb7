import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

const ROOT = join(__dirname, '../..')

export interface ReceiverProcess {
  /** Its first line of output: where it listens, or why it would not start. */
  firstLine: Promise<string>
  /** Every line it printed so far (its log). */
  lines: string[]
  exit: Promise<number | null>
  kill(): void
}

/** Runs the receiver exactly as `npm run sync-server` does (tsx src/sync-server/main.ts), on a free port. */
export function runReceiver(env: Record<string, string>): ReceiverProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/sync-server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', SYNC_SERVER_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const lines: string[] = []
  const output = createInterface({ input: child.stdout })
  const errors = createInterface({ input: child.stderr })
  output.on('line', (line) => lines.push(line))
  errors.on('line', (line) => lines.push(line))
  const firstLine = new Promise<string>((resolve) => {
    output.once('line', resolve)
    errors.once('line', resolve)
  })
  return { firstLine, lines, exit: new Promise((resolve) => child.once('exit', resolve)), kill: () => child.kill('SIGKILL') }
}

/** The address a started receiver printed: `http://127.0.0.1:40123`. */
export function addressOf(firstLine: string): string {
  const url = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(firstLine)?.[1]
  if (!url) throw new Error(`The receiver did not start: ${firstLine}`)
  return url
}
