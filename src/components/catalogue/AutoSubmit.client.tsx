'use client'

import { useEffect, useRef } from 'react'

/**
 * With JavaScript, changing a filter or the sort order submits the form at once (next/form then
 * navigates without a full reload). Without JavaScript the form's own button does it.
 */
export function AutoSubmit() {
  const marker = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const form = marker.current?.closest('form')
    if (!form) return
    const submit = (event: Event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement
      if (target.type === 'checkbox' || target.tagName === 'SELECT') form.requestSubmit()
    }
    form.addEventListener('change', submit)
    return () => form.removeEventListener('change', submit)
  }, [])
  return <span ref={marker} hidden />
}
