import { useRef, type ChangeEvent } from 'react'

import { stateFromPostcode } from '@/lib/postcodeState'

/**
 * Suggests the federal state from the postcode while the state is empty or still the suggestion;
 * a state the visitor chose themselves is kept.
 */
export const usePostcodeState = () => {
  const stateRef = useRef<HTMLSelectElement>(null)
  const isSuggested = useRef(false)
  return {
    stateRef,
    onPostcodeChange: (event: ChangeEvent<HTMLInputElement>) => {
      const guess = stateFromPostcode(event.target.value)
      const select = stateRef.current
      if (guess && select && (!select.value || isSuggested.current)) {
        select.value = guess
        isSuggested.current = true
      }
    },
    onStateChange: () => {
      isSuggested.current = false
    },
  }
}
