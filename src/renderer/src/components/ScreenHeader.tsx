import type { ReactNode } from 'react'

/** The title bar of a screen, with the screen's main actions on the right. */
export function ScreenHeader({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children?: ReactNode }) {
  return (
    <header className="screen-header">
      <div>
        <h1 data-testid="screen-title">{title}</h1>
        {subtitle ? <p className="muted">{subtitle}</p> : null}
      </div>
      <div className="row">{children}</div>
    </header>
  )
}
