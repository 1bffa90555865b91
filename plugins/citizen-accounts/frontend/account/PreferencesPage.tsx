import { accountTranslator } from '../../i18n/translate'
import type { Choice, FormContext } from './load'
import { actionUrl, HiddenFields } from './parts'

export type PreferencesPageProps = {
  form: FormContext
  /** What the citizen chose: notice kinds (and 'all', 'collection-reminders'), news categories, channels. */
  topics: string[]
  newsTopics: string[]
  channels: string[]
  /** The notice kinds one may subscribe to, in the page's language. */
  noticeTopics: Choice[]
  /** Whether the collection reminder is offered. */
  hasCollectionReminders: boolean
  /** The news categories one may subscribe to; none: no news fieldset. */
  newsTopicChoices: Choice[]
}

/** The "Alertes" page: topics and channels, nothing on until the resident chooses both. */
export const PreferencesPage = ({
  form,
  topics,
  newsTopics,
  channels,
  noticeTopics,
  hasCollectionReminders,
  newsTopicChoices,
}: PreferencesPageProps) => {
  const t = accountTranslator(form.locale)
  const chosen = new Set(topics)
  const chosenNews = new Set(newsTopics)
  const chosenChannels = new Set(channels)
  const isAnyOn = (chosen.size > 0 || chosenNews.size > 0) && chosenChannels.size > 0
  const choices: Choice[] = [
    { value: 'all', label: t('preferences.all') },
    ...noticeTopics,
    ...(hasCollectionReminders
      ? [{ value: 'collection-reminders', label: t('preferences.reminders') }]
      : []),
  ]
  return (
    <>
      <p className="lead">{t('intro.preferences')}</p>
      {!isAnyOn ? <p className="account-message">{t('preferences.noneYet')}</p> : null}
      <form method="post" action={actionUrl(form, 'preferences')} className="account-form">
        <HiddenFields form={form} />
        <fieldset>
          <legend>{t('preferences.topics')}</legend>
          {choices.map((choice) => (
            <label key={choice.value} className="check" htmlFor={`sujet-${choice.value}`}>
              <input
                id={`sujet-${choice.value}`}
                type="checkbox"
                name="topics"
                value={choice.value}
                defaultChecked={chosen.has(choice.value)}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </fieldset>
        {newsTopicChoices.length ? (
          <fieldset aria-describedby="actualites-aide">
            <legend>{t('preferences.newsTopics')}</legend>
            <p id="actualites-aide" className="hint">
              {t('preferences.newsHint')}
            </p>
            {newsTopicChoices.map((topic) => (
              <label key={topic.value} className="check" htmlFor={`actualite-${topic.value}`}>
                <input
                  id={`actualite-${topic.value}`}
                  type="checkbox"
                  name="newsTopics"
                  value={topic.value}
                  defaultChecked={chosenNews.has(topic.value)}
                />
                <span>{topic.label}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <fieldset>
          <legend>{t('preferences.channels')}</legend>
          <label className="check" htmlFor="canal-email">
            <input
              id="canal-email"
              type="checkbox"
              name="channels"
              value="email"
              defaultChecked={chosenChannels.has('email')}
            />
            <span>{t('preferences.email')}</span>
          </label>
          <label className="check" htmlFor="canal-sms">
            <input
              id="canal-sms"
              type="checkbox"
              name="channels"
              value="sms"
              defaultChecked={chosenChannels.has('sms')}
              aria-describedby="canal-sms-aide"
            />
            <span>{t('preferences.sms')}</span>
          </label>
          <p id="canal-sms-aide" className="hint">
            {t('preferences.smsHint')}
          </p>
        </fieldset>
        <button type="submit" className="account-button">
          {t('actions.save')}
        </button>
      </form>
    </>
  )
}
