'use client'
import { FieldDescription, FieldError, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { useState } from 'react'

const text = {
  fr: { invalid: 'Ce n’est pas du JSON valide : corrigez-le avant d’enregistrer.' },
  en: { invalid: 'This is not valid JSON: fix it before saving.' },
}

/**
 * An editable JSON field as a plain text area, in place of Payload's code editor (it loads Monaco
 * from a CDN the city's network may not reach). Valid JSON is kept as data; while the text does not
 * parse, the text itself is kept, so the field's own validation refuses the save with its message.
 */
export const JsonTextarea: JSONFieldClientComponent = ({
  field,
  path: pathFromProps,
  readOnly,
}) => {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError } = useField<unknown>({ path })
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  const [draft, setDraft] = useState(() =>
    typeof value === 'string'
      ? value
      : value === undefined || value === null
        ? ''
        : JSON.stringify(value, null, 2),
  )
  const [isInvalid, setIsInvalid] = useState(false)
  const id = `field-${path.replace(/\./g, '__')}`
  const hintId = `${id}-invalide`
  return (
    <div
      className={`field-type textarea${showError ? ' error' : ''}`}
      style={{ marginBottom: 'var(--base)' }}
    >
      <FieldLabel htmlFor={id} label={field.label} path={path} required={field.required} />
      <FieldError path={path} showError={showError} />
      <textarea
        id={id}
        name={path}
        value={draft}
        readOnly={readOnly}
        rows={12}
        spellCheck={false}
        aria-invalid={isInvalid || undefined}
        aria-describedby={isInvalid ? hintId : undefined}
        style={{
          width: '100%',
          minHeight: '14rem',
          fontFamily: 'monospace',
          fontSize: '0.875rem',
          padding: '0.5rem',
        }}
        onChange={(event) => {
          const next = event.target.value
          setDraft(next)
          try {
            setValue(JSON.parse(next))
            setIsInvalid(false)
          } catch {
            setValue(next)
            setIsInvalid(true)
          }
        }}
      />
      {isInvalid ? (
        <p id={hintId} role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {text[lang].invalid}
        </p>
      ) : null}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
