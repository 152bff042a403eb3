'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Re-renders the staff preview page whenever the admin around it saves (autosave included), what
 * `RefreshRouteOnSave` of `@payloadcms/live-preview-react` does (not published for our Payload
 * version). Payload's live preview, once told the page is ready, posts
 * `{ type: 'payload-document-event' }` to the frame after every save; the page reads the saved
 * draft again on the server. Only messages from the admin of this very app count: the preview is
 * rendered at the admin's origin, and only our parent window may trigger a refresh.
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  useEffect(() => {
    const admin = window.opener ?? (window.parent !== window ? window.parent : null)
    if (!admin) return
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin || event.source !== admin) return
      const data = event.data as { type?: unknown } | null
      if (data && typeof data === 'object' && data.type === 'payload-document-event') {
        router.refresh()
      }
    }
    window.addEventListener('message', onMessage)
    ;(admin as Window).postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
