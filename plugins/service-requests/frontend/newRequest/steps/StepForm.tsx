import { requestTranslator } from '../../../i18n/translate'
import type { StepFrame } from '../types'

/** The hidden fields every form of a step carries: token, language, step and draft. */
export const HiddenFields = ({ frame }: { frame: StepFrame }) => (
  <>
    <input type="hidden" name="csrf" value={frame.csrf} />
    <input type="hidden" name="locale" value={frame.locale} />
    <input type="hidden" name="step" value={frame.step} />
    {frame.draftKey ? <input type="hidden" name="draft" value={frame.draftKey} /> : null}
  </>
)

export const Buttons = ({
  frame,
  isFirst = false,
  isLast = false,
}: {
  frame: StepFrame
  isFirst?: boolean
  isLast?: boolean
}) => {
  const t = requestTranslator(frame.locale)
  return (
    <div className="request-actions">
      {/* The first button is the one Enter presses: "continue", even though "back" comes first visually in some layouts. */}
      <button type="submit" name="go" value="next">
        {isLast ? t('form.submit') : t('form.next')}
      </button>
      {!isFirst ? (
        <button
          type="submit"
          name="go"
          value="back"
          formNoValidate
          className="request-button-secondary"
        >
          {t('form.back')}
        </button>
      ) : null}
    </div>
  )
}
