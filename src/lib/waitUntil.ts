/** Polls `check` until it returns true; throws with `message` after `timeoutMs`. */
export const waitUntil = async ({
  check,
  message,
  timeoutMs = 15_000,
  intervalMs = 50,
}: {
  check: () => Promise<boolean>
  message: string
  timeoutMs?: number
  intervalMs?: number
}): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(message)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
