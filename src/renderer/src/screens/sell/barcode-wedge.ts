/**
 * A barcode scanner in keyboard-wedge mode "types" its code much faster than a person, then presses
 * Enter. This decides, key by key, whether a burst like that is under way, without touching the DOM:
 * the hook in use-barcode-scanner.ts applies its verdicts to the page.
 *
 * The first key of any burst lands normally (it cannot be told apart from a person's key yet). The
 * keys after it are held back while they keep up a scanner's pace: on average SCAN_KEY_GAP_MS or
 * less a key, give or take BURST_SLACK_MS of hiccups (a wireless scanner, a computer busy for a
 * moment). An Enter that ends at least MIN_SCAN_LENGTH characters at that average, with no slack,
 * makes it a scan, and the first key's effect is undone. Anything slower was a person typing: the
 * held keys are released to the page.
 */

/** Scanners send a key every 5 to 30 ms; nobody types four keys and Enter at 50 ms a key or less. */
export const SCAN_KEY_GAP_MS = 50
/** How far a burst may fall behind that pace and still be a scan. */
export const BURST_SLACK_MS = 150
/** The shortest code a scan may carry; shorter fast bursts are treated as typing. */
export const MIN_SCAN_LENGTH = 4
/**
 * A lone key this shortly before a scan is most likely the scan's own first key, cut off by a
 * hiccup longer than the slack: nobody types a key and pulls a scanner's trigger that fast.
 */
export const ORPHAN_WINDOW_MS = 400

export interface WedgeKey {
  /** KeyboardEvent.key: one character, 'Enter', or a named key. */
  key: string
  /** When it was pressed, in milliseconds (KeyboardEvent.timeStamp). */
  time: number
  /** Ctrl, Alt or Meta held: a shortcut, never part of a scan. */
  modified: boolean
}

export type WedgeVerdict =
  /** Let the page handle the key as usual, after giving it `release` (keys held back from a burst that was typing). A `startsBurst` key may later be undone. */
  | { kind: 'pass'; startsBurst: boolean; release: string }
  /** Swallow the key: it is part of a possible scan. */
  | { kind: 'hold' }
  /**
   * Swallow the Enter: `code` was scanned; undo the burst's first key. `orphan` is a lone key that
   * came just before (or ''): if `orphan + code` is a known code, that was the scan, and the
   * orphan's effect is undone too.
   */
  | { kind: 'scan'; code: string; orphan: string }

const MODIFIER_KEYS = new Set(['Shift', 'CapsLock', 'Control', 'Alt', 'AltGraph', 'Meta'])

/** Shift and the like: pressed on their own they neither start, extend nor end a burst. */
export function isModifierKey(key: string): boolean {
  return MODIFIER_KEYS.has(key)
}

export class BarcodeWedge {
  private chars: string[] = []
  private firstTime = 0
  private orphan = ''

  constructor(
    private readonly gapMs = SCAN_KEY_GAP_MS,
    private readonly slackMs = BURST_SLACK_MS,
    private readonly minLength = MIN_SCAN_LENGTH
  ) {}

  /** The verdict on one keydown. */
  onKey({ key, time, modified }: WedgeKey): WedgeVerdict {
    // A scanner presses Shift for capitals and symbols: that neither breaks nor extends a burst.
    if (MODIFIER_KEYS.has(key) && !modified) return { kind: 'pass', startsBurst: false, release: '' }
    const elapsed = time - this.firstTime
    const count = this.chars.length
    if (key === 'Enter' && !modified && count >= this.minLength && elapsed <= this.gapMs * count) {
      const code = this.chars.join('')
      const orphan = this.orphan
      this.reset()
      this.orphan = ''
      return { kind: 'scan', code, orphan }
    }
    if (key.length === 1 && !modified) {
      if (count > 0 && elapsed <= this.gapMs * count + this.slackMs) {
        this.chars.push(key)
        return { kind: 'hold' }
      }
      this.orphan = count === 1 && elapsed <= ORPHAN_WINDOW_MS ? (this.chars[0] ?? '') : ''
      const release = this.release()
      this.chars = [key]
      this.firstTime = time
      return { kind: 'pass', startsBurst: true, release }
    }
    this.orphan = ''
    return { kind: 'pass', startsBurst: false, release: this.release() }
  }

  /**
   * Ends a burst that went quiet without Enter, answering the held characters to give back to the
   * page. Call it once no key has come for longer than the slack.
   */
  release(): string {
    const held = this.chars.slice(1).join('')
    this.reset()
    return held
  }

  /** True while characters are held back, waiting to learn whether they are a scan. */
  get holding(): boolean {
    return this.chars.length > 1
  }

  private reset(): void {
    this.chars = []
    this.firstTime = 0
  }
}
