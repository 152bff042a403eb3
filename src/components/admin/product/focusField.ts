'use client'

/** The parts of Payload's client field config that say where a field sits. */
export type FieldLike = {
  type: string
  name?: string
  fields?: FieldLike[]
  tabs?: { name?: string; fields: FieldLike[] }[]
}

const holdsPath = (fields: FieldLike[], path: string, prefix = ''): boolean =>
  fields.some((field) => {
    if (!field.name) return field.fields ? holdsPath(field.fields, path, prefix) : false
    const own = `${prefix}${field.name}`
    if (own === path) return true
    return Boolean(
      field.fields && path.startsWith(`${own}.`) && holdsPath(field.fields, path, `${own}.`),
    )
  })

/** The index of the (top-level) tab that holds the field at `path`, if it sits in one. */
export const tabOfField = (fields: FieldLike[], path: string): number | undefined => {
  for (const field of fields) {
    if (field.type !== 'tabs' || !field.tabs) continue
    const index = field.tabs.findIndex((tab) =>
      holdsPath(tab.fields, path, tab.name ? `${tab.name}.` : ''),
    )
    if (index >= 0) return index
  }
  return undefined
}

const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), [contenteditable="true"], button:not([disabled])'

/** Payload gives most fields `id="field-<path with __>"`; the rich-text field a data attribute. */
const findField = (path: string): HTMLElement | null =>
  document.getElementById(`field-${path.replace(/\./g, '__')}`) ??
  document.querySelector<HTMLElement>(`[data-field-path="${CSS.escape(path)}"]`)

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve))

/**
 * Brings the field at `path` into view and focuses its first control, opening its tab first
 * (Payload renders only the active tab's fields).
 */
export const focusField = async ({
  path,
  tabIndex,
}: {
  path: string
  tabIndex?: number
}): Promise<boolean> => {
  let element = findField(path)
  if (!element && tabIndex !== undefined) {
    document.querySelectorAll<HTMLButtonElement>('.tabs-field__tab-button')[tabIndex]?.click()
    for (let frame = 0; frame < 120 && !element; frame += 1) {
      await nextFrame()
      element = findField(path)
    }
  }
  if (!element) return false
  element.scrollIntoView({ block: 'center' })
  const control = element.matches(FOCUSABLE)
    ? element
    : element.querySelector<HTMLElement>(FOCUSABLE)
  control?.focus({ preventScroll: true })
  return true
}
