import { sql } from '@payloadcms/db-postgres'
import type { Payload, RequestContext } from 'payload'

import { responsesTable, surveysSlug } from './defaults'
import { dbOf } from './lib/results'
import type { SurveyDoc } from './lib/model'

type Text = { fr: string; en: string }
type SeedQuestion = {
  blockType: string
  question: Text
  required?: boolean
  options?: Text[]
  maxChoices?: number
  scaleMin?: number
  scaleMax?: number
  minLabel?: Text
  maxLabel?: Text
}
type SeedSurvey = {
  slug: string
  title: Text
  intro: Text
  status: 'open' | 'closed'
  opensInDays: number
  closesInDays: number
  audience: 'anyone' | 'residents' | 'sectors'
  sectorCodes?: string[]
  answerPolicy: 'citizen' | 'anonymous'
  resultsVisibility: 'live' | 'afterClose' | 'staff'
  questions: SeedQuestion[]
  seededResponses?: number
}

const day = 24 * 60 * 60 * 1000

/** The three demo surveys: open to everyone, for one sector's residents, and closed with 500 answers. */
export const demoSurveys = (firstSectorCode: string): SeedSurvey[] => [
  {
    slug: 'parc-de-la-riviere',
    title: {
      fr: 'Quel aménagement pour le nouveau parc de la Rivière ?',
      en: 'Which design for the new Rivière park?',
    },
    intro: {
      fr: 'La Ville aménagera le terrain au bord de la rivière en 2027. Dites-nous ce que vous souhaitez y trouver.',
      en: 'The City will landscape the riverside lot in 2027. Tell us what you would like to find there.',
    },
    status: 'open',
    opensInDays: -3,
    closesInDays: 30,
    audience: 'anyone',
    answerPolicy: 'anonymous',
    resultsVisibility: 'live',
    questions: [
      {
        blockType: 'singleChoice',
        question: { fr: 'Quel concept préférez-vous ?', en: 'Which concept do you prefer?' },
        required: true,
        options: [
          { fr: 'Parc nature (boisé, sentiers)', en: 'Nature park (woods, trails)' },
          {
            fr: 'Parc familial (jeux d’eau, aire de jeux)',
            en: 'Family park (splash pad, playground)',
          },
          { fr: 'Parc sportif (terrains, piste)', en: 'Sports park (fields, track)' },
        ],
      },
      {
        blockType: 'multipleChoice',
        question: {
          fr: 'Quels équipements utiliseriez-vous ?',
          en: 'Which facilities would you use?',
        },
        required: false,
        maxChoices: 2,
        options: [
          { fr: 'Tables à pique-nique', en: 'Picnic tables' },
          { fr: 'Toilettes', en: 'Washrooms' },
          { fr: 'Stationnement pour vélos', en: 'Bicycle parking' },
          { fr: 'Accès à l’eau pour kayak', en: 'Kayak launch' },
        ],
      },
      {
        blockType: 'rating',
        question: {
          fr: 'Ce projet est-il important pour vous ?',
          en: 'How important is this project to you?',
        },
        required: true,
        scaleMin: 1,
        scaleMax: 5,
        minLabel: { fr: 'Pas important', en: 'Not important' },
        maxLabel: { fr: 'Très important', en: 'Very important' },
      },
      {
        blockType: 'yesNo',
        question: {
          fr: 'Fréquentez-vous déjà les berges de la rivière ?',
          en: 'Do you already visit the riverbanks?',
        },
        required: true,
      },
      {
        blockType: 'longText',
        question: { fr: 'Autres idées ?', en: 'Other ideas?' },
        required: false,
      },
    ],
  },
  {
    slug: 'trottoirs-secteur',
    title: { fr: 'Nouveaux trottoirs dans votre secteur', en: 'New sidewalks in your sector' },
    intro: {
      fr: 'Des trottoirs seront ajoutés dans votre secteur. Aidez-nous à choisir les rues à faire en premier.',
      en: 'Sidewalks will be added in your sector. Help us choose which streets come first.',
    },
    status: 'open',
    opensInDays: -1,
    closesInDays: 21,
    audience: 'sectors',
    sectorCodes: [firstSectorCode],
    answerPolicy: 'citizen',
    resultsVisibility: 'afterClose',
    questions: [
      {
        blockType: 'ranking',
        question: { fr: 'Classez les rues par priorité', en: 'Rank the streets by priority' },
        required: true,
        options: [
          { fr: 'Rue des Érables', en: 'Rue des Érables' },
          { fr: 'Rue Principale', en: 'Rue Principale' },
          { fr: 'Chemin du Lac', en: 'Chemin du Lac' },
        ],
      },
      {
        blockType: 'yesNo',
        question: {
          fr: 'Marchez-vous pour vous rendre à l’école ou au travail ?',
          en: 'Do you walk to school or work?',
        },
        required: true,
      },
      {
        blockType: 'shortText',
        question: { fr: 'Une rue oubliée ?', en: 'A street we forgot?' },
        required: false,
      },
    ],
  },
  {
    slug: 'horaire-bibliotheque',
    title: { fr: 'Horaire d’été de la bibliothèque', en: 'Library summer hours' },
    intro: {
      fr: 'Merci aux 500 résidents qui ont répondu. Voici les résultats.',
      en: 'Thanks to the 500 residents who answered. Here are the results.',
    },
    status: 'closed',
    opensInDays: -40,
    closesInDays: -10,
    audience: 'residents',
    answerPolicy: 'citizen',
    resultsVisibility: 'afterClose',
    seededResponses: 500,
    questions: [
      {
        blockType: 'singleChoice',
        question: { fr: 'Quel horaire vous convient le mieux ?', en: 'Which hours suit you best?' },
        required: true,
        options: [
          { fr: 'Ouvert le dimanche', en: 'Open on Sundays' },
          { fr: 'Ouvert plus tard en semaine', en: 'Open later on weekdays' },
          { fr: 'Ouvert plus tôt le matin', en: 'Open earlier in the morning' },
        ],
      },
      {
        blockType: 'rating',
        question: {
          fr: 'Votre satisfaction envers la bibliothèque',
          en: 'Your satisfaction with the library',
        },
        required: true,
        scaleMin: 1,
        scaleMax: 5,
        minLabel: { fr: 'Insatisfait', en: 'Dissatisfied' },
        maxLabel: { fr: 'Très satisfait', en: 'Very satisfied' },
      },
    ],
  },
]

const localized = (q: SeedQuestion, locale: 'fr' | 'en') => ({
  blockType: q.blockType,
  question: q.question[locale],
  required: q.required ?? false,
  ...(q.options ? { options: q.options.map((o) => ({ label: o[locale] })) } : {}),
  ...(q.maxChoices ? { maxChoices: q.maxChoices } : {}),
  ...(q.scaleMin !== undefined ? { scaleMin: q.scaleMin, scaleMax: q.scaleMax } : {}),
  ...(q.minLabel ? { minLabel: q.minLabel[locale], maxLabel: q.maxLabel![locale] } : {}),
})

/** A deterministic spread of answers, so every run seeds the same results. */
const pick = (i: number, salt: number, n: number) => ((i * 7919 + salt * 104729) ^ (i >> 3)) % n

/**
 * Seeds the demo surveys (found by slug first: safe to repeat) and the closed survey's 500 answers
 * in one INSERT … SELECT over generate_series, skipped when they are already there.
 */
export const seedSurveys = async ({
  payload,
  sectorIds,
  context,
}: {
  payload: Payload
  sectorIds: Record<string, number>
  context: RequestContext
}): Promise<number> => {
  if (!payload.collections[surveysSlug as 'users']) return 0
  const firstSector = Object.keys(sectorIds)[0] ?? ''
  const now = Date.now()
  let created = 0
  for (const seed of demoSurveys(firstSector)) {
    const existing = await payload.find({
      collection: surveysSlug as 'users',
      where: { slug: { equals: seed.slug } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    let survey = existing.docs[0] as unknown as SurveyDoc | undefined
    if (!survey) {
      const base = {
        slug: seed.slug,
        status: seed.status,
        opensAt: new Date(now + seed.opensInDays * day).toISOString(),
        closesAt: new Date(now + seed.closesInDays * day).toISOString(),
        audience: seed.audience,
        sectors: (seed.sectorCodes ?? []).map((code) => sectorIds[code]).filter(Boolean),
        answerPolicy: seed.answerPolicy,
        resultsVisibility: seed.resultsVisibility,
      }
      survey = (await payload.create({
        collection: surveysSlug as 'users',
        locale: 'fr',
        data: {
          ...base,
          title: seed.title.fr,
          intro: seed.intro.fr,
          questions: seed.questions.map((q) => localized(q, 'fr')),
        } as never,
        overrideAccess: true,
        context,
      })) as unknown as SurveyDoc
      // English on the same block and option rows.
      await payload.update({
        collection: surveysSlug as 'users',
        id: survey.id,
        locale: 'en',
        data: {
          title: seed.title.en,
          intro: seed.intro.en,
          questions: seed.questions.map((q, i) => {
            const fr = survey!.questions[i]!
            const en = localized(q, 'en')
            return {
              ...en,
              id: fr.id,
              ...(en.options
                ? { options: en.options.map((o, j) => ({ ...o, id: fr.options![j]!.id })) }
                : {}),
            }
          }),
        } as never,
        overrideAccess: true,
        context,
      })
      created++
    }
    if (seed.seededResponses) await seedResponses(payload, survey, seed.seededResponses)
  }
  return created
}

const seedResponses = async (payload: Payload, survey: SurveyDoc, count: number) => {
  const db = dbOf(payload)
  const table = sql.identifier(responsesTable)
  const { rows } = await db.drizzle.execute(
    sql`SELECT count(*)::int AS n FROM ${table} WHERE survey_id = ${survey.id}`,
  )
  if (Number(rows[0]?.n ?? 0) >= count) return
  const answers = Array.from({ length: count }, (_, i) => {
    const a: Record<string, unknown> = {}
    survey.questions.forEach((q, qi) => {
      if (q.blockType === 'singleChoice')
        a[q.id] = q.options![[0, 0, 1, 1, 1, 2, 0, 1][pick(i, qi, 8)]!]!.id
      if (q.blockType === 'rating') a[q.id] = [3, 4, 4, 5, 5, 2, 4, 3, 1, 5][pick(i, qi, 10)]
    })
    return JSON.stringify(a)
  })
  // One statement for all rows; seeded keys are random-looking but fixed, so a rerun adds nothing.
  await db.drizzle.execute(sql`
    INSERT INTO ${table} (survey_id, respondent_key, mode, answers, updated_at, created_at)
    SELECT ${survey.id}, 'seed:' || md5(${String(survey.id)} || ':' || n), 'citizen', (${JSON.stringify(answers)}::jsonb ->> (n - 1))::jsonb,
      now() - (n || ' minutes')::interval, now() - (n || ' minutes')::interval
    FROM generate_series(1, ${count}) AS n
    ON CONFLICT (survey_id, respondent_key) DO NOTHING`)
}
