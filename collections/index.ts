import { Addresses } from './Addresses'
import { Departments } from './Departments'
import { Events } from './Events'
import { Media } from './Media'
import { News } from './News'
import { Notices } from './Notices'
import { Pages } from './Pages'
import { CollectionSchedules, SnowOperations, WateringRules } from './Schedules'
import { Sectors } from './Sectors'
import { Services } from './Services'
import { Users } from './Users'
import { SiteSettings } from './globals/SiteSettings'

export const collections = [
  News,
  Notices,
  Events,
  Services,
  Pages,
  CollectionSchedules,
  WateringRules,
  SnowOperations,
  Media,
  Sectors,
  Addresses,
  Departments,
  Users,
]
export const globals = [SiteSettings]
