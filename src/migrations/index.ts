import * as migration_20261121_181003_initial from './20261121_181003_initial'

export const migrations = [
  {
    up: migration_20261121_181003_initial.up,
    down: migration_20261121_181003_initial.down,
    name: '20261121_181003_initial',
  },
]
