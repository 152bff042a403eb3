/** The saved list lives in localStorage: no account, nothing sent anywhere until a request. */
const KEY = 'transferkatalog:merkliste'
const CHANGED = 'transferkatalog:merkliste-changed'
export const MAX_SAVED = 20

export const readSaved = (): string[] => {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string').slice(0, MAX_SAVED)
      : []
  } catch {
    return []
  }
}

let snapshot = ''
/** A stable string for useSyncExternalStore (arrays would be new on every read). */
export const savedSnapshot = (): string => {
  const next = readSaved().join('\n')
  if (next !== snapshot) snapshot = next
  return snapshot
}

export const toggleSaved = (slug: string): void => {
  const current = readSaved()
  const next = current.includes(slug)
    ? current.filter((item) => item !== slug)
    : [...current, slug].slice(-MAX_SAVED)
  window.localStorage.setItem(KEY, JSON.stringify(next))
  window.dispatchEvent(new Event(CHANGED))
}

export const subscribeSaved = (onChange: () => void): (() => void) => {
  window.addEventListener('storage', onChange)
  window.addEventListener(CHANGED, onChange)
  return () => {
    window.removeEventListener('storage', onChange)
    window.removeEventListener(CHANGED, onChange)
  }
}
