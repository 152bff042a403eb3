import type { Locale } from '@/constants'
import { DEFAULT_LOCALE } from '@/constants'

import type { Dictionary } from './de'
import { de } from './de'
import { en } from './en'

export const dictionaries: Record<Locale, Dictionary> = { de, en }

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

export type TextKey = Leaves<Dictionary>
export type Localized = Record<Locale, string>

const lookup = (dictionary: Dictionary, key: string): string => {
  const value = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      dictionary,
    )
  if (typeof value !== 'string') throw new Error(`Missing UI text "${key}"`)
  return value
}

const interpolate = (text: string, values?: Record<string, string | number>): string =>
  values ? text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? '')) : text

/** One text in both languages, the shape Payload takes for admin labels. */
export const label = (key: TextKey): Localized => ({
  de: lookup(de, key),
  en: lookup(en, key),
})

/** One text in one language, with `{{name}}` placeholders filled. */
export const translate = ({
  key,
  locale,
  values,
}: {
  key: TextKey
  locale?: string | null
  values?: Record<string, string | number>
}): string => {
  const dictionary = locale === 'en' ? en : dictionaries[DEFAULT_LOCALE]
  return interpolate(lookup(dictionary, key), values)
}

type OptionGroup = keyof Dictionary['options']

/** Select options whose labels come from `options.<group>.<value>` in the translation files. */
export const options = <T extends string>(group: OptionGroup, values: readonly T[]) =>
  values.map((value) => ({ value, label: label(`options.${group}.${value}` as TextKey) }))

/** Singular and plural labels of a collection. */
export const collectionLabels = (key: keyof Dictionary['collections']) => ({
  singular: label(`collections.${key}.singular`),
  plural: label(`collections.${key}.plural`),
})
