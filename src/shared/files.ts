import { z } from 'zod'
import { freeText } from './free-text'

/** What a save dialog may be asked to save: the file kinds Tillpoint writes. */
export const SAVE_FILE_KINDS = ['csv', 'pdf'] as const
export type SaveFileKind = (typeof SAVE_FILE_KINDS)[number]

export const saveDialogSchema = z
  .object({
    /** The dialog's title: "Export orders". */
    title: freeText(100, { required: 'The dialog needs a title' }),
    /** The file name offered, without a folder: "orders-2026-03-02.csv". */
    suggestedName: freeText(200, { required: 'Suggest a file name' })
      // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
      .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, { error: 'A file name has no folder and none of \\ / : * ? " < > |' }),
    kind: z.enum(SAVE_FILE_KINDS, { error: 'Tillpoint saves csv or pdf files' })
  })
  .strict()
  .refine((request) => request.suggestedName.toLowerCase().endsWith(`.${request.kind}`), {
    error: 'The suggested name must end in the file kind',
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
export const saveTokenSchema = oneTimeToken('Choose where to save the file first')

/** A token one of the main process's dialogs handed out for the path it chose (never the path itself). */
export function oneTimeToken(error: string) {
  return z.string().regex(/^[0-9a-f]{64}$/, { error })
}
