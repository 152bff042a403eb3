'use client'

import { useActionState, type ComponentProps } from 'react'

/**
 * A form that posts to a server action at a real address. A server action given straight to a
 * form renders `action=""`, which is invalid HTML; with `permalink` the form posts there without
 * JavaScript (the page the requester is on), and React sends it in place with JavaScript.
 */
export function ActionForm({
  action,
  permalink,
  ...form
}: Omit<ComponentProps<'form'>, 'action'> & {
  action: (state: null, data: FormData) => Promise<null>
  permalink: string
}) {
  const [, formAction] = useActionState(action, null, permalink)
  return <form {...form} action={formAction} />
}
