import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../types'
import { alertConfirmEndpoint, alertSignupEndpoint } from './alertSignup'
import { changePasswordEndpoint } from './changePassword'
import { forgotPasswordEndpoint } from './forgotPassword'
import { householdAddEndpoint, householdRemoveEndpoint } from './household'
import { loginEndpoint } from './login'
import { logoutEndpoint } from './logout'
import { preferencesEndpoint } from './preferences'
import { deleteAccountEndpoint, exportDataEndpoint } from './privacy'
import { addressEndpoint, profileEndpoint } from './profile'
import { registerEndpoint } from './register'
import { resetPasswordEndpoint } from './resetPassword'
import { verifyEndpoint } from './verify'

/** Every form of "Mon dossier" posts to one of these (under /api). */
export const accountEndpoints = (options: ResolvedOptions): Endpoint[] => [
  registerEndpoint(options),
  loginEndpoint(options),
  logoutEndpoint(options, { everywhere: false }),
  logoutEndpoint(options, { everywhere: true }),
  verifyEndpoint(options),
  forgotPasswordEndpoint(options),
  resetPasswordEndpoint(options),
  changePasswordEndpoint(options),
  profileEndpoint(options),
  addressEndpoint(options),
  householdAddEndpoint(options),
  householdRemoveEndpoint(options),
  preferencesEndpoint(options),
  exportDataEndpoint(options),
  deleteAccountEndpoint(options),
  alertSignupEndpoint(options),
  alertConfirmEndpoint(options),
]
