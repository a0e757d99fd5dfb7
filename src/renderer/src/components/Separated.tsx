import { Fragment, type ReactNode } from 'react'

/**
 * Facts about one thing on one line ("12:04 · card •••• 1234 · ref T-88"). Each part is a whole
 * phrase from a catalog; the dot between them is layout, so no key starts with a separator. Empty
 * parts (null, false, '') are left out with their dot.
 */
export function Separated({ parts }: { parts: readonly ReactNode[] }) {
  const shown = parts.filter((part) => part !== null && part !== undefined && part !== false && part !== '')
  return (
    <>
      {shown.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? ' · ' : null}
          {part}
        </Fragment>
      ))}
    </>
  )
}
