import { formatMoney } from '../lib/money'
import type { PaymentProvider } from '../types'

/**
 * Pay at the city's counter (cash, debit, cheque) or by the bank's bill payment with the
 * reference number as the account number: the observed municipal pattern (DOMAIN-NOTES, Payments).
 * The places stay held `payDays` days (Cantley: a cheque within 5 days); staff record the payment
 * in the admin (`activity-payments`), which confirms the registration.
 */
export const counterPaymentProvider = ({
  payDays = 5,
  payee = { fr: 'Ville', en: 'City' },
}: {
  /** @default 5 */
  payDays?: number
  /** the payee's name at the bank @default { fr: 'Ville', en: 'City' } */
  payee?: { fr: string; en: string }
} = {}): PaymentProvider => ({
  id: 'counter',
  label: {
    fr: 'Au comptoir ou par paiement de facture à votre banque',
    en: 'At the counter or by bill payment at your bank',
  },
  start: async ({ reference, totalCents, now }) => ({
    holdUntil: new Date(now.getTime() + payDays * 24 * 3_600_000),
    instructions: {
      fr: `Payez ${formatMoney(totalCents, 'fr')} au comptoir de l’hôtel de ville, ou à votre banque (fournisseur « ${payee.fr} »), avec le numéro de référence ${reference}.`,
      en: `Pay ${formatMoney(totalCents, 'en')} at the city hall counter, or at your bank (payee “${payee.en}”), with reference number ${reference}.`,
    },
  }),
})
