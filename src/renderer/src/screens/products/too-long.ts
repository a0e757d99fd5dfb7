import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../shared/catalog'
import { lengthProblem } from '../../../../shared/text-length'
import { useFormatCount } from '../../i18n/use-locale'
import { splitValues } from './product-form'

/**
 * What a name, category or option field says while its text is longer than the catalog takes,
 * counted as the catalog's check counts (characters a reader sees: `lengthProblem`). The fields
 * have no maxLength, which would cut a pasted text silently, in UTF-16 units, even inside an emoji.
 */
export function useTooLong() {
  const { t } = useTranslation()
  const formatCount = useFormatCount()
  const over = (text: string, max: number) => {
    const problem = lengthProblem(text.trim(), max)
    return problem?.kind === 'characters' ? { length: formatCount(problem.length), max: formatCount(max) } : null
  }
  const say = (key: 'products.form.nameTooLong' | 'products.form.categoryTooLong' | 'products.options.nameTooLong', text: string, max: number) => {
    const counts = over(text, max)
    return counts ? t(key, counts) : undefined
  }
  return {
    name: (text: string) => say('products.form.nameTooLong', text, LIMITS.productName),
    category: (text: string) => say('products.form.categoryTooLong', text, LIMITS.category),
    optionName: (text: string) => say('products.options.nameTooLong', text, LIMITS.optionName),
    /** The first value of "S, M, L" that is too long, named. */
    optionValues: (text: string) => {
      for (const value of splitValues(text)) {
        const counts = over(value, LIMITS.optionValue)
        if (counts) return t('products.options.valueTooLong', { ...counts, value })
      }
      return undefined
    }
  }
}
