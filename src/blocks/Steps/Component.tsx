import type { StepsBlock as StepsBlockProps } from '@/payload-types'

/** Numbered steps of a procedure: an ordered list, so screen readers announce "1 of 4". */
export const StepsBlock = ({
  steps,
  label,
}: Pick<StepsBlockProps, 'steps'> & { label?: string }) => (
  <ol className="steps" aria-label={label}>
    {steps.map((step, index) => (
      <li key={step.id ?? index}>
        <p className="step-title">{step.title}</p>
        {step.text ? <p>{step.text}</p> : null}
      </li>
    ))}
  </ol>
)
