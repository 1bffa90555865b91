import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { executorOf } from '../../../lib/db'
import { confirmPayment } from '../../../lib/payments'
import { formatMoney } from '../../../lib/money'
import { isReference } from '../../../lib/reference'

/**
 * Recording a payment confirms what it pays for, in the same transaction (the record and the
 * confirmation commit together or not at all); who recorded it is set here, never typed. Refused
 * in both languages when the reference is mistyped, nothing is held under it any more (expired,
 * already paid) or the amount is not what is owed.
 */
export const confirmRegistrations: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const fail = (fr: string, en: string): never => {
    throw new ValidationError({
      collection: 'activity-payments',
      errors: [{ path: 'reference', message: `${fr} / ${en}` }],
      req,
    })
  }
  // A card payment exists only as the processor's signed webhook wrote it (lib/cardPayments.ts).
  if (data.method === 'card')
    fail(
      'Les paiements par carte sont enregistrés par le processeur seulement',
      'Card payments are recorded by the processor only',
    )
  const reference = String(data.reference ?? '').replace(/\s/g, '')
  if (!isReference(reference))
    fail('Numéro de référence invalide (12 chiffres)', 'Invalid reference number (12 digits)')
  const result = await confirmPayment({
    execute: await executorOf(req),
    reference,
    amountCents: Number(data.amountCents),
    method: String(data.method ?? 'counter'),
    now: new Date(),
  })
  if (result.outcome === 'notHeld')
    fail(
      'Aucune inscription retenue sous cette référence (expirée, déjà payée ou inconnue)',
      'No registration held under this reference (expired, already paid or unknown)',
    )
  if (result.outcome === 'wrongAmount')
    fail(
      `Montant dû : ${formatMoney(result.expectedCents, 'fr')}`,
      `Amount owed: ${formatMoney(result.expectedCents, 'en')}`,
    )
  return {
    ...data,
    reference,
    status: 'applied',
    flag: null,
    processorPaymentId: null,
    receivedBy: req.user?.id ?? null,
    registrations: result.outcome === 'confirmed' ? result.registrations : 0,
  }
}
