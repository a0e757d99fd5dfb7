import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { DayPicker, type Formatters, type Labels, type Matcher } from 'react-day-picker'
import 'react-day-picker/style.css'
import { businessDay } from '../../../shared/business-day'
import { useShopSettings } from '../stores/settings-store'
import { calendarNames, dayOfDate, dateOfDay, weekStart } from '../lib/calendar-names'

interface DateCalendarProps {
  id: string
  /** The day shown as chosen, YYYY-MM-DD or ''. */
  value: string
  /** The first and last day that can be chosen (YYYY-MM-DD), when the field has them. */
  min?: string | undefined
  max?: string | undefined
  locale: string
  /** The field the calendar belongs to: it opens beside it. */
  anchor: RefObject<HTMLElement | null>
  onPick(day: string): void
  /** Esc or a click outside: the calendar is closing without a day chosen. */
  onClose(): void
  testId: string
}

const EDGE = 8
const GAP = 4

/**
 * The month grid of a date field (react-day-picker), in a popover: month and day names from Intl in
 * the screen's locale, the week starting where the locale starts it, right to left in Arabic. The
 * arrows move by day and week, PageUp/PageDown by month (with Shift by year), Home/End to the week's
 * ends, Enter picks, Esc closes. Mounted only while open.
 */
export function DateCalendar({ id, value, min, max, locale, anchor, onPick, onClose, testId }: DateCalendarProps) {
  const { t, i18n } = useTranslation()
  const { timeZone } = useShopSettings()
  const popover = useRef<HTMLDivElement>(null)
  const dir = i18n.dir()
  const names = useMemo(() => calendarNames(locale), [locale])

  useLayoutEffect(() => {
    const element = popover.current
    if (!element) return
    element.showPopover()
    const follow = () => place(element, anchor.current, dir)
    follow()
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === 'closed') onClose()
    }
    element.addEventListener('toggle', onToggle)
    // The window resized or the field scrolled: the calendar stays beside it.
    window.addEventListener('resize', follow)
    window.addEventListener('scroll', follow, true)
    return () => {
      element.removeEventListener('toggle', onToggle)
      window.removeEventListener('resize', follow)
      window.removeEventListener('scroll', follow, true)
      if (element.matches(':popover-open')) element.hidePopover()
    }
  }, [anchor, dir, onClose])

  const today = businessDay(Date.now(), timeZone)
  const selected = value ? dateOfDay(value) : undefined
  const first = min ? dateOfDay(min) : undefined
  const last = max ? dateOfDay(max) : undefined
  const shown = selected ?? dateOfDay(clampDay(today, min, max))
  const disabled: Matcher[] = [...(first ? [{ before: first }] : []), ...(last ? [{ after: last }] : [])]

  const formatters: Partial<Formatters> = {
    formatCaption: (month) => names.caption.format(month),
    formatWeekdayName: (weekday) => names.weekdayShort.format(weekday),
    formatDay: (date) => names.dayNumber.format(date)
  }
  const labels: Partial<Labels> = {
    labelGrid: (month) => names.caption.format(month),
    labelNav: () => t('input.date.calendar.nav'),
    labelNext: () => t('input.date.calendar.next'),
    labelPrevious: () => t('input.date.calendar.previous'),
    labelWeekday: (weekday) => names.weekdayLong.format(weekday),
    labelDayButton: (date, modifiers) => {
      const day = names.full.format(date)
      if (modifiers.selected) return t('input.date.calendar.daySelected', { day })
      if (modifiers.today) return t('input.date.calendar.dayToday', { day })
      return day
    }
  }

  return (
    // A dialog that hears Esc from the day buttons inside it, before the screen or a dialog under it does.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={popover}
      id={id}
      popover="auto"
      role="dialog"
      aria-label={t('input.date.calendar.title')}
      className="date-calendar"
      dir={dir}
      data-testid={`${testId}-calendar`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          event.preventDefault()
          onClose()
        }
      }}
    >
      <DayPicker
        mode="single"
        required
        autoFocus
        dir={dir}
        today={dateOfDay(today)}
        selected={selected}
        defaultMonth={shown}
        startMonth={first}
        endMonth={last}
        disabled={disabled}
        weekStartsOn={weekStart(locale)}
        formatters={formatters}
        labels={labels}
        // A click on the day already chosen picks it again and closes, as any other day does.
        onDayClick={(date, modifiers) => {
          if (!modifiers.disabled) onPick(dayOfDate(date))
        }}
      />
    </div>
  )
}

function clampDay(day: string, min: string | undefined, max: string | undefined): string {
  if (min && day < min) return min
  if (max && day > max) return max
  return day
}

/** Below the field, or above it when it does not fit below; its start edge at the field's start (the right edge in Arabic), kept inside the window. */
function place(element: HTMLElement, anchor: HTMLElement | null, dir: 'ltr' | 'rtl'): void {
  if (!anchor) return
  const field = anchor.getBoundingClientRect()
  const { width, height } = element.getBoundingClientRect()
  const room = { width: window.innerWidth, height: window.innerHeight }
  const start = dir === 'rtl' ? field.right - width : field.left
  const left = Math.max(EDGE, Math.min(start, room.width - width - EDGE))
  const below = field.bottom + GAP
  const above = field.top - GAP - height
  const top = below + height <= room.height - EDGE ? below : above >= EDGE ? above : Math.max(EDGE, room.height - height - EDGE)
  element.style.left = `${Math.round(left)}px`
  element.style.top = `${Math.round(top)}px`
}
