import { z } from 'zod'
import { freeText } from './free-text'
import { schemaMessage } from './i18n/schema-message'

/** What a save dialog may be asked to save: the file kinds Tillpoint writes. */
export const SAVE_FILE_KINDS = ['csv', 'pdf'] as const
export type SaveFileKind = (typeof SAVE_FILE_KINDS)[number]

export const saveDialogSchema = z
  .object({
    /** The dialog's title: "Export orders". */
    title: freeText(100, { required: schemaMessage('files.title') }),
    /** The file name offered, without a folder: "orders-2026-03-02.csv". */
    suggestedName: freeText(200, { required: schemaMessage('files.suggestName') })
      // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
      .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, { error: schemaMessage('files.nameChars') }),
    kind: z.enum(SAVE_FILE_KINDS, { error: schemaMessage('files.kind') })
  })
  .strict()
  .refine((request) => request.suggestedName.toLowerCase().endsWith(`.${request.kind}`), {
    error: schemaMessage('files.nameKind'),
    path: ['suggestedName']
  })

export type SaveDialogRequest = z.output<typeof saveDialogSchema>

export interface SavePathChoice {
  /** The absolute path chosen, ending in the kind's extension, to show; null when the dialog was cancelled. */
  path: string | null
  /** What a write channel takes instead of a path: once, from this window, for this kind of file. */
  saveToken: string | null
}

/** A save dialog's one-time token (files.chooseSavePath): write channels take this, never a path. */
export const saveTokenSchema = oneTimeToken(schemaMessage('files.saveToken'))

/** A token one of the main process's dialogs handed out for the path it chose (never the path itself). */
export function oneTimeToken(error: string) {
  return z.string().regex(/^[0-9a-f]{64}$/, { error })
}
