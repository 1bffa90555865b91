import { textSizeControlId, textSizeControlScript, textSizeScript } from './textSizeScripts'

const sizes = ['normal', 'large', 'xlarge'] as const
type Size = (typeof sizes)[number]

type Props = { labels: { group: string } & Record<Size, string> }

/** Text-size buttons residents asked for; the choice persists on this device. */
export const TextSizeControl = ({ labels }: Props) => (
  <>
    <div id={textSizeControlId} className="text-size" role="group" aria-label={labels.group} hidden>
      {sizes.map((option) => (
        <button
          key={option}
          type="button"
          data-size={option}
          aria-pressed={option === 'normal'}
          className={`text-size-${option}`}
        >
          {labels[option]}
        </button>
      ))}
    </div>
    <script dangerouslySetInnerHTML={{ __html: textSizeControlScript }} />
  </>
)

/** The one line that must run before the first paint (in the page's head): the resident's text size. */
export const TextSizeHeadScript = () => (
  <script dangerouslySetInnerHTML={{ __html: textSizeScript }} />
)
