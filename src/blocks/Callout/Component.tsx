import type { CalloutBlock as CalloutBlockProps } from '@/payload-types'

type Props = Pick<CalloutBlockProps, 'tone' | 'title' | 'text'> & { id: string; toneLabel: string }

/** A boxed aside; its tone is said in words too, never by colour alone. */
export const CalloutBlock = ({ tone, title, text, id, toneLabel }: Props) => (
  <aside className={`callout callout-${tone}`} aria-labelledby={id}>
    <h2 id={id}>
      <span className="visually-hidden">{toneLabel} : </span>
      {title}
    </h2>
    <p className="pre-line">{text}</p>
  </aside>
)
