import * as migration_20261123_193250_initial from './20261123_193250_initial';

export const migrations = [
  {
    up: migration_20261123_193250_initial.up,
    down: migration_20261123_193250_initial.down,
    name: '20261123_193250_initial'
  },
];
