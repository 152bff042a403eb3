import type { Dictionary } from '@/i18n/de'

import { fieldClasses, FieldError } from './FieldParts'
import { useField } from './fieldState'

/** The products asked about, as checkboxes; the first carries the group's error focus. */
export function ProductChoice({
  products,
  texts,
}: {
  products: { slug: string; title: string }[]
  texts: Pick<Dictionary['request'], 'productsLegend' | 'productsHint' | 'productsNone'>
}) {
  const { control, error, value, isFirstError } = useField('products', { hasHint: true })
  const chosen = value as string[]
  const classes = fieldClasses(error)
  return (
    <fieldset className={classes.fieldset} aria-describedby={control['aria-describedby']}>
      <legend className="kern-label">{texts.productsLegend}</legend>
      <p className="kern-hint" id="hint-products">
        {products.length ? texts.productsHint : texts.productsNone}
      </p>
      <FieldError name="products" error={error} />
      <div className="kern-fieldset__body">
        {products.map((product, index) => (
          <div className="kern-form-check" key={product.slug}>
            <input
              className={classes.checkbox}
              type="checkbox"
              id={`field-products-${product.slug}`}
              data-field={index === 0 ? 'products' : undefined}
              name="products"
              value={product.slug}
              defaultChecked={chosen.includes(product.slug)}
              autoFocus={index === 0 && isFirstError ? true : undefined}
            />
            <label className="kern-label" htmlFor={`field-products-${product.slug}`}>
              {product.title}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  )
}
