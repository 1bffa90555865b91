import { telHref } from '@/utilities/telHref'

type Props = {
  phone?: string | null
  email?: string | null
  labels: { phone: string; email: string }
}

/** The phone and email rows of a contact list (`<dl>`): tap to call, tap to write. */
export const PhoneAndEmail = ({ phone, email, labels }: Props) => (
  <>
    {phone ? (
      <>
        <dt>{labels.phone}</dt>
        <dd>
          <a href={telHref(phone)}>{phone}</a>
        </dd>
      </>
    ) : null}
    {email ? (
      <>
        <dt>{labels.email}</dt>
        <dd>
          <a href={`mailto:${email}`}>{email}</a>
        </dd>
      </>
    ) : null}
  </>
)
