import { kindIcon } from '@/lib/products/kindIcons'

/** The line drawing of a product kind (src/lib/products/kindIcons.ts); decorative, so hidden. */
export function KindIcon({ kind, className }: { kind: string; className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {kindIcon(kind).map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  )
}
