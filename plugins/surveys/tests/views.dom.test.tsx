import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { SurveyDoc } from '../lib/model'
import type { FormContext, SurveySummary } from '../frontend/load'
import { MiniSurvey } from '../frontend/MiniSurvey'
import { SurveyForm } from '../frontend/SurveyForm'
import { SurveyList } from '../frontend/SurveyList'
import { SurveyResultsView } from '../frontend/SurveyResultsView'
import { SurveysDashboard } from '../frontend/SurveysDashboard'
import { SurveyThanks } from '../frontend/SurveyThanks'

/** Renders a server component with plain-data props and reads the result through jsdom's DOM. */
const render = (element: React.ReactElement) => {
  document.body.innerHTML = renderToStaticMarkup(element)
  return document.body
}
const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim())

const survey: SurveyDoc = {
  id: 7,
  title: 'Parc à chiens',
  slug: 'parc-a-chiens',
  intro: 'Où le mettre ?',
  status: 'open',
  audience: 'anyone',
  answerPolicy: 'citizen',
  resultsVisibility: 'live',
  questions: [
    {
      id: 'q1',
      blockType: 'singleChoice',
      question: 'Quel parc ?',
      required: true,
      options: [
        { id: 'a', label: 'Parc du Lac' },
        { id: 'b', label: 'Parc des Pins' },
      ],
    },
    { id: 'q2', blockType: 'shortText', question: 'Un mot ?' },
  ],
}

const open: FormContext = {
  citizen: { id: 1, sid: 's', sectorId: null },
  state: 'open',
  eligibility: 'eligible',
  csrf: 'jeton',
  previous: null,
}

const summary = (over: Partial<SurveySummary> & { state: string }) => ({
  id: 1,
  title: 'Sondage',
  slug: 'sondage',
  intro: null,
  opensAt: null,
  closesAt: null,
  audience: 'anyone' as const,
  answerPolicy: 'citizen' as const,
  resultsVisibility: 'live' as const,
  status: 'open' as const,
  sectorIds: [],
  questionCount: 2,
  ...over,
})

describe('surveys views from plain data', () => {
  it('should list open, upcoming and closed surveys in their groups, results linked unless staff-only', () => {
    const body = render(
      <SurveyList
        locale="fr"
        surveys={[
          summary({ id: 1, title: 'Ouvert', slug: 'ouvert', state: 'open' }),
          summary({
            id: 2,
            title: 'Bientôt',
            slug: 'bientot',
            state: 'upcoming',
            opensAt: '2030-01-01T15:00:00Z',
          }),
          summary({
            id: 3,
            title: 'Fini',
            slug: 'fini',
            state: 'closed',
            closesAt: '2020-01-01T15:00:00Z',
          }),
          summary({
            id: 4,
            title: 'Interne',
            slug: 'interne',
            state: 'closed',
            resultsVisibility: 'staff',
          }),
        ]}
      />,
    )
    expect(texts(body, 'h2')).toEqual(['Sondages ouverts', 'À venir', 'Sondages récents'])
    expect(texts(body, 'h3')).toEqual(['Ouvert', 'Bientôt', 'Fini', 'Interne'])
    expect(body.querySelector('a[href="/fr/sondages/ouvert"]')).not.toBeNull()
    expect(body.querySelector('a[href="/fr/sondages/fini/resultats"]')).not.toBeNull()
    expect(body.querySelector('a[href="/fr/sondages/interne/resultats"]')).toBeNull()
    expect(body.textContent).toContain('Ouvre le')
  })

  it('should say so when no survey is open', () => {
    expect(render(<SurveyList locale="en" surveys={[]} />).textContent).toBe(
      'No survey is open at the moment.',
    )
  })

  it('should render the form posting to the endpoint, with its token, and the errors from the redirect linked to their questions with what was typed', () => {
    const draft = Buffer.from('q.q1=b&q.q2=Pr%C3%A8s+du+lac').toString('base64url')
    const body = render(
      <SurveyForm
        locale="fr"
        survey={survey}
        context={open}
        query={{ error: 'invalid', fields: 'q1:invalidOption,zz:nonsense', draft }}
        signInHref="/fr/compte/connexion"
      />,
    )
    const form = body.querySelector('form')!
    expect(form.getAttribute('method')).toBe('post')
    expect(form.getAttribute('action')).toBe('/api/surveys/7/answer')
    expect(form.querySelector<HTMLInputElement>('input[name="csrf"]')!.value).toBe('jeton')
    const alert = body.querySelector('[role="alert"]')!
    expect(alert.textContent).toContain('Une réponse est à corriger.')
    const link = alert.querySelector('a')!
    expect(link.getAttribute('href')).toBe('#sondage-q-q1')
    expect(body.querySelector('#sondage-q-q1')).not.toBeNull()
    expect(link.textContent).toContain('Cette réponse ne fait pas partie des choix proposés.')
    expect(body.querySelector<HTMLInputElement>('input[value="b"]')!.checked).toBe(true)
    expect(body.querySelector<HTMLInputElement>('input[name="q.q2"]')!.value).toBe('Près du lac')
    expect(texts(body, 'legend')[0]).toContain('Quel parc ?')
  })

  it('should show earlier answers to change, and no form but a sign-in link when the survey needs a resident', () => {
    const again = render(
      <SurveyForm
        locale="fr"
        survey={survey}
        context={{ ...open, previous: { q1: 'a' } }}
        query={{}}
        signInHref="/fr/compte/connexion"
      />,
    )
    expect(again.querySelector<HTMLInputElement>('input[value="a"]')!.checked).toBe(true)
    expect(again.querySelector('button[type="submit"]')!.textContent).toBe('Modifier mes réponses')
    const anonymous = render(
      <SurveyForm
        locale="fr"
        survey={survey}
        context={{ ...open, citizen: null, eligibility: 'signInRequired' }}
        query={{}}
        signInHref="/fr/compte/connexion"
      />,
    )
    expect(anonymous.querySelector('form')).toBeNull()
    expect(anonymous.querySelector('a[href="/fr/compte/connexion"]')!.textContent).toBe(
      'Me connecter',
    )
  })

  it('should render results as a count, charts and tables, or why they are hidden', () => {
    const body = render(
      <SurveyResultsView
        locale="fr"
        survey={survey}
        isClosed={false}
        results={{
          total: 4,
          questions: [
            {
              id: 'q1',
              type: 'singleChoice',
              question: 'Quel parc ?',
              answered: 4,
              rows: [
                { id: 'a', label: 'Parc du Lac', count: 3, percent: 75 },
                { id: 'b', label: 'Parc des Pins', count: 1, percent: 25 },
              ],
            },
          ],
        }}
      />,
    )
    expect(body.querySelector('.lead')!.textContent).toBe('4 réponses')
    expect(body.querySelector('svg[role="img"]')).not.toBeNull()
    expect(body.querySelectorAll('table tbody tr')).toHaveLength(2)
    expect(body.textContent).toContain('Les réponses écrites ne sont pas publiées.')
    const hidden = render(
      <SurveyResultsView
        locale="fr"
        survey={{ ...survey, resultsVisibility: 'afterClose' }}
        isClosed={false}
        results={null}
      />,
    )
    expect(hidden.textContent).toBe('Les résultats seront publiés à la fermeture du sondage.')
  })

  it('should thank the resident, with the results link when they may see them', () => {
    const body = render(<SurveyThanks locale="fr" survey={survey} status="updated" canSeeResults />)
    expect(body.querySelector('[role="status"]')!.textContent).toBe(
      'Vos réponses au sondage « Parc à chiens » ont été modifiées.',
    )
    expect(body.querySelector('a[href="/fr/sondages/parc-a-chiens/resultats"]')).not.toBeNull()
    const later = render(
      <SurveyThanks
        locale="en"
        survey={{ ...survey, resultsVisibility: 'afterClose' }}
        status="created"
        canSeeResults={false}
      />,
    )
    expect(later.querySelector('a[href$="/results"]')).toBeNull()
  })

  it('should answer a mini-survey inline when anyone may, and only link to the survey otherwise', () => {
    const anyone = render(
      <MiniSurvey
        locale="fr"
        survey={{ ...survey, answerPolicy: 'anonymous' }}
        csrf="bloc"
        returnTo="/fr/a-propos"
        signInHref="/fr/compte/connexion"
      />,
    )
    const form = anyone.querySelector('form')!
    expect(form.querySelector<HTMLInputElement>('input[name="block"]')!.value).toBe('1')
    expect(form.querySelector<HTMLInputElement>('input[name="returnTo"]')!.value).toBe(
      '/fr/a-propos',
    )
    expect(form.querySelector<HTMLInputElement>('input[name="csrf"]')!.value).toBe('bloc')
    expect(anyone.querySelector('#sondage-7-merci')).not.toBeNull()
    const residents = render(
      <MiniSurvey
        locale="fr"
        survey={survey}
        csrf="bloc"
        returnTo="/fr/a-propos"
        signInHref="/fr/compte/connexion"
      />,
    )
    expect(residents.querySelector('form')).toBeNull()
    expect(residents.querySelector('a[href="/fr/sondages/parc-a-chiens"]')).not.toBeNull()
  })

  it('should list the surveys of Mon dossier with whether each was answered', () => {
    const body = render(
      <SurveysDashboard
        locale="fr"
        surveys={[
          { id: 1, slug: 'un', title: 'Un', answered: true },
          { id: 2, slug: 'deux', title: 'Deux', answered: false },
          { id: 3, slug: 'trois', title: 'Trois', answered: null },
        ]}
      />,
    )
    expect(texts(body, 'li')).toEqual(['Un (répondu)', 'Deux (pas encore répondu)', 'Trois'])
    expect(
      render(<SurveysDashboard locale="en" surveys={[]} />).querySelector('p')!.textContent,
    ).toBe('No survey is open for you at the moment.')
  })
})
