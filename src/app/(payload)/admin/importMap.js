import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { DateField as DateField_852aadb82651bd1e0fdea0f408ac528f } from '../../../../src/admin/components/DateField'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PublishButton as PublishButton_57805f1576d48478a19a486d46ee6355 } from '../../../../src/admin/components/PublishButton'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { JsonTextarea as JsonTextarea_15879d07bd4c41b4c7256c4aec9fa7d9 } from '../../../../plugins/kit/components/JsonTextarea'
import { ImportAddresses as ImportAddresses_15ff8af0bd50d2a00dd3b9bd27c586cf } from '../../../../collections/Addresses/components/ImportAddresses'
import { LinkToDoc as LinkToDoc_aead06e4cbf6b2620c5c51c9ab283634 } from '@payloadcms/plugin-search/client'
import { ReindexButton as ReindexButton_aead06e4cbf6b2620c5c51c9ab283634 } from '@payloadcms/plugin-search/client'
import { AccountActions as AccountActions_bee5f7189d8ebf7997ba8c2585b8d1dc } from '../../../../plugins/citizen-accounts/components/AccountActions'
import { ReadOnlyData as ReadOnlyData_c15c945decc9676f7e125ccfaeaf9acb } from '../../../../plugins/kit/components/ReadOnlyData'
import { ResultsView as ResultsView_490a072e16b3b423bcf0ea4c55fb74bb } from '../../../../plugins/surveys/components/ResultsView'
import { AssigneeCell as AssigneeCell_7235bf447e2d3b2a6d86de4c802d9be0 } from '../../../../plugins/service-requests/components/AssigneeCell'
import { RequestAnswers as RequestAnswers_b68a73a9efe421e56b62d96baa1a04dc } from '../../../../plugins/service-requests/components/RequestAnswers'
import { RequestPhotosPanel as RequestPhotosPanel_09a0e4def6dfbccf4d2153df07d668de } from '../../../../plugins/service-requests/components/RequestPhotosPanel'
import { RequestHistory as RequestHistory_f2dbae149491d0596cb9901e542e41db } from '../../../../plugins/service-requests/components/RequestHistory'
import { QuickFilters as QuickFilters_a441187f7ea74faf9f2e879e64caf060 } from '../../../../plugins/service-requests/components/QuickFilters'
import { ApiKeyPanel as ApiKeyPanel_7fbe65eaeebb92da7970a5e388383b1b } from '../../../../plugins/service-requests/components/ApiKeyPanel'
import { ModerationQueue as ModerationQueue_bb3edc26302a93329ec89a1504d80e43 } from '../../../../plugins/petitions/components/ModerationQueue'
import { PaperEntryView as PaperEntryView_858ba6f56ea31b8ea67646da5f0661fd } from '../../../../plugins/petitions/components/PaperEntryView'
import { BurstsView as BurstsView_32ef5073044eba250604ab295aa2ab06 } from '../../../../plugins/petitions/components/BurstsView'
import { StaffDashboard as StaffDashboard_c8430095b28b63f05ef778afc7469227 } from '../../../../plugins/service-requests/components/StaffDashboard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/components/DateField#DateField": DateField_852aadb82651bd1e0fdea0f408ac528f,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/src/admin/components/PublishButton#PublishButton": PublishButton_57805f1576d48478a19a486d46ee6355,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/plugins/kit/components/JsonTextarea#JsonTextarea": JsonTextarea_15879d07bd4c41b4c7256c4aec9fa7d9,
  "/collections/Addresses/components/ImportAddresses#ImportAddresses": ImportAddresses_15ff8af0bd50d2a00dd3b9bd27c586cf,
  "@payloadcms/plugin-search/client#LinkToDoc": LinkToDoc_aead06e4cbf6b2620c5c51c9ab283634,
  "@payloadcms/plugin-search/client#ReindexButton": ReindexButton_aead06e4cbf6b2620c5c51c9ab283634,
  "/plugins/citizen-accounts/components/AccountActions#AccountActions": AccountActions_bee5f7189d8ebf7997ba8c2585b8d1dc,
  "/plugins/kit/components/ReadOnlyData#ReadOnlyData": ReadOnlyData_c15c945decc9676f7e125ccfaeaf9acb,
  "/plugins/surveys/components/ResultsView#ResultsView": ResultsView_490a072e16b3b423bcf0ea4c55fb74bb,
  "/plugins/service-requests/components/AssigneeCell#AssigneeCell": AssigneeCell_7235bf447e2d3b2a6d86de4c802d9be0,
  "/plugins/service-requests/components/RequestAnswers#RequestAnswers": RequestAnswers_b68a73a9efe421e56b62d96baa1a04dc,
  "/plugins/service-requests/components/RequestPhotosPanel#RequestPhotosPanel": RequestPhotosPanel_09a0e4def6dfbccf4d2153df07d668de,
  "/plugins/service-requests/components/RequestHistory#RequestHistory": RequestHistory_f2dbae149491d0596cb9901e542e41db,
  "/plugins/service-requests/components/QuickFilters#QuickFilters": QuickFilters_a441187f7ea74faf9f2e879e64caf060,
  "/plugins/service-requests/components/ApiKeyPanel#ApiKeyPanel": ApiKeyPanel_7fbe65eaeebb92da7970a5e388383b1b,
  "/plugins/petitions/components/ModerationQueue#ModerationQueue": ModerationQueue_bb3edc26302a93329ec89a1504d80e43,
  "/plugins/petitions/components/PaperEntryView#PaperEntryView": PaperEntryView_858ba6f56ea31b8ea67646da5f0661fd,
  "/plugins/petitions/components/BurstsView#BurstsView": BurstsView_32ef5073044eba250604ab295aa2ab06,
  "/plugins/service-requests/components/StaffDashboard#StaffDashboard": StaffDashboard_c8430095b28b63f05ef778afc7469227,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
