import { getTranslation } from '@payloadcms/translations'
import type { CodeFieldServerProps, JSONFieldServerProps } from 'payload'

const text = {
  fr: { none: 'Aucune donnée.' },
  en: { none: 'No data.' },
}

const plain = (value: unknown): string =>
  Array.isArray(value)
    ? value.map(plain).join(', ')
    : value && typeof value === 'object'
      ? JSON.stringify(value)
      : String(value ?? '')

/**
 * A JSON or code field that staff read and never edit (a resident's answers, a sent message), rendered
 * on the server in place of Payload's code editor, which loads Monaco from a CDN the city's network
 * may not reach. A flat object reads as a list of names and values; anything else as preformatted text.
 */
export const ReadOnlyData = ({
  value,
  field,
  i18n,
  path,
}: JSONFieldServerProps | CodeFieldServerProps) => {
  const lang = i18n?.language === 'en' ? 'en' : 'fr'
  const label = field?.label
    ? getTranslation(field.label as never, i18n as never)
    : (field?.name ?? '')
  const id = `lecture-${String(path ?? field?.name ?? 'donnees').replace(/[^a-zA-Z0-9_-]/g, '-')}`
  const isFlat = value !== null && typeof value === 'object' && !Array.isArray(value)
  const entries = isFlat ? Object.entries(value as Record<string, unknown>) : []
  const isEmpty =
    value === null || value === undefined || value === '' || (isFlat && entries.length === 0)
  return (
    <section aria-labelledby={id} className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3 id={id} style={{ fontSize: '1rem' }}>
        {label}
      </h3>
      {isEmpty ? (
        <p>{text[lang].none}</p>
      ) : isFlat ? (
        <dl
          style={{
            display: 'grid',
            gridTemplateColumns: 'minmax(10rem, max-content) 1fr',
            gap: '0.25rem 1rem',
            margin: 0,
          }}
        >
          {entries.map(([key, entry]) => (
            <div key={key} style={{ display: 'contents' }}>
              <dt style={{ fontWeight: 600 }}>{key}</dt>
              <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{plain(entry)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <pre
          style={{
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
            maxHeight: '30rem',
            overflow: 'auto',
            margin: 0,
          }}
        >
          {typeof value === 'string' ? value : JSON.stringify(value, null, 2)}
        </pre>
      )}
    </section>
  )
}
