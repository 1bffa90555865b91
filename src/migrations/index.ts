import { activitiesMigrations } from '@plugins/activities'
import { citizenAccountsMigrations } from '@plugins/citizen-accounts'
import { petitionsMigrations } from '@plugins/petitions'
import { serviceRequestsMigrations } from '@plugins/service-requests'

import * as migration_20261123_193250_initial from './20261123_193250_initial'
import * as migration_20261123_204523_content from './20261123_204523_content'
import * as migration_20261123_221020_search_fulltext from './20261123_221020_search_fulltext'
import * as migration_20261123_221410_citizens_accounts from './20261123_221410_citizens_accounts'
import * as migration_20261123_223633_citizens_retention from './20261123_223633_citizens_retention'
import * as migration_20261123_224204_citizens_alerts from './20261123_224204_citizens_alerts'
import * as migration_20261123_230031_citizens_alert_signups from './20261123_230031_citizens_alert_signups'
import * as migration_20261123_230235_requests_model from './20261123_230235_requests_model'
import * as migration_20261123_230659_surveys from './20261123_230659_surveys'
import * as migration_20261123_231308_citizens_audit from './20261123_231308_citizens_audit'
import * as migration_20261123_231753_requests_photos from './20261123_231753_requests_photos'
import * as migration_20261123_231844_surveys_block from './20261123_231844_surveys_block'
import * as migration_20261123_232415_citizens_reminders from './20261123_232415_citizens_reminders'
import * as migration_20261124_010000_requests_followers from './20261124_010000_requests_followers'
import * as migration_20261124_010257_requests_open311_clients from './20261124_010257_requests_open311_clients'
import * as migration_20261124_010344_citizens_news_alerts from './20261124_010344_citizens_news_alerts'
import * as migration_20261124_010905_requests_staff from './20261124_010905_requests_staff'
import * as migration_20261203_093039_staff_powers from './20261203_093039_staff_powers'
import * as migration_20261203_092951_requests_open311_scope from './20261203_092951_requests_open311_scope'
import * as migration_20261203_093457_surveys_audit from './20261203_093457_surveys_audit'
import * as migration_20261203_093447_requests_drafts_sent from './20261203_093447_requests_drafts_sent'
import * as migration_20261203_094812_accounts_no_lock from './20261203_094812_accounts_no_lock'
import * as migration_20261203_124935_service_request_type from './20261203_124935_service_request_type'
import * as migration_20261203_132122_storage_fields from './20261203_132122_storage_fields'
import * as migration_20261207_173743_petitions from './20261207_173743_petitions'
import * as migration_20261207_175404_petitions_close_job from './20261207_175404_petitions_close_job'
import * as migration_20261207_180230_petitions_anonymise_job from './20261207_180230_petitions_anonymise_job'
import * as migration_20261207_225400_petition_signature_fields from './20261207_225400_petition_signature_fields'
import * as migration_20261207_232403_petition_audit from './20261207_232403_petition_audit'
import * as migration_20261207_232951_petition_supports_outcomes from './20261207_232951_petition_supports_outcomes'
import * as migration_20261207_233426_petition_visitors from './20261207_233426_petition_visitors'
import * as migration_20261207_234456_activities from './20261207_234456_activities'
import * as migration_20261208_002556_activities_payments_cancellations from './20261208_002556_activities_payments_cancellations'

export const migrations = [
  {
    up: migration_20261123_193250_initial.up,
    down: migration_20261123_193250_initial.down,
    name: '20261123_193250_initial',
  },
  {
    up: migration_20261123_204523_content.up,
    down: migration_20261123_204523_content.down,
    name: '20261123_204523_content',
  },
  {
    up: migration_20261123_221020_search_fulltext.up,
    down: migration_20261123_221020_search_fulltext.down,
    name: '20261123_221020_search_fulltext',
  },
  {
    up: migration_20261123_221410_citizens_accounts.up,
    down: migration_20261123_221410_citizens_accounts.down,
    name: '20261123_221410_citizens_accounts',
  },
  {
    up: migration_20261123_223633_citizens_retention.up,
    down: migration_20261123_223633_citizens_retention.down,
    name: '20261123_223633_citizens_retention',
  },
  {
    up: migration_20261123_224204_citizens_alerts.up,
    down: migration_20261123_224204_citizens_alerts.down,
    name: '20261123_224204_citizens_alerts',
  },
  {
    up: migration_20261123_230031_citizens_alert_signups.up,
    down: migration_20261123_230031_citizens_alert_signups.down,
    name: '20261123_230031_citizens_alert_signups',
  },
  {
    up: migration_20261123_230235_requests_model.up,
    down: migration_20261123_230235_requests_model.down,
    name: '20261123_230235_requests_model',
  },
  {
    up: migration_20261123_230659_surveys.up,
    down: migration_20261123_230659_surveys.down,
    name: '20261123_230659_surveys',
  },
  {
    up: migration_20261123_231308_citizens_audit.up,
    down: migration_20261123_231308_citizens_audit.down,
    name: '20261123_231308_citizens_audit',
  },
  {
    up: migration_20261123_231753_requests_photos.up,
    down: migration_20261123_231753_requests_photos.down,
    name: '20261123_231753_requests_photos',
  },
  {
    up: migration_20261123_231844_surveys_block.up,
    down: migration_20261123_231844_surveys_block.down,
    name: '20261123_231844_surveys_block',
  },
  {
    up: migration_20261123_232415_citizens_reminders.up,
    down: migration_20261123_232415_citizens_reminders.down,
    name: '20261123_232415_citizens_reminders',
  },
  {
    up: migration_20261124_010000_requests_followers.up,
    down: migration_20261124_010000_requests_followers.down,
    name: '20261124_010000_requests_followers',
  },
  {
    up: migration_20261124_010257_requests_open311_clients.up,
    down: migration_20261124_010257_requests_open311_clients.down,
    name: '20261124_010257_requests_open311_clients',
  },
  {
    up: migration_20261124_010344_citizens_news_alerts.up,
    down: migration_20261124_010344_citizens_news_alerts.down,
    name: '20261124_010344_citizens_news_alerts',
  },
  {
    up: migration_20261124_010905_requests_staff.up,
    down: migration_20261124_010905_requests_staff.down,
    name: '20261124_010905_requests_staff',
  },
  {
    up: migration_20261203_093039_staff_powers.up,
    down: migration_20261203_093039_staff_powers.down,
    name: '20261203_093039_staff_powers',
  },
  {
    up: migration_20261203_092951_requests_open311_scope.up,
    down: migration_20261203_092951_requests_open311_scope.down,
    name: '20261203_092951_requests_open311_scope',
  },
  {
    up: migration_20261203_093457_surveys_audit.up,
    down: migration_20261203_093457_surveys_audit.down,
    name: '20261203_093457_surveys_audit',
  },
  {
    up: migration_20261203_093447_requests_drafts_sent.up,
    down: migration_20261203_093447_requests_drafts_sent.down,
    name: '20261203_093447_requests_drafts_sent',
  },
  {
    up: migration_20261203_094812_accounts_no_lock.up,
    down: migration_20261203_094812_accounts_no_lock.down,
    name: '20261203_094812_accounts_no_lock',
  },
  {
    up: migration_20261203_124935_service_request_type.up,
    down: migration_20261203_124935_service_request_type.down,
    name: '20261203_124935_service_request_type',
  },
  {
    up: migration_20261203_132122_storage_fields.up,
    down: migration_20261203_132122_storage_fields.down,
    name: '20261203_132122_storage_fields',
  },
  {
    up: migration_20261207_173743_petitions.up,
    down: migration_20261207_173743_petitions.down,
    name: '20261207_173743_petitions',
  },
  {
    up: migration_20261207_175404_petitions_close_job.up,
    down: migration_20261207_175404_petitions_close_job.down,
    name: '20261207_175404_petitions_close_job',
  },
  {
    up: migration_20261207_180230_petitions_anonymise_job.up,
    down: migration_20261207_180230_petitions_anonymise_job.down,
    name: '20261207_180230_petitions_anonymise_job',
  },
  {
    up: migration_20261207_225400_petition_signature_fields.up,
    down: migration_20261207_225400_petition_signature_fields.down,
    name: '20261207_225400_petition_signature_fields',
  },
  {
    up: migration_20261207_232403_petition_audit.up,
    down: migration_20261207_232403_petition_audit.down,
    name: '20261207_232403_petition_audit',
  },
  {
    up: migration_20261207_232951_petition_supports_outcomes.up,
    down: migration_20261207_232951_petition_supports_outcomes.down,
    name: '20261207_232951_petition_supports_outcomes',
  },
  {
    up: migration_20261207_233426_petition_visitors.up,
    down: migration_20261207_233426_petition_visitors.down,
    name: '20261207_233426_petition_visitors',
  },
  {
    up: migration_20261207_234456_activities.up,
    down: migration_20261207_234456_activities.down,
    name: '20261207_234456_activities',
  },
  {
    up: migration_20261208_002556_activities_payments_cancellations.up,
    down: migration_20261208_002556_activities_payments_cancellations.down,
    name: '20261208_002556_activities_payments_cancellations',
  },
  // The plugins' own SQL, outside their collections (kept when `payload migrate:create` rewrites
  // this list: add it back last). Idempotent: the older migrations above created the same objects.
  ...citizenAccountsMigrations(),
  ...serviceRequestsMigrations(),
  // After the migration that creates the petitions' table, which its counters refer to.
  ...petitionsMigrations(),
  // After the migration that creates the activities' sessions, which the places counter refers to.
  ...activitiesMigrations(),
]
