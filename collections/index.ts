import { Addresses } from './Addresses'
import { Departments } from './Departments'
import { Media } from './Media'
import { Sectors } from './Sectors'
import { Users } from './Users'
import { SiteSettings } from './globals/SiteSettings'

export const collections = [Users, Departments, Sectors, Addresses, Media]
export const globals = [SiteSettings]
