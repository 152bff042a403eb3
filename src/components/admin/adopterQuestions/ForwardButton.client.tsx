'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import { COLLECTIONS } from '@/constants'

import { useAdminText } from '../product/useAdminText'

/**
 * Forwards the question to the adopter (POST …/forward). The server decides: it refuses, naming
 * the adoption's field, when the adopter has not agreed to be contacted.
 */
export function ForwardButton() {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const { t } = useAdminText()
  const [message, setMessage] = useState<string>('')
  const [isBusy, setIsBusy] = useState(false)
  if (id === undefined) return null
  const forward = async () => {
    setIsBusy(true)
    try {
      const response = await fetch(
        `${serverURL}${api}/${COLLECTIONS.adopterQuestions}/${id}/forward`,
        { method: 'POST', credentials: 'include' },
      )
      const body = (await response.json().catch(() => ({}))) as {
        errors?: { message?: string }[]
      }
      setMessage(response.ok ? t('adopterQuestion.forwardDone') : (body.errors?.[0]?.message ?? ''))
    } finally {
      setIsBusy(false)
    }
  }
  return (
    <div className="field-type">
      <Button buttonStyle="secondary" size="small" disabled={isBusy} onClick={() => void forward()}>
        {t('adopterQuestion.forward')}
      </Button>
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
