import { requestTranslator } from '../../../i18n/translate'
import type { StepFrame } from '../types'
import { Buttons, HiddenFields } from './StepForm'

export type DetailsStepProps = { frame: StepFrame; typeName: string; description: string }

export const DetailsStep = ({ frame, typeName, description }: DetailsStepProps) => {
  const t = requestTranslator(frame.locale)
  return (
    <form method="post" action={frame.action} className="stack">
      <HiddenFields frame={frame} />
      <p>{t('status.type', { type: typeName })}</p>
      <div>
        <label htmlFor="description">
          {t('form.description')} ({t('form.required')})
        </label>
        <textarea
          id="description"
          name="description"
          rows={6}
          maxLength={5000}
          required
          aria-describedby="description-aide"
          defaultValue={description}
        />
        <p id="description-aide" className="meta">
          {t('form.descriptionHint')}
        </p>
      </div>
      <Buttons frame={frame} />
    </form>
  )
}
