import * as migration_20261121_181003_initial from './20261121_181003_initial'
import * as migration_20261121_194859_locales_parent_index from './20261121_194859_locales_parent_index'
import * as migration_20261121_203013_requests_workflow from './20261121_203013_requests_workflow'
import * as migration_20261121_210106_status_comment from './20261121_210106_status_comment'
import * as migration_20261121_210548_adoption_organisation_optional from './20261121_210548_adoption_organisation_optional'
import * as migration_20261121_231506_public_changes_and_image_sizes from './20261121_231506_public_changes_and_image_sizes'
import * as migration_20261130_202638_rate_limits_no_account_lock from './20261130_202638_rate_limits_no_account_lock'
import * as migration_20261130_205120_forgot_password_interval_off from './20261130_205120_forgot_password_interval_off'
import * as migration_20261130_210151_job_leases_and_consent_record from './20261130_210151_job_leases_and_consent_record'
import * as migration_20261201_020048_product_review from './20261201_020048_product_review'
import * as migration_20261201_022900_request_titles from './20261201_022900_request_titles'
import * as migration_20261201_050434_public_identity from './20261201_050434_public_identity'
import * as migration_20261201_114757_issue13_follow_questions_open_data from './20261201_114757_issue13_follow_questions_open_data'

export const migrations = [
  {
    up: migration_20261121_181003_initial.up,
    down: migration_20261121_181003_initial.down,
    name: '20261121_181003_initial',
  },
  {
    up: migration_20261121_194859_locales_parent_index.up,
    down: migration_20261121_194859_locales_parent_index.down,
    name: '20261121_194859_locales_parent_index',
  },
  {
    up: migration_20261121_203013_requests_workflow.up,
    down: migration_20261121_203013_requests_workflow.down,
    name: '20261121_203013_requests_workflow',
  },
  {
    up: migration_20261121_210106_status_comment.up,
    down: migration_20261121_210106_status_comment.down,
    name: '20261121_210106_status_comment',
  },
  {
    up: migration_20261121_210548_adoption_organisation_optional.up,
    down: migration_20261121_210548_adoption_organisation_optional.down,
    name: '20261121_210548_adoption_organisation_optional',
  },
  {
    up: migration_20261121_231506_public_changes_and_image_sizes.up,
    down: migration_20261121_231506_public_changes_and_image_sizes.down,
    name: '20261121_231506_public_changes_and_image_sizes',
  },
  {
    up: migration_20261130_202638_rate_limits_no_account_lock.up,
    down: migration_20261130_202638_rate_limits_no_account_lock.down,
    name: '20261130_202638_rate_limits_no_account_lock',
  },
  {
    up: migration_20261130_205120_forgot_password_interval_off.up,
    down: migration_20261130_205120_forgot_password_interval_off.down,
    name: '20261130_205120_forgot_password_interval_off',
  },
  {
    up: migration_20261130_210151_job_leases_and_consent_record.up,
    down: migration_20261130_210151_job_leases_and_consent_record.down,
    name: '20261130_210151_job_leases_and_consent_record',
  },
  {
    up: migration_20261201_020048_product_review.up,
    down: migration_20261201_020048_product_review.down,
    name: '20261201_020048_product_review',
  },
  {
    up: migration_20261201_022900_request_titles.up,
    down: migration_20261201_022900_request_titles.down,
    name: '20261201_022900_request_titles',
  },
  {
    up: migration_20261201_050434_public_identity.up,
    down: migration_20261201_050434_public_identity.down,
    name: '20261201_050434_public_identity',
  },
  {
    up: migration_20261201_114757_issue13_follow_questions_open_data.up,
    down: migration_20261201_114757_issue13_follow_questions_open_data.down,
    name: '20261201_114757_issue13_follow_questions_open_data',
  },
]
