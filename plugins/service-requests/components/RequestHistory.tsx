import type { UIFieldServerComponent } from 'payload'

import { installedRequestOptions } from '../frontend/options'
import { relationId } from '../../kit/ids'
import { type RequestStatus, statusLabels } from '../requests/status'
import { city } from '@engines/city'

type Entry = {
  id?: string
  at: string
  kind: string
  fromStatus?: RequestStatus | null
  status?: RequestStatus | null
  note?: string | null
  isPublic?: boolean | null
  by?: unknown
  partner?: string | null
}

const kinds: Record<string, { fr: string; en: string }> = {
  created: { fr: 'Création', en: 'Created' },
  status: { fr: 'Statut', en: 'Status' },
  assignment: { fr: 'Acheminement', en: 'Assignment' },
  note: { fr: 'Note', en: 'Note' },
  feedback: { fr: 'Appréciation du demandeur', en: 'Submitter’s feedback' },
  reopened: { fr: 'Rouverte par le demandeur', en: 'Reopened by the submitter' },
}

const text = {
  fr: {
    title: 'Historique',
    none: 'Aucune entrée.',
    public: 'Visible par le demandeur',
    internal: 'Interne',
    by: 'par',
    resident: 'le demandeur',
    system: 'le système',
    partner: 'partenaire Open311',
  },
  en: {
    title: 'History',
    none: 'No entry.',
    public: 'Visible to the submitter',
    internal: 'Internal',
    by: 'by',
    resident: 'the submitter',
    system: 'the system',
    partner: 'Open311 partner',
  },
}

/**
 * The request's history as staff read it in the admin: each status change, reassignment, note
 * (public or internal, said plainly), reopening and feedback, newest first, with who did it (a
 * member of staff, the resident, the system, or the Open311 partner whose key sent it).
 * Read with the viewer's own access (an agent of another department gets nothing).
 */
export const RequestHistory: UIFieldServerComponent = async ({ id, payload, req, i18n }) => {
  if (!id) return null
  const lang = i18n?.language === 'en' ? 'en' : 'fr'
  const t = text[lang]
  const options = installedRequestOptions(payload)
  if (!options) return null
  const doc = (await payload.findByID({
    collection: options.requestsCollection as 'service-requests',
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    select: { history: true },
  })) as { history?: Entry[] | null } | null
  const entries = [...(doc?.history ?? [])].reverse()
  const staffIds = [
    ...new Set(entries.map((e) => relationId(e.by)).filter((v): v is number => v !== null)),
  ]
  const { docs } = staffIds.length
    ? await payload.find({
        collection: options.staffCollection as 'users',
        where: { id: { in: staffIds } },
        depth: 0,
        limit: staffIds.length,
        overrideAccess: true,
        select: { name: true },
      })
    : { docs: [] }
  const names = new Map(docs.map((d) => [d.id, String((d as { name?: string }).name ?? d.id)]))
  const when = new Intl.DateTimeFormat(city.languageTags[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: city.timeZone,
  })
  return (
    <section aria-labelledby="historique-requete" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="historique-requete">{t.title}</h3>
      {entries.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ol style={{ listStyle: 'none', padding: 0 }}>
          {entries.map((entry, i) => {
            const by = relationId(entry.by)
            // A partner's update (Open311 key) names the partner; staff by name; otherwise the resident or the system.
            const who = entry.partner
              ? `${entry.partner} (${t.partner})`
              : by !== null
                ? (names.get(by as number) ?? `#${by}`)
                : entry.kind === 'reopened' || entry.kind === 'feedback' || entry.kind === 'created'
                  ? t.resident
                  : t.system
            return (
              <li
                key={entry.id ?? i}
                style={{
                  borderLeft: `3px solid ${entry.isPublic ? 'var(--theme-success-500)' : 'var(--theme-elevation-400)'}`,
                  padding: '0.25rem 0 0.25rem 0.75rem',
                  marginBottom: '0.5rem',
                }}
              >
                <div>
                  <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time> —{' '}
                  <strong>{kinds[entry.kind]?.[lang] ?? entry.kind}</strong>
                  {entry.status
                    ? ` : ${entry.fromStatus ? `${statusLabels[entry.fromStatus][lang]} → ` : ''}${statusLabels[entry.status][lang]}`
                    : ''}{' '}
                  ({t.by} {who}) · <em>{entry.isPublic ? t.public : t.internal}</em>
                </div>
                {entry.note ? (
                  <p style={{ whiteSpace: 'pre-wrap', margin: '0.25rem 0 0' }}>{entry.note}</p>
                ) : null}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
