import { hotkeyParts, type Hotkey } from '../lib/hotkeys'

/** A shortcut as printed on buttons and in the nav: [Alt][P]. */
export function Kbd({ hotkey }: { hotkey: Hotkey }) {
  return (
    <span className="kbd-group" aria-hidden="true">
      {hotkeyParts(hotkey).map((part) => (
        <kbd key={part}>{part}</kbd>
      ))}
    </span>
  )
}
