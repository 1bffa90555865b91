import * as migration_20261123_193250_initial from './20261123_193250_initial';
import * as migration_20261123_204523_content from './20261123_204523_content';
import * as migration_20261123_221410_citizens_accounts from './20261123_221410_citizens_accounts';
import * as migration_20261123_223633_citizens_retention from './20261123_223633_citizens_retention';
import * as migration_20261123_224204_citizens_alerts from './20261123_224204_citizens_alerts';
import * as migration_20261123_230235_requests_model from './20261123_230235_requests_model';
import * as migration_20261123_231753_requests_photos from './20261123_231753_requests_photos';

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
    up: migration_20261123_230235_requests_model.up,
    down: migration_20261123_230235_requests_model.down,
    name: '20261123_230235_requests_model',
  },
  {
    up: migration_20261123_231753_requests_photos.up,
    down: migration_20261123_231753_requests_photos.down,
    name: '20261123_231753_requests_photos'
  },
];
