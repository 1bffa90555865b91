import * as migration_20261123_193250_initial from './20261123_193250_initial';
import * as migration_20261123_204523_content from './20261123_204523_content';
import * as migration_20261123_221020_search_fulltext from './20261123_221020_search_fulltext';

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
    name: '20261123_221020_search_fulltext'
  },
];
