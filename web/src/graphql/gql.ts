/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment UserErrorFields on UserError { code field message }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo { hasNextPage endCursor }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  fragment NetworkFields on Network { id slug name defaultLocale }\n": typeof types.NetworkFieldsFragmentDoc,
    "\n  fragment ViewerFields on Member { id displayName email role status network { ...NetworkFields } }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  fragment NotificationFields on Notification { id kind title body createdAt readAt }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Network($slug: String!) { network(slug: $slug) { ...NetworkFields } }\n": typeof types.NetworkDocument,
    "\n  query Viewer { me { ...ViewerFields } }\n": typeof types.ViewerDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    me {\n      id\n      notifications(first: $first, after: $after) {\n        edges { cursor node { ...NotificationFields } }\n        pageInfo { ...PageInfoFields }\n        totalCount\n        unreadCount\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription NotificationAdded { notificationAdded { ...NotificationFields } }\n": typeof types.NotificationAddedDocument,
    "\n  query PendingMembers($first: Int!, $after: String) {\n    pendingMembers(first: $first, after: $after) {\n      edges { cursor node { id displayName email emailVerified createdAt referredBy { id displayName } registrationAnswers { ...RegistrationAnswerFields } } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n": typeof types.PendingMembersDocument,
    "\n  mutation Register($input: RegisterInput!) { register(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } } }\n": typeof types.RegisterDocument,
    "\n  fragment SignInNetworkChoiceFields on SignInNetworkChoice { ticket networks { displayName status network { slug name } } }\n": typeof types.SignInNetworkChoiceFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } networkChoice { ...SignInNetworkChoiceFields } }\n  }\n": typeof types.SignInDocument,
    "\n  query SignInNetworkChoice($ticket: String!) { signInNetworkChoice(ticket: $ticket) { ...SignInNetworkChoiceFields } }\n": typeof types.SignInNetworkChoiceDocument,
    "\n  mutation ChooseSignInNetwork($input: ChooseSignInNetworkInput!) {\n    chooseSignInNetwork(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } }\n  }\n": typeof types.ChooseSignInNetworkDocument,
    "\n  mutation RenewAccessToken($input: RenewAccessTokenInput!) { renewAccessToken(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } } }\n": typeof types.RenewAccessTokenDocument,
    "\n  mutation ApproveMembership($input: ApproveMembershipInput!) {\n    approveMembership(input: $input) { member { id status } errors { ...UserErrorFields } }\n  }\n": typeof types.ApproveMembershipDocument,
    "\n  mutation RejectMembership($input: RejectMembershipInput!) {\n    rejectMembership(input: $input) { member { id status } errors { ...UserErrorFields } }\n  }\n": typeof types.RejectMembershipDocument,
    "\n  mutation DecideMemberships($input: DecideMembershipsInput!) {\n    decideMemberships(input: $input) { members { id status } errors { ...UserErrorFields } }\n  }\n": typeof types.DecideMembershipsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { unreadCount errors { ...UserErrorFields } }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment AccountEmailPayloadFields on AccountEmailPayload { email pendingEmail emailVerified errors { ...UserErrorFields } }\n": typeof types.AccountEmailPayloadFieldsFragmentDoc,
    "\n  query AccountEmail { me { id email emailVerified pendingEmail } }\n": typeof types.AccountEmailDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) { emailVerified accessToken member { ...ViewerFields } errors { ...UserErrorFields } }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail { resendVerificationEmail { sent errors { ...UserErrorFields } } }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { errors { ...UserErrorFields } } }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { passwordChanged networkSlug errors { ...UserErrorFields } } }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { passwordChanged errors { ...UserErrorFields } } }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) { changeEmail(input: $input) { ...AccountEmailPayloadFields } }\n": typeof types.ChangeEmailDocument,
    "\n  mutation CancelEmailChange { cancelEmailChange { ...AccountEmailPayloadFields } }\n": typeof types.CancelEmailChangeDocument,
    "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) { confirmEmailChange(input: $input) { ...AccountEmailPayloadFields } }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  query FoundedCompanies($memberId: ID!) {\n    profile(memberId: $memberId) { memberId foundedCompanies { id name industry stage url description foundedYear } }\n  }\n": typeof types.FoundedCompaniesDocument,
    "\n  fragment AdminMemberListFields on AdminMember {\n    id status email lastSignInAt signInCount lineLinked joinedAt tags { id name color }\n    profile { memberId displayName nameKana entryYear department employer location }\n  }\n": typeof types.AdminMemberListFieldsFragmentDoc,
    "\n  fragment AdminMemberDetailFields on AdminMember {\n    id status email externalId lastSignInAt signInCount lineLinked joinedAt registrationAnswers tags { id name color }\n    profile {\n      memberId displayName nameKana nameRomaji headline photoUrl entryYear leaveYear department employer jobTitle industry location bio\n      skills interests links { label url } contactEmail phone customFields { fieldId label displayText }\n    }\n  }\n": typeof types.AdminMemberDetailFieldsFragmentDoc,
    "\n  fragment TagFields on Tag { id name color rule ruleAppliesToNewcomers memberCount }\n": typeof types.TagFieldsFragmentDoc,
    "\n  fragment SegmentFields on Segment { id name description filter memberCount }\n": typeof types.SegmentFieldsFragmentDoc,
    "query AdminMembers($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n  adminMembers(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { ...PageInfoFields } edges { cursor node { ...AdminMemberListFields } } }\n}": typeof types.AdminMembersDocument,
    "query AdminMember($id: ID!) { adminMember(id: $id) { ...AdminMemberDetailFields } }": typeof types.AdminMemberDocument,
    "query Tags { tags(first: 200) { totalCount edges { node { ...TagFields } } } }": typeof types.TagsDocument,
    "mutation CreateTag($input: CreateTagInput!) { createTag(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }": typeof types.CreateTagDocument,
    "mutation UpdateTag($input: UpdateTagInput!) { updateTag(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }": typeof types.UpdateTagDocument,
    "mutation MergeTags($input: MergeTagsInput!) { mergeTags(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }": typeof types.MergeTagsDocument,
    "mutation DeleteTag($input: TagIdInput!) { deleteTag(input: $input) { deletedTagId errors { ...UserErrorFields } } }": typeof types.DeleteTagDocument,
    "mutation BulkTagMembers($input: BulkTagMembersInput!) { bulkTagMembers(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }": typeof types.BulkTagMembersDocument,
    "query Segments { segments(first: 200) { totalCount edges { node { ...SegmentFields } } } }": typeof types.SegmentsDocument,
    "query SegmentPreview($filter: DirectoryFilter!, $first: Int) { segmentPreview(filter: $filter, first: $first) { count members { ...AdminMemberListFields } } }": typeof types.SegmentPreviewDocument,
    "mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { segment { ...SegmentFields } errors { ...UserErrorFields } } }": typeof types.CreateSegmentDocument,
    "mutation UpdateSegment($input: UpdateSegmentInput!) { updateSegment(input: $input) { segment { ...SegmentFields } errors { ...UserErrorFields } } }": typeof types.UpdateSegmentDocument,
    "mutation DeleteSegment($input: DeleteSegmentInput!) { deleteSegment(input: $input) { deletedSegmentId errors { ...UserErrorFields } } }": typeof types.DeleteSegmentDocument,
    "\n  fragment RosterImportProgressFields on RosterImport {\n    id fileName status totalRows processedRows createdRows updatedRows unchangedRows failedRows failure rowErrorCount\n    rowErrors(first: 200) { row column field code params message }\n  }\n": typeof types.RosterImportProgressFieldsFragmentDoc,
    "\n  query RosterImportSetup($id: ID!) {\n    rosterImport(id: $id) { ...RosterImportProgressFields columns sample suggestedMapping { column target } suggestedMatchBy }\n    rosterImportTargets { target kind label choices }\n  }\n": typeof types.RosterImportSetupDocument,
    "\n  query RosterImportProgress($id: ID!) { rosterImport(id: $id) { ...RosterImportProgressFields } }\n": typeof types.RosterImportProgressDocument,
    "\n  mutation PreviewRosterImport($input: PreviewRosterImportInput!) {\n    previewRosterImport(input: $input) {\n      preview { toCreate toUpdate unchanged failed rowErrorCount rowErrors { row column field code params message } newTags }\n      errors { ...UserErrorFields }\n    }\n  }\n": typeof types.PreviewRosterImportDocument,
    "\n  mutation RunRosterImport($input: RunRosterImportInput!) { runRosterImport(input: $input) { rosterImport { ...RosterImportProgressFields } errors { ...UserErrorFields } } }\n": typeof types.RunRosterImportDocument,
    "\n  fragment CompanyFields on Company {\n    id name industry stage url description foundedYear founderProfile { memberId displayName photoUrl } viewerMayEdit viewerMayRemove\n  }\n": typeof types.CompanyFieldsFragmentDoc,
    "\n  query AlumniCompanies($filter: CompanyFilter, $sort: CompanySort, $first: Int, $after: String) {\n    alumniCompanies(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { ...CompanyFields } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n": typeof types.AlumniCompaniesDocument,
    "\n  query AlumniCompanyIndustries { alumniCompanyIndustries }\n": typeof types.AlumniCompanyIndustriesDocument,
    "\n  mutation AddCompany($input: AddCompanyInput!) { addCompany(input: $input) { company { ...CompanyFields } errors { ...UserErrorFields } } }\n": typeof types.AddCompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { ...CompanyFields } errors { ...UserErrorFields } } }\n": typeof types.UpdateCompanyDocument,
    "\n  mutation RemoveCompany($input: RemoveCompanyInput!) { removeCompany(input: $input) { removedCompanyId errors { ...UserErrorFields } } }\n": typeof types.RemoveCompanyDocument,
    "\n  query PeopleYouMayKnow($first: Int) {\n    peopleYouMayKnow(first: $first) { member { id } profile { memberId displayName headline photoUrl } reasons { kind values } }\n  }\n": typeof types.PeopleYouMayKnowDocument,
    "\n  mutation DismissSuggestion($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { dismissedMemberId errors { ...UserErrorFields } } }\n": typeof types.DismissSuggestionDocument,
    "\n  query Directory($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n    directory(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { memberId displayName nameKana nameRomaji headline photoUrl entryYear department employer jobTitle location skills } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n      fuzzy\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query DirectoryFacets {\n    directoryFacets {\n      departments { value count }\n      employers { value count }\n      industries { value count }\n      locations { value count }\n      entryYears { value count }\n      skills { value count }\n    }\n  }\n": typeof types.DirectoryFacetsDocument,
    "\n  mutation RemoveMyPhoto { removeMyPhoto { profile { memberId photoUrl thumbnailUrl } errors { ...UserErrorFields } } }\n": typeof types.RemoveMyPhotoDocument,
    "\n  fragment ProfileFields on Profile {\n    memberId displayName nameKana nameRomaji headline photoUrl entryYear leaveYear department employer jobTitle industry location bio\n    skills interests links { label url } contactEmail phone customFields { fieldId key label type value values displayText }\n    contactVisibility { contactEmail phone links } email registrationAnswers { key values }\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  fragment CustomFieldFields on CustomField { id key label type options { value label } helpText visibility position archivedAt }\n": typeof types.CustomFieldFieldsFragmentDoc,
    "\n  fragment ProfileFieldSettingFields on ProfileFieldSetting { field visibility decidedBy changeable searchable }\n": typeof types.ProfileFieldSettingFieldsFragmentDoc,
    "\n  fragment ProfileFieldDescriptionFields on ProfileFieldDescription {\n    key standard customFieldId label helpText kind multi maxLength maxItems min max options { value label }\n    visibility decidedBy visibilityOptions searchable filter filterArgument importable\n  }\n": typeof types.ProfileFieldDescriptionFieldsFragmentDoc,
    "\n  query ProfileFields { profileFields { ...ProfileFieldDescriptionFields } }\n": typeof types.ProfileFieldsDocument,
    "\n  query MemberProfile($memberId: ID!) {\n    profile(memberId: $memberId) { ...ProfileFields }\n    profileFields { ...ProfileFieldDescriptionFields }\n  }\n": typeof types.MemberProfileDocument,
    "\n  query MyProfile {\n    myProfile { ...ProfileFields }\n    profileFields { ...ProfileFieldDescriptionFields }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { profile { ...ProfileFields } errors { ...UserErrorFields } } }\n": typeof types.UpdateMyProfileDocument,
    "\n  query FieldAdmin {\n    customFields(includeArchived: true) { ...CustomFieldFields }\n    profileFieldSettings { ...ProfileFieldSettingFields }\n  }\n": typeof types.FieldAdminDocument,
    "\n  mutation SetProfileFieldVisibility($input: SetProfileFieldVisibilityInput!) {\n    setProfileFieldVisibility(input: $input) { setting { ...ProfileFieldSettingFields } errors { ...UserErrorFields } }\n  }\n": typeof types.SetProfileFieldVisibilityDocument,
    "\n  mutation CreateCustomField($input: CreateCustomFieldInput!) { createCustomField(input: $input) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n": typeof types.CreateCustomFieldDocument,
    "\n  mutation UpdateCustomField($input: UpdateCustomFieldInput!) { updateCustomField(input: $input) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n": typeof types.UpdateCustomFieldDocument,
    "\n  mutation ReorderCustomFields($input: ReorderCustomFieldsInput!) { reorderCustomFields(input: $input) { fields { id position } errors { ...UserErrorFields } } }\n": typeof types.ReorderCustomFieldsDocument,
    "\n  mutation ArchiveCustomField($id: ID!) { archiveCustomField(id: $id) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n": typeof types.ArchiveCustomFieldDocument,
    "\n  mutation RestoreCustomField($id: ID!) { restoreCustomField(id: $id) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n": typeof types.RestoreCustomFieldDocument,
    "\n  fragment FeedMemberFields on Member { id displayName profile { photoUrl } }\n": typeof types.FeedMemberFieldsFragmentDoc,
    "\n  fragment FeedPostFields on Post { id body hashtags links createdAt editedAt author { ...FeedMemberFields } mentions { id displayName } }\n": typeof types.FeedPostFieldsFragmentDoc,
    "\n  fragment FeedItemFields on FeedItem {\n    id kind title excerpt linkPath audience publishedAt pinned hiddenByModerators reactionCount commentCount viewerLiked\n    actor { ...FeedMemberFields }\n    subject { typename id }\n    post { ...FeedPostFields }\n  }\n": typeof types.FeedItemFieldsFragmentDoc,
    "\n  fragment FeedCommentFields on FeedComment {\n    id feedItemId replyToCommentId body createdAt editedAt replyCount author { ...FeedMemberFields } mentions { id displayName }\n  }\n": typeof types.FeedCommentFieldsFragmentDoc,
    "\n  query Feed($order: FeedOrder!, $first: Int!, $after: String) {\n    feed(order: $order, first: $first, after: $after) {\n      edges { cursor node { ...FeedItemFields } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": typeof types.FeedDocument,
    "\n  query Hashtag($tag: String!, $first: Int!, $after: String) {\n    hashtag(tag: $tag, first: $first, after: $after) {\n      edges { cursor node { ...FeedItemFields } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": typeof types.HashtagDocument,
    "\n  query FeedItem($id: ID!) { feedItem(id: $id) { ...FeedItemFields } }\n": typeof types.FeedItemDocument,
    "\n  query FeedComments($feedItemId: ID!, $first: Int!, $after: String, $repliesFirst: Int!, $repliesAfter: String) {\n    feedItem(id: $feedItemId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...FeedCommentFields\n            replies(first: $repliesFirst, after: $repliesAfter) { edges { cursor node { ...FeedCommentFields } } pageInfo { ...PageInfoFields } }\n          }\n        }\n        pageInfo { ...PageInfoFields }\n      }\n    }\n  }\n": typeof types.FeedCommentsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { post { id } errors { ...UserErrorFields } } }\n": typeof types.CreatePostDocument,
    "\n  mutation EditPost($input: EditPostInput!) { editPost(input: $input) { post { ...FeedPostFields } errors { ...UserErrorFields } } }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($input: DeletePostInput!) { deletePost(input: $input) { deletedPostId errors { ...UserErrorFields } } }\n": typeof types.DeletePostDocument,
    "\n  mutation LikeFeedItem($input: FeedItemInput!) { likeFeedItem(input: $input) { feedItem { id reactionCount viewerLiked } errors { ...UserErrorFields } } }\n": typeof types.LikeFeedItemDocument,
    "\n  mutation UnlikeFeedItem($input: FeedItemInput!) { unlikeFeedItem(input: $input) { feedItem { id reactionCount viewerLiked } errors { ...UserErrorFields } } }\n": typeof types.UnlikeFeedItemDocument,
    "\n  mutation AddComment($input: AddCommentInput!) { addComment(input: $input) { comment { ...FeedCommentFields } errors { ...UserErrorFields } } }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) { editComment(input: $input) { comment { ...FeedCommentFields } errors { ...UserErrorFields } } }\n": typeof types.EditCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) { deleteComment(input: $input) { comment { id } errors { ...UserErrorFields } } }\n": typeof types.DeleteCommentDocument,
    "\n  mutation HideFromMyFeed($input: FeedItemInput!) { hideFromMyFeed(input: $input) { feedItem { id } errors { ...UserErrorFields } } }\n": typeof types.HideFromMyFeedDocument,
    "\n  mutation ShowInMyFeed($input: FeedItemInput!) { showInMyFeed(input: $input) { feedItem { id } errors { ...UserErrorFields } } }\n": typeof types.ShowInMyFeedDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) { reportContent(input: $input) { report { id } errors { ...UserErrorFields } } }\n": typeof types.ReportContentDocument,
    "\n  fragment ModerationCaseFields on ModerationCase {\n    openReportCount latestReportAt\n    item { ...FeedItemFields }\n    reports { id feedItemId commentId reason status createdAt }\n  }\n": typeof types.ModerationCaseFieldsFragmentDoc,
    "\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      edges { cursor node { ...ModerationCaseFields } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation HideFeedItem($input: FeedItemInput!) { hideFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n": typeof types.HideFeedItemDocument,
    "\n  mutation UnhideFeedItem($input: FeedItemInput!) { unhideFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n": typeof types.UnhideFeedItemDocument,
    "\n  mutation PinFeedItem($input: FeedItemInput!) { pinFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n": typeof types.PinFeedItemDocument,
    "\n  mutation UnpinFeedItem($input: FeedItemInput!) { unpinFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n": typeof types.UnpinFeedItemDocument,
    "\n  mutation DismissReport($input: DismissReportInput!) { dismissReport(input: $input) { report { id status } errors { ...UserErrorFields } } }\n": typeof types.DismissReportDocument,
    "\n  fragment MessageTemplateFields on MessageTemplate { id name body variables updatedAt }\n": typeof types.MessageTemplateFieldsFragmentDoc,
    "\n  fragment BulkMessageFields on BulkMessage {\n    id status body bodyParts { text variable fallback } segmentName scheduledAt startedAt completedAt failureReason recipientCount deliveredCount failedCount openedCount openRate progress createdAt\n  }\n": typeof types.BulkMessageFieldsFragmentDoc,
    "query MessageTemplates { messageTemplates(first: 100) { totalCount pageInfo { ...PageInfoFields } edges { node { ...MessageTemplateFields } } } }": typeof types.MessageTemplatesDocument,
    "query PreviewMessageTemplate($body: String!, $recipientId: ID!) { previewMessageTemplate(body: $body, recipientId: $recipientId) { text emptyVariables } }": typeof types.PreviewMessageTemplateDocument,
    "mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { template { ...MessageTemplateFields } errors { ...UserErrorFields } } }": typeof types.CreateMessageTemplateDocument,
    "mutation UpdateMessageTemplate($input: UpdateMessageTemplateInput!) { updateMessageTemplate(input: $input) { template { ...MessageTemplateFields } errors { ...UserErrorFields } } }": typeof types.UpdateMessageTemplateDocument,
    "mutation DeleteMessageTemplate($input: DeleteMessageTemplateInput!) { deleteMessageTemplate(input: $input) { deletedTemplateId errors { ...UserErrorFields } } }": typeof types.DeleteMessageTemplateDocument,
    "query AutoReplies { autoReplies { trigger enabled updatedAt template { id name } } }": typeof types.AutoRepliesDocument,
    "mutation SetAutoReply($input: SetAutoReplyInput!) { setAutoReply(input: $input) { autoReply { trigger enabled updatedAt template { id name } } errors { ...UserErrorFields } } }": typeof types.SetAutoReplyDocument,
    "query BulkMessages { bulkMessages(first: 50) { totalCount edges { node { ...BulkMessageFields } } } }": typeof types.BulkMessagesDocument,
    "query BulkMessage($id: ID!, $opened: Boolean) { bulkMessage(id: $id) { ...BulkMessageFields\n     recipients(first: 200, opened: $opened) { totalCount edges { node { status deliveredAt openedAt failureReason member { id displayName } } } } } }": typeof types.BulkMessageDocument,
    "mutation SendBulkMessage($input: SendBulkMessageInput!) { sendBulkMessage(input: $input) { bulkMessage { ...BulkMessageFields } errors { ...UserErrorFields } } }": typeof types.SendBulkMessageDocument,
    "mutation CancelBulkMessage($input: CancelBulkMessageInput!) { cancelBulkMessage(input: $input) { bulkMessage { ...BulkMessageFields } errors { ...UserErrorFields } } }": typeof types.CancelBulkMessageDocument,
    "\n  fragment ChatMemberFields on Member { id displayName }\n": typeof types.ChatMemberFieldsFragmentDoc,
    "\n  fragment ChatMemberWithPhotoFields on Member { id displayName profile { thumbnailUrl } }\n": typeof types.ChatMemberWithPhotoFieldsFragmentDoc,
    "\n  fragment RoomFields on Room { name description category topicTags visibility memberCount messageCount archivedAt viewerInvited viewerCanModerate }\n": typeof types.RoomFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id kind title lastActivityAt unreadCount viewerIsMember\n    otherMember { ...ChatMemberWithPhotoFields }\n    room { ...RoomFields }\n    lastMessage { id body sentByNetwork createdAt deletedAt sender { ...ChatMemberFields } }\n  }\n": typeof types.ConversationFieldsFragmentDoc,
    "\n  fragment MessageFields on Message {\n    id conversationId seq sentByNetwork body links createdAt editedAt deletedAt deletedByModerator readByCount readAt\n    sender { ...ChatMemberFields }\n    mentions { ...ChatMemberFields }\n    replyTo { id body sentByNetwork deletedAt sender { ...ChatMemberFields } }\n    reactions { emoji count memberIds }\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  fragment ConversationPageFields on ConversationConnection { edges { cursor node { ...ConversationFields } } pageInfo { ...PageInfoFields } totalCount }\n": typeof types.ConversationPageFieldsFragmentDoc,
    "\n  query Conversations($first: Int, $after: String, $kind: ConversationKind, $unreadOnly: Boolean) {\n    conversations(first: $first, after: $after, kind: $kind, unreadOnly: $unreadOnly) { ...ConversationPageFields }\n  }\n": typeof types.ConversationsDocument,
    "\n  query NetworkInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    networkInbox(first: $first, after: $after, unreadOnly: $unreadOnly) { ...ConversationPageFields }\n  }\n": typeof types.NetworkInboxDocument,
    "\n  query Conversation($id: ID!) { conversation(id: $id) { ...ConversationFields } }\n": typeof types.ConversationDocument,
    "\n  query ConversationMessages($id: ID!, $last: Int, $before: ID) {\n    conversation(id: $id) { id messages(last: $last, before: $before) { edges { cursor node { ...MessageFields } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }\n  }\n": typeof types.ConversationMessagesDocument,
    "\n  query ConversationMembers($id: ID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges { cursor role joinedAt node { ...ChatMemberWithPhotoFields } }\n        pageInfo { ...PageInfoFields }\n        totalCount\n      }\n    }\n  }\n": typeof types.ConversationMembersDocument,
    "\n  query UnreadMessageCount { unreadMessageCount }\n": typeof types.UnreadMessageCountDocument,
    "\n  query Rooms($filter: RoomFilter, $sort: RoomSort, $first: Int, $after: String) {\n    rooms(filter: $filter, sort: $sort, first: $first, after: $after) { ...ConversationPageFields }\n  }\n": typeof types.RoomsDocument,
    "\n  query RoomInvitations($first: Int) { roomInvitations(first: $first) { ...ConversationPageFields } }\n": typeof types.RoomInvitationsDocument,
    "\n  mutation StartDirectConversation($input: StartDirectConversationInput!) {\n    startDirectConversation(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } }\n  }\n": typeof types.StartDirectConversationDocument,
    "\n  mutation ContactNetwork($input: ContactNetworkInput!) { contactNetwork(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": typeof types.ContactNetworkDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) { sendMessage(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n": typeof types.SendMessageDocument,
    "\n  mutation EditMessage($input: EditMessageInput!) { editMessage(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n": typeof types.EditMessageDocument,
    "\n  mutation DeleteMessage($input: DeleteMessageInput!) { deleteMessage(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n": typeof types.DeleteMessageDocument,
    "\n  mutation AddReaction($input: ReactionInput!) { addReaction(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n": typeof types.AddReactionDocument,
    "\n  mutation RemoveReaction($input: ReactionInput!) { removeReaction(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n": typeof types.RemoveReactionDocument,
    "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) { conversation { id unreadCount } errors { ...UserErrorFields } }\n  }\n": typeof types.MarkConversationReadDocument,
    "\n  mutation SetTyping($input: SetTypingInput!) { setTyping(input: $input) { errors { ...UserErrorFields } } }\n": typeof types.SetTypingDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) { createRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": typeof types.CreateRoomDocument,
    "\n  mutation UpdateRoom($input: UpdateRoomInput!) { updateRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": typeof types.UpdateRoomDocument,
    "\n  mutation JoinRoom($input: RoomInput!) { joinRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": typeof types.JoinRoomDocument,
    "\n  mutation LeaveRoom($input: RoomInput!) { leaveRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": typeof types.LeaveRoomDocument,
    "\n  mutation DeclineRoomInvitation($input: RoomInput!) { declineRoomInvitation(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": typeof types.DeclineRoomInvitationDocument,
    "\n  mutation ArchiveRoom($input: RoomInput!) { archiveRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": typeof types.ArchiveRoomDocument,
    "\n  mutation UnarchiveRoom($input: RoomInput!) { unarchiveRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": typeof types.UnarchiveRoomDocument,
    "\n  mutation InviteToRoom($input: InviteToRoomInput!) { inviteToRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": typeof types.InviteToRoomDocument,
    "\n  mutation RemoveRoomMember($input: RemoveRoomMemberInput!) { removeRoomMember(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": typeof types.RemoveRoomMemberDocument,
    "\n  subscription MessageEvents($conversationId: ID!, $afterMessageId: ID) {\n    messageEvents(conversationId: $conversationId, afterMessageId: $afterMessageId) {\n      kind conversationId readerId message { ...MessageFields }\n    }\n  }\n": typeof types.MessageEventsDocument,
    "\n  subscription ConversationUpdated { conversationUpdated { ...ConversationFields } }\n": typeof types.ConversationUpdatedDocument,
    "\n  subscription Typing($conversationId: ID!) { typing(conversationId: $conversationId) { conversationId memberId displayName typing expiresAt } }\n": typeof types.TypingDocument,
    "\n  query MyPersonalData { myPersonalData { accountId identity directory messaging content recruitment notification } }\n": typeof types.MyPersonalDataDocument,
    "\n  query AccountDeletion { me { id hasPassword } }\n": typeof types.AccountDeletionDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { ...UserErrorFields } } }\n": typeof types.DeleteMyAccountDocument,
    "\n  fragment RegistrationAnswerFields on RegistrationAnswer { question { id label adminOnly archivedAt } displayText }\n": typeof types.RegistrationAnswerFieldsFragmentDoc,
    "\n  fragment NetworkBrandingFields on Network { id slug name defaultLocale logoUrl primaryColor welcomeText registrationOpen }\n": typeof types.NetworkBrandingFieldsFragmentDoc,
    "\n  fragment RegistrationQuestionFields on RegistrationQuestion {\n    id kind label helpText required position options { id label } profileField adminOnly archivedAt\n  }\n": typeof types.RegistrationQuestionFieldsFragmentDoc,
    "\n  fragment AutoApprovalRulesFields on AutoApprovalRules { emailDomains rosterEnabled rosterYearQuestion { id label } rosterEntryCount }\n": typeof types.AutoApprovalRulesFieldsFragmentDoc,
    "\n  query JoinNetwork($slug: String!) {\n    network(slug: $slug) { ...NetworkBrandingFields registrationQuestions { ...RegistrationQuestionFields } }\n  }\n": typeof types.JoinNetworkDocument,
    "\n  query NetworkSettings { me { id network { ...NetworkBrandingFields } } }\n": typeof types.NetworkSettingsDocument,
    "\n  mutation UpdateNetworkSettings($input: UpdateNetworkSettingsInput!) {\n    updateNetworkSettings(input: $input) { network { ...NetworkBrandingFields } errors { ...UserErrorFields } }\n  }\n": typeof types.UpdateNetworkSettingsDocument,
    "\n  query RegistrationQuestions($includeArchived: Boolean!) { registrationQuestions(includeArchived: $includeArchived) { ...RegistrationQuestionFields } }\n": typeof types.RegistrationQuestionsDocument,
    "\n  mutation CreateRegistrationQuestion($input: CreateRegistrationQuestionInput!) {\n    createRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n": typeof types.CreateRegistrationQuestionDocument,
    "\n  mutation UpdateRegistrationQuestion($input: UpdateRegistrationQuestionInput!) {\n    updateRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n": typeof types.UpdateRegistrationQuestionDocument,
    "\n  mutation ArchiveRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    archiveRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n": typeof types.ArchiveRegistrationQuestionDocument,
    "\n  mutation RestoreRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    restoreRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n": typeof types.RestoreRegistrationQuestionDocument,
    "\n  mutation ReorderRegistrationQuestions($input: ReorderRegistrationQuestionsInput!) {\n    reorderRegistrationQuestions(input: $input) { questions { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n": typeof types.ReorderRegistrationQuestionsDocument,
    "\n  query AutoApproval {\n    autoApprovalRules { ...AutoApprovalRulesFields }\n    registrationQuestions(includeArchived: false) { ...RegistrationQuestionFields }\n  }\n": typeof types.AutoApprovalDocument,
    "\n  mutation UpdateAutoApprovalRules($input: UpdateAutoApprovalRulesInput!) {\n    updateAutoApprovalRules(input: $input) { rules { ...AutoApprovalRulesFields } approvedCount errors { ...UserErrorFields } }\n  }\n": typeof types.UpdateAutoApprovalRulesDocument,
    "\n  query RosterPreview($csv: String!, $mode: RosterImportMode!) {\n    rosterPreview(csv: $csv, mode: $mode) {\n      validCount errorCount errors { ...UserErrorFields }\n      rows { line email name year errors { ...UserErrorFields } }\n    }\n  }\n": typeof types.RosterPreviewDocument,
    "\n  mutation ImportRoster($input: ImportRosterInput!) { importRoster(input: $input) { importedCount totalCount approvedCount errors { ...UserErrorFields } } }\n": typeof types.ImportRosterDocument,
    "\n  query RosterEntries($search: String, $first: Int!, $after: String) {\n    rosterEntries(search: $search, first: $first, after: $after) {\n      edges { cursor node { id email name year createdAt } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n": typeof types.RosterEntriesDocument,
    "\n  mutation DeleteRosterEntry($input: DeleteRosterEntryInput!) { deleteRosterEntry(input: $input) { entry { id } errors { ...UserErrorFields } } }\n": typeof types.DeleteRosterEntryDocument,
    "\n  mutation RegisterWithAnswers($input: RegisterInput!) {\n    register(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } }\n  }\n": typeof types.RegisterWithAnswersDocument,
    "\n  fragment CustomRoleFields on CustomRole { id name description permissions memberCount }\n": typeof types.CustomRoleFieldsFragmentDoc,
    "\n  fragment RoleHolderFields on Member { id displayName email role status customRole { id name } }\n": typeof types.RoleHolderFieldsFragmentDoc,
    "\n  fragment StaffInvitationFields on StaffInvitation {\n    id email role customRoleName message status invitedBy { id displayName } acceptedMember { id displayName } expiresAt lastSentAt sendCount acceptedAt createdAt\n  }\n": typeof types.StaffInvitationFieldsFragmentDoc,
    "\n  fragment InvitationLinkFields on InvitationLink {\n    id code path label createdBy { id displayName } role customRoleName skipApproval maxUses uses expiresAt status createdAt\n  }\n": typeof types.InvitationLinkFieldsFragmentDoc,
    "\n  query Roles { roles { builtIn { role permissions memberCount } custom { ...CustomRoleFields } } }\n": typeof types.RolesDocument,
    "\n  query MemberRoles($search: String, $first: Int, $after: String) {\n    memberRoles(search: $search, first: $first, after: $after) {\n      edges { cursor node { ...RoleHolderFields } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n": typeof types.MemberRolesDocument,
    "\n  mutation CreateCustomRole($input: CreateCustomRoleInput!) { createCustomRole(input: $input) { role { ...CustomRoleFields } errors { ...UserErrorFields } } }\n": typeof types.CreateCustomRoleDocument,
    "\n  mutation UpdateCustomRole($input: UpdateCustomRoleInput!) { updateCustomRole(input: $input) { role { ...CustomRoleFields } errors { ...UserErrorFields } } }\n": typeof types.UpdateCustomRoleDocument,
    "\n  mutation DeleteCustomRole($input: DeleteCustomRoleInput!) { deleteCustomRole(input: $input) { deletedId errors { ...UserErrorFields } } }\n": typeof types.DeleteCustomRoleDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { member { ...RoleHolderFields } errors { ...UserErrorFields } } }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation TransferOwnership($input: TransferOwnershipInput!) {\n    transferOwnership(input: $input) { owner { ...RoleHolderFields } previousOwner { ...RoleHolderFields } errors { ...UserErrorFields } }\n  }\n": typeof types.TransferOwnershipDocument,
    "\n  query StaffInvitations { staffInvitations { ...StaffInvitationFields } }\n": typeof types.StaffInvitationsDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!) { inviteStaff(input: $input) { invitation { ...StaffInvitationFields } errors { ...UserErrorFields } } }\n": typeof types.InviteStaffDocument,
    "\n  mutation ResendStaffInvitation($input: StaffInvitationIdInput!) {\n    resendStaffInvitation(input: $input) { invitation { ...StaffInvitationFields } errors { ...UserErrorFields } }\n  }\n": typeof types.ResendStaffInvitationDocument,
    "\n  mutation RevokeStaffInvitation($input: StaffInvitationIdInput!) {\n    revokeStaffInvitation(input: $input) { invitation { ...StaffInvitationFields } errors { ...UserErrorFields } }\n  }\n": typeof types.RevokeStaffInvitationDocument,
    "\n  query StaffInvitationPreview($token: String!) {\n    staffInvitation(token: $token) {\n      network { ...NetworkFields } email role customRoleName inviterName message status expiresAt accountExists\n    }\n  }\n": typeof types.StaffInvitationPreviewDocument,
    "\n  mutation AcceptStaffInvitation($input: AcceptStaffInvitationInput!) {\n    acceptStaffInvitation(input: $input) {\n      accessToken\n      member { ...ViewerFields }\n      errors { ...UserErrorFields }\n    }\n  }\n": typeof types.AcceptStaffInvitationDocument,
    "\n  query InvitationLinks($mine: Boolean, $first: Int, $after: String) {\n    invitationLinks(mine: $mine, first: $first, after: $after) {\n      edges { cursor node { ...InvitationLinkFields } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n": typeof types.InvitationLinksDocument,
    "\n  mutation CreateInvitationLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) { link { ...InvitationLinkFields } errors { ...UserErrorFields } }\n  }\n": typeof types.CreateInvitationLinkDocument,
    "\n  mutation RevokeInvitationLink($input: RevokeInvitationLinkInput!) {\n    revokeInvitationLink(input: $input) { link { ...InvitationLinkFields } errors { ...UserErrorFields } }\n  }\n": typeof types.RevokeInvitationLinkDocument,
    "\n  query InvitationSettings { invitationSettings { membersCanInvite } }\n": typeof types.InvitationSettingsDocument,
    "\n  mutation UpdateInvitationSettings($input: InvitationSettingsInput!) {\n    updateInvitationSettings(input: $input) { settings { membersCanInvite } errors { ...UserErrorFields } }\n  }\n": typeof types.UpdateInvitationSettingsDocument,
    "\n  query Referrers($first: Int, $after: String) {\n    referrers(first: $first, after: $after) {\n      edges { cursor node {\n        member { id displayName email } referredCount approvedCount pendingCount lastReferredAt\n        referred { id displayName email status createdAt }\n      } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n": typeof types.ReferrersDocument,
    "\n  query InvitationLinkPreview($networkSlug: String!, $code: String!) {\n    invitationLinkPreview(networkSlug: $networkSlug, code: $code) { valid errorCode inviterName skipsApproval }\n  }\n": typeof types.InvitationLinkPreviewDocument,
    "\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      edges { cursor node { id action actor { id displayName } target { id displayName } details createdAt } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditLogActions { auditLogActions }\n": typeof types.AuditLogActionsDocument,
    "\n  query MyPermissions { me { id permissions customRole { id name } } }\n": typeof types.MyPermissionsDocument,
    "\n  fragment DeviceSessionFields on Session { id browser operatingSystem deviceType ipAddress createdAt lastUsedAt current network { id slug name } }\n": typeof types.DeviceSessionFieldsFragmentDoc,
    "\n  query Sessions($first: Int, $after: String) {\n    sessions(first: $first, after: $after) { edges { cursor node { ...DeviceSessionFields } } pageInfo { ...PageInfoFields } totalCount }\n  }\n": typeof types.SessionsDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) { revokeSession(input: $input) { session { id current } errors { ...UserErrorFields } } }\n": typeof types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere($input: SignOutEverywhereInput) { signOutEverywhere(input: $input) { endedSessions errors { ...UserErrorFields } } }\n": typeof types.SignOutEverywhereDocument,
    "\n  query MyNetworks { myNetworks { id displayName role status current network { id slug name logoUrl } } }\n": typeof types.MyNetworksDocument,
    "\n  mutation SwitchNetwork($input: SwitchNetworkInput!) {\n    switchNetwork(input: $input) {\n      accessToken member { ...ViewerFields } errors { ...UserErrorFields }\n    }\n  }\n": typeof types.SwitchNetworkDocument,
    "\n  fragment LinkedLoginFields on LinkedLogin { provider providerName email displayName linkedAt lastUsedAt }\n": typeof types.LinkedLoginFieldsFragmentDoc,
    "\n  query LoginProviders { loginProviders { id name } }\n": typeof types.LoginProvidersDocument,
    "\n  query SocialSignup($ticket: String!) {\n    socialSignup(ticket: $ticket) { provider providerName networkSlug displayName email emailVerified pictureUrl existingAccount }\n  }\n": typeof types.SocialSignupDocument,
    "\n  query LinkedLogins { me { id hasPassword lineLinked linkedLogins { ...LinkedLoginFields } } loginProviders { id name } }\n": typeof types.LinkedLoginsDocument,
    "\n  mutation StartLoginLink($provider: ID!) { startLoginLink(input: { provider: $provider }) { authorizationUrl errors { ...UserErrorFields } } }\n": typeof types.StartLoginLinkDocument,
    "\n  mutation CompleteLoginLink($ticket: String!) {\n    completeLoginLink(input: { ticket: $ticket }) { linkedLogins { ...LinkedLoginFields } errors { ...UserErrorFields } }\n  }\n": typeof types.CompleteLoginLinkDocument,
    "\n  mutation UnlinkLogin($provider: ID!) {\n    unlinkLogin(input: { provider: $provider }) { linkedLogins { ...LinkedLoginFields } errors { ...UserErrorFields } }\n  }\n": typeof types.UnlinkLoginDocument,
};
const documents: Documents = {
    "\n  fragment UserErrorFields on UserError { code field message }\n": types.UserErrorFieldsFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo { hasNextPage endCursor }\n": types.PageInfoFieldsFragmentDoc,
    "\n  fragment NetworkFields on Network { id slug name defaultLocale }\n": types.NetworkFieldsFragmentDoc,
    "\n  fragment ViewerFields on Member { id displayName email role status network { ...NetworkFields } }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment NotificationFields on Notification { id kind title body createdAt readAt }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Network($slug: String!) { network(slug: $slug) { ...NetworkFields } }\n": types.NetworkDocument,
    "\n  query Viewer { me { ...ViewerFields } }\n": types.ViewerDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    me {\n      id\n      notifications(first: $first, after: $after) {\n        edges { cursor node { ...NotificationFields } }\n        pageInfo { ...PageInfoFields }\n        totalCount\n        unreadCount\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  subscription NotificationAdded { notificationAdded { ...NotificationFields } }\n": types.NotificationAddedDocument,
    "\n  query PendingMembers($first: Int!, $after: String) {\n    pendingMembers(first: $first, after: $after) {\n      edges { cursor node { id displayName email emailVerified createdAt referredBy { id displayName } registrationAnswers { ...RegistrationAnswerFields } } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n": types.PendingMembersDocument,
    "\n  mutation Register($input: RegisterInput!) { register(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } } }\n": types.RegisterDocument,
    "\n  fragment SignInNetworkChoiceFields on SignInNetworkChoice { ticket networks { displayName status network { slug name } } }\n": types.SignInNetworkChoiceFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } networkChoice { ...SignInNetworkChoiceFields } }\n  }\n": types.SignInDocument,
    "\n  query SignInNetworkChoice($ticket: String!) { signInNetworkChoice(ticket: $ticket) { ...SignInNetworkChoiceFields } }\n": types.SignInNetworkChoiceDocument,
    "\n  mutation ChooseSignInNetwork($input: ChooseSignInNetworkInput!) {\n    chooseSignInNetwork(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } }\n  }\n": types.ChooseSignInNetworkDocument,
    "\n  mutation RenewAccessToken($input: RenewAccessTokenInput!) { renewAccessToken(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } } }\n": types.RenewAccessTokenDocument,
    "\n  mutation ApproveMembership($input: ApproveMembershipInput!) {\n    approveMembership(input: $input) { member { id status } errors { ...UserErrorFields } }\n  }\n": types.ApproveMembershipDocument,
    "\n  mutation RejectMembership($input: RejectMembershipInput!) {\n    rejectMembership(input: $input) { member { id status } errors { ...UserErrorFields } }\n  }\n": types.RejectMembershipDocument,
    "\n  mutation DecideMemberships($input: DecideMembershipsInput!) {\n    decideMemberships(input: $input) { members { id status } errors { ...UserErrorFields } }\n  }\n": types.DecideMembershipsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { unreadCount errors { ...UserErrorFields } }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment AccountEmailPayloadFields on AccountEmailPayload { email pendingEmail emailVerified errors { ...UserErrorFields } }\n": types.AccountEmailPayloadFieldsFragmentDoc,
    "\n  query AccountEmail { me { id email emailVerified pendingEmail } }\n": types.AccountEmailDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) { emailVerified accessToken member { ...ViewerFields } errors { ...UserErrorFields } }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail { resendVerificationEmail { sent errors { ...UserErrorFields } } }\n": types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { errors { ...UserErrorFields } } }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { passwordChanged networkSlug errors { ...UserErrorFields } } }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { passwordChanged errors { ...UserErrorFields } } }\n": types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) { changeEmail(input: $input) { ...AccountEmailPayloadFields } }\n": types.ChangeEmailDocument,
    "\n  mutation CancelEmailChange { cancelEmailChange { ...AccountEmailPayloadFields } }\n": types.CancelEmailChangeDocument,
    "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) { confirmEmailChange(input: $input) { ...AccountEmailPayloadFields } }\n": types.ConfirmEmailChangeDocument,
    "\n  query FoundedCompanies($memberId: ID!) {\n    profile(memberId: $memberId) { memberId foundedCompanies { id name industry stage url description foundedYear } }\n  }\n": types.FoundedCompaniesDocument,
    "\n  fragment AdminMemberListFields on AdminMember {\n    id status email lastSignInAt signInCount lineLinked joinedAt tags { id name color }\n    profile { memberId displayName nameKana entryYear department employer location }\n  }\n": types.AdminMemberListFieldsFragmentDoc,
    "\n  fragment AdminMemberDetailFields on AdminMember {\n    id status email externalId lastSignInAt signInCount lineLinked joinedAt registrationAnswers tags { id name color }\n    profile {\n      memberId displayName nameKana nameRomaji headline photoUrl entryYear leaveYear department employer jobTitle industry location bio\n      skills interests links { label url } contactEmail phone customFields { fieldId label displayText }\n    }\n  }\n": types.AdminMemberDetailFieldsFragmentDoc,
    "\n  fragment TagFields on Tag { id name color rule ruleAppliesToNewcomers memberCount }\n": types.TagFieldsFragmentDoc,
    "\n  fragment SegmentFields on Segment { id name description filter memberCount }\n": types.SegmentFieldsFragmentDoc,
    "query AdminMembers($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n  adminMembers(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { ...PageInfoFields } edges { cursor node { ...AdminMemberListFields } } }\n}": types.AdminMembersDocument,
    "query AdminMember($id: ID!) { adminMember(id: $id) { ...AdminMemberDetailFields } }": types.AdminMemberDocument,
    "query Tags { tags(first: 200) { totalCount edges { node { ...TagFields } } } }": types.TagsDocument,
    "mutation CreateTag($input: CreateTagInput!) { createTag(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }": types.CreateTagDocument,
    "mutation UpdateTag($input: UpdateTagInput!) { updateTag(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }": types.UpdateTagDocument,
    "mutation MergeTags($input: MergeTagsInput!) { mergeTags(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }": types.MergeTagsDocument,
    "mutation DeleteTag($input: TagIdInput!) { deleteTag(input: $input) { deletedTagId errors { ...UserErrorFields } } }": types.DeleteTagDocument,
    "mutation BulkTagMembers($input: BulkTagMembersInput!) { bulkTagMembers(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }": types.BulkTagMembersDocument,
    "query Segments { segments(first: 200) { totalCount edges { node { ...SegmentFields } } } }": types.SegmentsDocument,
    "query SegmentPreview($filter: DirectoryFilter!, $first: Int) { segmentPreview(filter: $filter, first: $first) { count members { ...AdminMemberListFields } } }": types.SegmentPreviewDocument,
    "mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { segment { ...SegmentFields } errors { ...UserErrorFields } } }": types.CreateSegmentDocument,
    "mutation UpdateSegment($input: UpdateSegmentInput!) { updateSegment(input: $input) { segment { ...SegmentFields } errors { ...UserErrorFields } } }": types.UpdateSegmentDocument,
    "mutation DeleteSegment($input: DeleteSegmentInput!) { deleteSegment(input: $input) { deletedSegmentId errors { ...UserErrorFields } } }": types.DeleteSegmentDocument,
    "\n  fragment RosterImportProgressFields on RosterImport {\n    id fileName status totalRows processedRows createdRows updatedRows unchangedRows failedRows failure rowErrorCount\n    rowErrors(first: 200) { row column field code params message }\n  }\n": types.RosterImportProgressFieldsFragmentDoc,
    "\n  query RosterImportSetup($id: ID!) {\n    rosterImport(id: $id) { ...RosterImportProgressFields columns sample suggestedMapping { column target } suggestedMatchBy }\n    rosterImportTargets { target kind label choices }\n  }\n": types.RosterImportSetupDocument,
    "\n  query RosterImportProgress($id: ID!) { rosterImport(id: $id) { ...RosterImportProgressFields } }\n": types.RosterImportProgressDocument,
    "\n  mutation PreviewRosterImport($input: PreviewRosterImportInput!) {\n    previewRosterImport(input: $input) {\n      preview { toCreate toUpdate unchanged failed rowErrorCount rowErrors { row column field code params message } newTags }\n      errors { ...UserErrorFields }\n    }\n  }\n": types.PreviewRosterImportDocument,
    "\n  mutation RunRosterImport($input: RunRosterImportInput!) { runRosterImport(input: $input) { rosterImport { ...RosterImportProgressFields } errors { ...UserErrorFields } } }\n": types.RunRosterImportDocument,
    "\n  fragment CompanyFields on Company {\n    id name industry stage url description foundedYear founderProfile { memberId displayName photoUrl } viewerMayEdit viewerMayRemove\n  }\n": types.CompanyFieldsFragmentDoc,
    "\n  query AlumniCompanies($filter: CompanyFilter, $sort: CompanySort, $first: Int, $after: String) {\n    alumniCompanies(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { ...CompanyFields } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n": types.AlumniCompaniesDocument,
    "\n  query AlumniCompanyIndustries { alumniCompanyIndustries }\n": types.AlumniCompanyIndustriesDocument,
    "\n  mutation AddCompany($input: AddCompanyInput!) { addCompany(input: $input) { company { ...CompanyFields } errors { ...UserErrorFields } } }\n": types.AddCompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { ...CompanyFields } errors { ...UserErrorFields } } }\n": types.UpdateCompanyDocument,
    "\n  mutation RemoveCompany($input: RemoveCompanyInput!) { removeCompany(input: $input) { removedCompanyId errors { ...UserErrorFields } } }\n": types.RemoveCompanyDocument,
    "\n  query PeopleYouMayKnow($first: Int) {\n    peopleYouMayKnow(first: $first) { member { id } profile { memberId displayName headline photoUrl } reasons { kind values } }\n  }\n": types.PeopleYouMayKnowDocument,
    "\n  mutation DismissSuggestion($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { dismissedMemberId errors { ...UserErrorFields } } }\n": types.DismissSuggestionDocument,
    "\n  query Directory($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n    directory(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { memberId displayName nameKana nameRomaji headline photoUrl entryYear department employer jobTitle location skills } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n      fuzzy\n    }\n  }\n": types.DirectoryDocument,
    "\n  query DirectoryFacets {\n    directoryFacets {\n      departments { value count }\n      employers { value count }\n      industries { value count }\n      locations { value count }\n      entryYears { value count }\n      skills { value count }\n    }\n  }\n": types.DirectoryFacetsDocument,
    "\n  mutation RemoveMyPhoto { removeMyPhoto { profile { memberId photoUrl thumbnailUrl } errors { ...UserErrorFields } } }\n": types.RemoveMyPhotoDocument,
    "\n  fragment ProfileFields on Profile {\n    memberId displayName nameKana nameRomaji headline photoUrl entryYear leaveYear department employer jobTitle industry location bio\n    skills interests links { label url } contactEmail phone customFields { fieldId key label type value values displayText }\n    contactVisibility { contactEmail phone links } email registrationAnswers { key values }\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  fragment CustomFieldFields on CustomField { id key label type options { value label } helpText visibility position archivedAt }\n": types.CustomFieldFieldsFragmentDoc,
    "\n  fragment ProfileFieldSettingFields on ProfileFieldSetting { field visibility decidedBy changeable searchable }\n": types.ProfileFieldSettingFieldsFragmentDoc,
    "\n  fragment ProfileFieldDescriptionFields on ProfileFieldDescription {\n    key standard customFieldId label helpText kind multi maxLength maxItems min max options { value label }\n    visibility decidedBy visibilityOptions searchable filter filterArgument importable\n  }\n": types.ProfileFieldDescriptionFieldsFragmentDoc,
    "\n  query ProfileFields { profileFields { ...ProfileFieldDescriptionFields } }\n": types.ProfileFieldsDocument,
    "\n  query MemberProfile($memberId: ID!) {\n    profile(memberId: $memberId) { ...ProfileFields }\n    profileFields { ...ProfileFieldDescriptionFields }\n  }\n": types.MemberProfileDocument,
    "\n  query MyProfile {\n    myProfile { ...ProfileFields }\n    profileFields { ...ProfileFieldDescriptionFields }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { profile { ...ProfileFields } errors { ...UserErrorFields } } }\n": types.UpdateMyProfileDocument,
    "\n  query FieldAdmin {\n    customFields(includeArchived: true) { ...CustomFieldFields }\n    profileFieldSettings { ...ProfileFieldSettingFields }\n  }\n": types.FieldAdminDocument,
    "\n  mutation SetProfileFieldVisibility($input: SetProfileFieldVisibilityInput!) {\n    setProfileFieldVisibility(input: $input) { setting { ...ProfileFieldSettingFields } errors { ...UserErrorFields } }\n  }\n": types.SetProfileFieldVisibilityDocument,
    "\n  mutation CreateCustomField($input: CreateCustomFieldInput!) { createCustomField(input: $input) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n": types.CreateCustomFieldDocument,
    "\n  mutation UpdateCustomField($input: UpdateCustomFieldInput!) { updateCustomField(input: $input) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n": types.UpdateCustomFieldDocument,
    "\n  mutation ReorderCustomFields($input: ReorderCustomFieldsInput!) { reorderCustomFields(input: $input) { fields { id position } errors { ...UserErrorFields } } }\n": types.ReorderCustomFieldsDocument,
    "\n  mutation ArchiveCustomField($id: ID!) { archiveCustomField(id: $id) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n": types.ArchiveCustomFieldDocument,
    "\n  mutation RestoreCustomField($id: ID!) { restoreCustomField(id: $id) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n": types.RestoreCustomFieldDocument,
    "\n  fragment FeedMemberFields on Member { id displayName profile { photoUrl } }\n": types.FeedMemberFieldsFragmentDoc,
    "\n  fragment FeedPostFields on Post { id body hashtags links createdAt editedAt author { ...FeedMemberFields } mentions { id displayName } }\n": types.FeedPostFieldsFragmentDoc,
    "\n  fragment FeedItemFields on FeedItem {\n    id kind title excerpt linkPath audience publishedAt pinned hiddenByModerators reactionCount commentCount viewerLiked\n    actor { ...FeedMemberFields }\n    subject { typename id }\n    post { ...FeedPostFields }\n  }\n": types.FeedItemFieldsFragmentDoc,
    "\n  fragment FeedCommentFields on FeedComment {\n    id feedItemId replyToCommentId body createdAt editedAt replyCount author { ...FeedMemberFields } mentions { id displayName }\n  }\n": types.FeedCommentFieldsFragmentDoc,
    "\n  query Feed($order: FeedOrder!, $first: Int!, $after: String) {\n    feed(order: $order, first: $first, after: $after) {\n      edges { cursor node { ...FeedItemFields } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": types.FeedDocument,
    "\n  query Hashtag($tag: String!, $first: Int!, $after: String) {\n    hashtag(tag: $tag, first: $first, after: $after) {\n      edges { cursor node { ...FeedItemFields } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": types.HashtagDocument,
    "\n  query FeedItem($id: ID!) { feedItem(id: $id) { ...FeedItemFields } }\n": types.FeedItemDocument,
    "\n  query FeedComments($feedItemId: ID!, $first: Int!, $after: String, $repliesFirst: Int!, $repliesAfter: String) {\n    feedItem(id: $feedItemId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...FeedCommentFields\n            replies(first: $repliesFirst, after: $repliesAfter) { edges { cursor node { ...FeedCommentFields } } pageInfo { ...PageInfoFields } }\n          }\n        }\n        pageInfo { ...PageInfoFields }\n      }\n    }\n  }\n": types.FeedCommentsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { post { id } errors { ...UserErrorFields } } }\n": types.CreatePostDocument,
    "\n  mutation EditPost($input: EditPostInput!) { editPost(input: $input) { post { ...FeedPostFields } errors { ...UserErrorFields } } }\n": types.EditPostDocument,
    "\n  mutation DeletePost($input: DeletePostInput!) { deletePost(input: $input) { deletedPostId errors { ...UserErrorFields } } }\n": types.DeletePostDocument,
    "\n  mutation LikeFeedItem($input: FeedItemInput!) { likeFeedItem(input: $input) { feedItem { id reactionCount viewerLiked } errors { ...UserErrorFields } } }\n": types.LikeFeedItemDocument,
    "\n  mutation UnlikeFeedItem($input: FeedItemInput!) { unlikeFeedItem(input: $input) { feedItem { id reactionCount viewerLiked } errors { ...UserErrorFields } } }\n": types.UnlikeFeedItemDocument,
    "\n  mutation AddComment($input: AddCommentInput!) { addComment(input: $input) { comment { ...FeedCommentFields } errors { ...UserErrorFields } } }\n": types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) { editComment(input: $input) { comment { ...FeedCommentFields } errors { ...UserErrorFields } } }\n": types.EditCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) { deleteComment(input: $input) { comment { id } errors { ...UserErrorFields } } }\n": types.DeleteCommentDocument,
    "\n  mutation HideFromMyFeed($input: FeedItemInput!) { hideFromMyFeed(input: $input) { feedItem { id } errors { ...UserErrorFields } } }\n": types.HideFromMyFeedDocument,
    "\n  mutation ShowInMyFeed($input: FeedItemInput!) { showInMyFeed(input: $input) { feedItem { id } errors { ...UserErrorFields } } }\n": types.ShowInMyFeedDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) { reportContent(input: $input) { report { id } errors { ...UserErrorFields } } }\n": types.ReportContentDocument,
    "\n  fragment ModerationCaseFields on ModerationCase {\n    openReportCount latestReportAt\n    item { ...FeedItemFields }\n    reports { id feedItemId commentId reason status createdAt }\n  }\n": types.ModerationCaseFieldsFragmentDoc,
    "\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      edges { cursor node { ...ModerationCaseFields } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation HideFeedItem($input: FeedItemInput!) { hideFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n": types.HideFeedItemDocument,
    "\n  mutation UnhideFeedItem($input: FeedItemInput!) { unhideFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n": types.UnhideFeedItemDocument,
    "\n  mutation PinFeedItem($input: FeedItemInput!) { pinFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n": types.PinFeedItemDocument,
    "\n  mutation UnpinFeedItem($input: FeedItemInput!) { unpinFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n": types.UnpinFeedItemDocument,
    "\n  mutation DismissReport($input: DismissReportInput!) { dismissReport(input: $input) { report { id status } errors { ...UserErrorFields } } }\n": types.DismissReportDocument,
    "\n  fragment MessageTemplateFields on MessageTemplate { id name body variables updatedAt }\n": types.MessageTemplateFieldsFragmentDoc,
    "\n  fragment BulkMessageFields on BulkMessage {\n    id status body bodyParts { text variable fallback } segmentName scheduledAt startedAt completedAt failureReason recipientCount deliveredCount failedCount openedCount openRate progress createdAt\n  }\n": types.BulkMessageFieldsFragmentDoc,
    "query MessageTemplates { messageTemplates(first: 100) { totalCount pageInfo { ...PageInfoFields } edges { node { ...MessageTemplateFields } } } }": types.MessageTemplatesDocument,
    "query PreviewMessageTemplate($body: String!, $recipientId: ID!) { previewMessageTemplate(body: $body, recipientId: $recipientId) { text emptyVariables } }": types.PreviewMessageTemplateDocument,
    "mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { template { ...MessageTemplateFields } errors { ...UserErrorFields } } }": types.CreateMessageTemplateDocument,
    "mutation UpdateMessageTemplate($input: UpdateMessageTemplateInput!) { updateMessageTemplate(input: $input) { template { ...MessageTemplateFields } errors { ...UserErrorFields } } }": types.UpdateMessageTemplateDocument,
    "mutation DeleteMessageTemplate($input: DeleteMessageTemplateInput!) { deleteMessageTemplate(input: $input) { deletedTemplateId errors { ...UserErrorFields } } }": types.DeleteMessageTemplateDocument,
    "query AutoReplies { autoReplies { trigger enabled updatedAt template { id name } } }": types.AutoRepliesDocument,
    "mutation SetAutoReply($input: SetAutoReplyInput!) { setAutoReply(input: $input) { autoReply { trigger enabled updatedAt template { id name } } errors { ...UserErrorFields } } }": types.SetAutoReplyDocument,
    "query BulkMessages { bulkMessages(first: 50) { totalCount edges { node { ...BulkMessageFields } } } }": types.BulkMessagesDocument,
    "query BulkMessage($id: ID!, $opened: Boolean) { bulkMessage(id: $id) { ...BulkMessageFields\n     recipients(first: 200, opened: $opened) { totalCount edges { node { status deliveredAt openedAt failureReason member { id displayName } } } } } }": types.BulkMessageDocument,
    "mutation SendBulkMessage($input: SendBulkMessageInput!) { sendBulkMessage(input: $input) { bulkMessage { ...BulkMessageFields } errors { ...UserErrorFields } } }": types.SendBulkMessageDocument,
    "mutation CancelBulkMessage($input: CancelBulkMessageInput!) { cancelBulkMessage(input: $input) { bulkMessage { ...BulkMessageFields } errors { ...UserErrorFields } } }": types.CancelBulkMessageDocument,
    "\n  fragment ChatMemberFields on Member { id displayName }\n": types.ChatMemberFieldsFragmentDoc,
    "\n  fragment ChatMemberWithPhotoFields on Member { id displayName profile { thumbnailUrl } }\n": types.ChatMemberWithPhotoFieldsFragmentDoc,
    "\n  fragment RoomFields on Room { name description category topicTags visibility memberCount messageCount archivedAt viewerInvited viewerCanModerate }\n": types.RoomFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id kind title lastActivityAt unreadCount viewerIsMember\n    otherMember { ...ChatMemberWithPhotoFields }\n    room { ...RoomFields }\n    lastMessage { id body sentByNetwork createdAt deletedAt sender { ...ChatMemberFields } }\n  }\n": types.ConversationFieldsFragmentDoc,
    "\n  fragment MessageFields on Message {\n    id conversationId seq sentByNetwork body links createdAt editedAt deletedAt deletedByModerator readByCount readAt\n    sender { ...ChatMemberFields }\n    mentions { ...ChatMemberFields }\n    replyTo { id body sentByNetwork deletedAt sender { ...ChatMemberFields } }\n    reactions { emoji count memberIds }\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  fragment ConversationPageFields on ConversationConnection { edges { cursor node { ...ConversationFields } } pageInfo { ...PageInfoFields } totalCount }\n": types.ConversationPageFieldsFragmentDoc,
    "\n  query Conversations($first: Int, $after: String, $kind: ConversationKind, $unreadOnly: Boolean) {\n    conversations(first: $first, after: $after, kind: $kind, unreadOnly: $unreadOnly) { ...ConversationPageFields }\n  }\n": types.ConversationsDocument,
    "\n  query NetworkInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    networkInbox(first: $first, after: $after, unreadOnly: $unreadOnly) { ...ConversationPageFields }\n  }\n": types.NetworkInboxDocument,
    "\n  query Conversation($id: ID!) { conversation(id: $id) { ...ConversationFields } }\n": types.ConversationDocument,
    "\n  query ConversationMessages($id: ID!, $last: Int, $before: ID) {\n    conversation(id: $id) { id messages(last: $last, before: $before) { edges { cursor node { ...MessageFields } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }\n  }\n": types.ConversationMessagesDocument,
    "\n  query ConversationMembers($id: ID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges { cursor role joinedAt node { ...ChatMemberWithPhotoFields } }\n        pageInfo { ...PageInfoFields }\n        totalCount\n      }\n    }\n  }\n": types.ConversationMembersDocument,
    "\n  query UnreadMessageCount { unreadMessageCount }\n": types.UnreadMessageCountDocument,
    "\n  query Rooms($filter: RoomFilter, $sort: RoomSort, $first: Int, $after: String) {\n    rooms(filter: $filter, sort: $sort, first: $first, after: $after) { ...ConversationPageFields }\n  }\n": types.RoomsDocument,
    "\n  query RoomInvitations($first: Int) { roomInvitations(first: $first) { ...ConversationPageFields } }\n": types.RoomInvitationsDocument,
    "\n  mutation StartDirectConversation($input: StartDirectConversationInput!) {\n    startDirectConversation(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } }\n  }\n": types.StartDirectConversationDocument,
    "\n  mutation ContactNetwork($input: ContactNetworkInput!) { contactNetwork(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": types.ContactNetworkDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) { sendMessage(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n": types.SendMessageDocument,
    "\n  mutation EditMessage($input: EditMessageInput!) { editMessage(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n": types.EditMessageDocument,
    "\n  mutation DeleteMessage($input: DeleteMessageInput!) { deleteMessage(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n": types.DeleteMessageDocument,
    "\n  mutation AddReaction($input: ReactionInput!) { addReaction(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n": types.AddReactionDocument,
    "\n  mutation RemoveReaction($input: ReactionInput!) { removeReaction(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n": types.RemoveReactionDocument,
    "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) { conversation { id unreadCount } errors { ...UserErrorFields } }\n  }\n": types.MarkConversationReadDocument,
    "\n  mutation SetTyping($input: SetTypingInput!) { setTyping(input: $input) { errors { ...UserErrorFields } } }\n": types.SetTypingDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) { createRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": types.CreateRoomDocument,
    "\n  mutation UpdateRoom($input: UpdateRoomInput!) { updateRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": types.UpdateRoomDocument,
    "\n  mutation JoinRoom($input: RoomInput!) { joinRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": types.JoinRoomDocument,
    "\n  mutation LeaveRoom($input: RoomInput!) { leaveRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": types.LeaveRoomDocument,
    "\n  mutation DeclineRoomInvitation($input: RoomInput!) { declineRoomInvitation(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": types.DeclineRoomInvitationDocument,
    "\n  mutation ArchiveRoom($input: RoomInput!) { archiveRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": types.ArchiveRoomDocument,
    "\n  mutation UnarchiveRoom($input: RoomInput!) { unarchiveRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": types.UnarchiveRoomDocument,
    "\n  mutation InviteToRoom($input: InviteToRoomInput!) { inviteToRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": types.InviteToRoomDocument,
    "\n  mutation RemoveRoomMember($input: RemoveRoomMemberInput!) { removeRoomMember(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n": types.RemoveRoomMemberDocument,
    "\n  subscription MessageEvents($conversationId: ID!, $afterMessageId: ID) {\n    messageEvents(conversationId: $conversationId, afterMessageId: $afterMessageId) {\n      kind conversationId readerId message { ...MessageFields }\n    }\n  }\n": types.MessageEventsDocument,
    "\n  subscription ConversationUpdated { conversationUpdated { ...ConversationFields } }\n": types.ConversationUpdatedDocument,
    "\n  subscription Typing($conversationId: ID!) { typing(conversationId: $conversationId) { conversationId memberId displayName typing expiresAt } }\n": types.TypingDocument,
    "\n  query MyPersonalData { myPersonalData { accountId identity directory messaging content recruitment notification } }\n": types.MyPersonalDataDocument,
    "\n  query AccountDeletion { me { id hasPassword } }\n": types.AccountDeletionDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { ...UserErrorFields } } }\n": types.DeleteMyAccountDocument,
    "\n  fragment RegistrationAnswerFields on RegistrationAnswer { question { id label adminOnly archivedAt } displayText }\n": types.RegistrationAnswerFieldsFragmentDoc,
    "\n  fragment NetworkBrandingFields on Network { id slug name defaultLocale logoUrl primaryColor welcomeText registrationOpen }\n": types.NetworkBrandingFieldsFragmentDoc,
    "\n  fragment RegistrationQuestionFields on RegistrationQuestion {\n    id kind label helpText required position options { id label } profileField adminOnly archivedAt\n  }\n": types.RegistrationQuestionFieldsFragmentDoc,
    "\n  fragment AutoApprovalRulesFields on AutoApprovalRules { emailDomains rosterEnabled rosterYearQuestion { id label } rosterEntryCount }\n": types.AutoApprovalRulesFieldsFragmentDoc,
    "\n  query JoinNetwork($slug: String!) {\n    network(slug: $slug) { ...NetworkBrandingFields registrationQuestions { ...RegistrationQuestionFields } }\n  }\n": types.JoinNetworkDocument,
    "\n  query NetworkSettings { me { id network { ...NetworkBrandingFields } } }\n": types.NetworkSettingsDocument,
    "\n  mutation UpdateNetworkSettings($input: UpdateNetworkSettingsInput!) {\n    updateNetworkSettings(input: $input) { network { ...NetworkBrandingFields } errors { ...UserErrorFields } }\n  }\n": types.UpdateNetworkSettingsDocument,
    "\n  query RegistrationQuestions($includeArchived: Boolean!) { registrationQuestions(includeArchived: $includeArchived) { ...RegistrationQuestionFields } }\n": types.RegistrationQuestionsDocument,
    "\n  mutation CreateRegistrationQuestion($input: CreateRegistrationQuestionInput!) {\n    createRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n": types.CreateRegistrationQuestionDocument,
    "\n  mutation UpdateRegistrationQuestion($input: UpdateRegistrationQuestionInput!) {\n    updateRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n": types.UpdateRegistrationQuestionDocument,
    "\n  mutation ArchiveRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    archiveRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n": types.ArchiveRegistrationQuestionDocument,
    "\n  mutation RestoreRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    restoreRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n": types.RestoreRegistrationQuestionDocument,
    "\n  mutation ReorderRegistrationQuestions($input: ReorderRegistrationQuestionsInput!) {\n    reorderRegistrationQuestions(input: $input) { questions { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n": types.ReorderRegistrationQuestionsDocument,
    "\n  query AutoApproval {\n    autoApprovalRules { ...AutoApprovalRulesFields }\n    registrationQuestions(includeArchived: false) { ...RegistrationQuestionFields }\n  }\n": types.AutoApprovalDocument,
    "\n  mutation UpdateAutoApprovalRules($input: UpdateAutoApprovalRulesInput!) {\n    updateAutoApprovalRules(input: $input) { rules { ...AutoApprovalRulesFields } approvedCount errors { ...UserErrorFields } }\n  }\n": types.UpdateAutoApprovalRulesDocument,
    "\n  query RosterPreview($csv: String!, $mode: RosterImportMode!) {\n    rosterPreview(csv: $csv, mode: $mode) {\n      validCount errorCount errors { ...UserErrorFields }\n      rows { line email name year errors { ...UserErrorFields } }\n    }\n  }\n": types.RosterPreviewDocument,
    "\n  mutation ImportRoster($input: ImportRosterInput!) { importRoster(input: $input) { importedCount totalCount approvedCount errors { ...UserErrorFields } } }\n": types.ImportRosterDocument,
    "\n  query RosterEntries($search: String, $first: Int!, $after: String) {\n    rosterEntries(search: $search, first: $first, after: $after) {\n      edges { cursor node { id email name year createdAt } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n": types.RosterEntriesDocument,
    "\n  mutation DeleteRosterEntry($input: DeleteRosterEntryInput!) { deleteRosterEntry(input: $input) { entry { id } errors { ...UserErrorFields } } }\n": types.DeleteRosterEntryDocument,
    "\n  mutation RegisterWithAnswers($input: RegisterInput!) {\n    register(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } }\n  }\n": types.RegisterWithAnswersDocument,
    "\n  fragment CustomRoleFields on CustomRole { id name description permissions memberCount }\n": types.CustomRoleFieldsFragmentDoc,
    "\n  fragment RoleHolderFields on Member { id displayName email role status customRole { id name } }\n": types.RoleHolderFieldsFragmentDoc,
    "\n  fragment StaffInvitationFields on StaffInvitation {\n    id email role customRoleName message status invitedBy { id displayName } acceptedMember { id displayName } expiresAt lastSentAt sendCount acceptedAt createdAt\n  }\n": types.StaffInvitationFieldsFragmentDoc,
    "\n  fragment InvitationLinkFields on InvitationLink {\n    id code path label createdBy { id displayName } role customRoleName skipApproval maxUses uses expiresAt status createdAt\n  }\n": types.InvitationLinkFieldsFragmentDoc,
    "\n  query Roles { roles { builtIn { role permissions memberCount } custom { ...CustomRoleFields } } }\n": types.RolesDocument,
    "\n  query MemberRoles($search: String, $first: Int, $after: String) {\n    memberRoles(search: $search, first: $first, after: $after) {\n      edges { cursor node { ...RoleHolderFields } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n": types.MemberRolesDocument,
    "\n  mutation CreateCustomRole($input: CreateCustomRoleInput!) { createCustomRole(input: $input) { role { ...CustomRoleFields } errors { ...UserErrorFields } } }\n": types.CreateCustomRoleDocument,
    "\n  mutation UpdateCustomRole($input: UpdateCustomRoleInput!) { updateCustomRole(input: $input) { role { ...CustomRoleFields } errors { ...UserErrorFields } } }\n": types.UpdateCustomRoleDocument,
    "\n  mutation DeleteCustomRole($input: DeleteCustomRoleInput!) { deleteCustomRole(input: $input) { deletedId errors { ...UserErrorFields } } }\n": types.DeleteCustomRoleDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { member { ...RoleHolderFields } errors { ...UserErrorFields } } }\n": types.ChangeMemberRoleDocument,
    "\n  mutation TransferOwnership($input: TransferOwnershipInput!) {\n    transferOwnership(input: $input) { owner { ...RoleHolderFields } previousOwner { ...RoleHolderFields } errors { ...UserErrorFields } }\n  }\n": types.TransferOwnershipDocument,
    "\n  query StaffInvitations { staffInvitations { ...StaffInvitationFields } }\n": types.StaffInvitationsDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!) { inviteStaff(input: $input) { invitation { ...StaffInvitationFields } errors { ...UserErrorFields } } }\n": types.InviteStaffDocument,
    "\n  mutation ResendStaffInvitation($input: StaffInvitationIdInput!) {\n    resendStaffInvitation(input: $input) { invitation { ...StaffInvitationFields } errors { ...UserErrorFields } }\n  }\n": types.ResendStaffInvitationDocument,
    "\n  mutation RevokeStaffInvitation($input: StaffInvitationIdInput!) {\n    revokeStaffInvitation(input: $input) { invitation { ...StaffInvitationFields } errors { ...UserErrorFields } }\n  }\n": types.RevokeStaffInvitationDocument,
    "\n  query StaffInvitationPreview($token: String!) {\n    staffInvitation(token: $token) {\n      network { ...NetworkFields } email role customRoleName inviterName message status expiresAt accountExists\n    }\n  }\n": types.StaffInvitationPreviewDocument,
    "\n  mutation AcceptStaffInvitation($input: AcceptStaffInvitationInput!) {\n    acceptStaffInvitation(input: $input) {\n      accessToken\n      member { ...ViewerFields }\n      errors { ...UserErrorFields }\n    }\n  }\n": types.AcceptStaffInvitationDocument,
    "\n  query InvitationLinks($mine: Boolean, $first: Int, $after: String) {\n    invitationLinks(mine: $mine, first: $first, after: $after) {\n      edges { cursor node { ...InvitationLinkFields } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n": types.InvitationLinksDocument,
    "\n  mutation CreateInvitationLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) { link { ...InvitationLinkFields } errors { ...UserErrorFields } }\n  }\n": types.CreateInvitationLinkDocument,
    "\n  mutation RevokeInvitationLink($input: RevokeInvitationLinkInput!) {\n    revokeInvitationLink(input: $input) { link { ...InvitationLinkFields } errors { ...UserErrorFields } }\n  }\n": types.RevokeInvitationLinkDocument,
    "\n  query InvitationSettings { invitationSettings { membersCanInvite } }\n": types.InvitationSettingsDocument,
    "\n  mutation UpdateInvitationSettings($input: InvitationSettingsInput!) {\n    updateInvitationSettings(input: $input) { settings { membersCanInvite } errors { ...UserErrorFields } }\n  }\n": types.UpdateInvitationSettingsDocument,
    "\n  query Referrers($first: Int, $after: String) {\n    referrers(first: $first, after: $after) {\n      edges { cursor node {\n        member { id displayName email } referredCount approvedCount pendingCount lastReferredAt\n        referred { id displayName email status createdAt }\n      } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n": types.ReferrersDocument,
    "\n  query InvitationLinkPreview($networkSlug: String!, $code: String!) {\n    invitationLinkPreview(networkSlug: $networkSlug, code: $code) { valid errorCode inviterName skipsApproval }\n  }\n": types.InvitationLinkPreviewDocument,
    "\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      edges { cursor node { id action actor { id displayName } target { id displayName } details createdAt } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditLogActions { auditLogActions }\n": types.AuditLogActionsDocument,
    "\n  query MyPermissions { me { id permissions customRole { id name } } }\n": types.MyPermissionsDocument,
    "\n  fragment DeviceSessionFields on Session { id browser operatingSystem deviceType ipAddress createdAt lastUsedAt current network { id slug name } }\n": types.DeviceSessionFieldsFragmentDoc,
    "\n  query Sessions($first: Int, $after: String) {\n    sessions(first: $first, after: $after) { edges { cursor node { ...DeviceSessionFields } } pageInfo { ...PageInfoFields } totalCount }\n  }\n": types.SessionsDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) { revokeSession(input: $input) { session { id current } errors { ...UserErrorFields } } }\n": types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere($input: SignOutEverywhereInput) { signOutEverywhere(input: $input) { endedSessions errors { ...UserErrorFields } } }\n": types.SignOutEverywhereDocument,
    "\n  query MyNetworks { myNetworks { id displayName role status current network { id slug name logoUrl } } }\n": types.MyNetworksDocument,
    "\n  mutation SwitchNetwork($input: SwitchNetworkInput!) {\n    switchNetwork(input: $input) {\n      accessToken member { ...ViewerFields } errors { ...UserErrorFields }\n    }\n  }\n": types.SwitchNetworkDocument,
    "\n  fragment LinkedLoginFields on LinkedLogin { provider providerName email displayName linkedAt lastUsedAt }\n": types.LinkedLoginFieldsFragmentDoc,
    "\n  query LoginProviders { loginProviders { id name } }\n": types.LoginProvidersDocument,
    "\n  query SocialSignup($ticket: String!) {\n    socialSignup(ticket: $ticket) { provider providerName networkSlug displayName email emailVerified pictureUrl existingAccount }\n  }\n": types.SocialSignupDocument,
    "\n  query LinkedLogins { me { id hasPassword lineLinked linkedLogins { ...LinkedLoginFields } } loginProviders { id name } }\n": types.LinkedLoginsDocument,
    "\n  mutation StartLoginLink($provider: ID!) { startLoginLink(input: { provider: $provider }) { authorizationUrl errors { ...UserErrorFields } } }\n": types.StartLoginLinkDocument,
    "\n  mutation CompleteLoginLink($ticket: String!) {\n    completeLoginLink(input: { ticket: $ticket }) { linkedLogins { ...LinkedLoginFields } errors { ...UserErrorFields } }\n  }\n": types.CompleteLoginLinkDocument,
    "\n  mutation UnlinkLogin($provider: ID!) {\n    unlinkLogin(input: { provider: $provider }) { linkedLogins { ...LinkedLoginFields } errors { ...UserErrorFields } }\n  }\n": types.UnlinkLoginDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserErrorFields on UserError { code field message }\n"): (typeof documents)["\n  fragment UserErrorFields on UserError { code field message }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo { hasNextPage endCursor }\n"): (typeof documents)["\n  fragment PageInfoFields on PageInfo { hasNextPage endCursor }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkFields on Network { id slug name defaultLocale }\n"): (typeof documents)["\n  fragment NetworkFields on Network { id slug name defaultLocale }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Member { id displayName email role status network { ...NetworkFields } }\n"): (typeof documents)["\n  fragment ViewerFields on Member { id displayName email role status network { ...NetworkFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification { id kind title body createdAt readAt }\n"): (typeof documents)["\n  fragment NotificationFields on Notification { id kind title body createdAt readAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($slug: String!) { network(slug: $slug) { ...NetworkFields } }\n"): (typeof documents)["\n  query Network($slug: String!) { network(slug: $slug) { ...NetworkFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer { me { ...ViewerFields } }\n"): (typeof documents)["\n  query Viewer { me { ...ViewerFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    me {\n      id\n      notifications(first: $first, after: $after) {\n        edges { cursor node { ...NotificationFields } }\n        pageInfo { ...PageInfoFields }\n        totalCount\n        unreadCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String) {\n    me {\n      id\n      notifications(first: $first, after: $after) {\n        edges { cursor node { ...NotificationFields } }\n        pageInfo { ...PageInfoFields }\n        totalCount\n        unreadCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded { notificationAdded { ...NotificationFields } }\n"): (typeof documents)["\n  subscription NotificationAdded { notificationAdded { ...NotificationFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingMembers($first: Int!, $after: String) {\n    pendingMembers(first: $first, after: $after) {\n      edges { cursor node { id displayName email emailVerified createdAt referredBy { id displayName } registrationAnswers { ...RegistrationAnswerFields } } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PendingMembers($first: Int!, $after: String) {\n    pendingMembers(first: $first, after: $after) {\n      edges { cursor node { id displayName email emailVerified createdAt referredBy { id displayName } registrationAnswers { ...RegistrationAnswerFields } } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) { register(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) { register(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignInNetworkChoiceFields on SignInNetworkChoice { ticket networks { displayName status network { slug name } } }\n"): (typeof documents)["\n  fragment SignInNetworkChoiceFields on SignInNetworkChoice { ticket networks { displayName status network { slug name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } networkChoice { ...SignInNetworkChoiceFields } }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } networkChoice { ...SignInNetworkChoiceFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInNetworkChoice($ticket: String!) { signInNetworkChoice(ticket: $ticket) { ...SignInNetworkChoiceFields } }\n"): (typeof documents)["\n  query SignInNetworkChoice($ticket: String!) { signInNetworkChoice(ticket: $ticket) { ...SignInNetworkChoiceFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseSignInNetwork($input: ChooseSignInNetworkInput!) {\n    chooseSignInNetwork(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation ChooseSignInNetwork($input: ChooseSignInNetworkInput!) {\n    chooseSignInNetwork(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewAccessToken($input: RenewAccessTokenInput!) { renewAccessToken(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation RenewAccessToken($input: RenewAccessTokenInput!) { renewAccessToken(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMembership($input: ApproveMembershipInput!) {\n    approveMembership(input: $input) { member { id status } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation ApproveMembership($input: ApproveMembershipInput!) {\n    approveMembership(input: $input) { member { id status } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMembership($input: RejectMembershipInput!) {\n    rejectMembership(input: $input) { member { id status } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation RejectMembership($input: RejectMembershipInput!) {\n    rejectMembership(input: $input) { member { id status } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideMemberships($input: DecideMembershipsInput!) {\n    decideMemberships(input: $input) { members { id status } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation DecideMemberships($input: DecideMembershipsInput!) {\n    decideMemberships(input: $input) { members { id status } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { unreadCount errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { unreadCount errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountEmailPayloadFields on AccountEmailPayload { email pendingEmail emailVerified errors { ...UserErrorFields } }\n"): (typeof documents)["\n  fragment AccountEmailPayloadFields on AccountEmailPayload { email pendingEmail emailVerified errors { ...UserErrorFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountEmail { me { id email emailVerified pendingEmail } }\n"): (typeof documents)["\n  query AccountEmail { me { id email emailVerified pendingEmail } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) { emailVerified accessToken member { ...ViewerFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) { emailVerified accessToken member { ...ViewerFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail { resendVerificationEmail { sent errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation ResendVerificationEmail { resendVerificationEmail { sent errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { passwordChanged networkSlug errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { passwordChanged networkSlug errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { passwordChanged errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { passwordChanged errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($input: ChangeEmailInput!) { changeEmail(input: $input) { ...AccountEmailPayloadFields } }\n"): (typeof documents)["\n  mutation ChangeEmail($input: ChangeEmailInput!) { changeEmail(input: $input) { ...AccountEmailPayloadFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEmailChange { cancelEmailChange { ...AccountEmailPayloadFields } }\n"): (typeof documents)["\n  mutation CancelEmailChange { cancelEmailChange { ...AccountEmailPayloadFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) { confirmEmailChange(input: $input) { ...AccountEmailPayloadFields } }\n"): (typeof documents)["\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) { confirmEmailChange(input: $input) { ...AccountEmailPayloadFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoundedCompanies($memberId: ID!) {\n    profile(memberId: $memberId) { memberId foundedCompanies { id name industry stage url description foundedYear } }\n  }\n"): (typeof documents)["\n  query FoundedCompanies($memberId: ID!) {\n    profile(memberId: $memberId) { memberId foundedCompanies { id name industry stage url description foundedYear } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminMemberListFields on AdminMember {\n    id status email lastSignInAt signInCount lineLinked joinedAt tags { id name color }\n    profile { memberId displayName nameKana entryYear department employer location }\n  }\n"): (typeof documents)["\n  fragment AdminMemberListFields on AdminMember {\n    id status email lastSignInAt signInCount lineLinked joinedAt tags { id name color }\n    profile { memberId displayName nameKana entryYear department employer location }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminMemberDetailFields on AdminMember {\n    id status email externalId lastSignInAt signInCount lineLinked joinedAt registrationAnswers tags { id name color }\n    profile {\n      memberId displayName nameKana nameRomaji headline photoUrl entryYear leaveYear department employer jobTitle industry location bio\n      skills interests links { label url } contactEmail phone customFields { fieldId label displayText }\n    }\n  }\n"): (typeof documents)["\n  fragment AdminMemberDetailFields on AdminMember {\n    id status email externalId lastSignInAt signInCount lineLinked joinedAt registrationAnswers tags { id name color }\n    profile {\n      memberId displayName nameKana nameRomaji headline photoUrl entryYear leaveYear department employer jobTitle industry location bio\n      skills interests links { label url } contactEmail phone customFields { fieldId label displayText }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TagFields on Tag { id name color rule ruleAppliesToNewcomers memberCount }\n"): (typeof documents)["\n  fragment TagFields on Tag { id name color rule ruleAppliesToNewcomers memberCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SegmentFields on Segment { id name description filter memberCount }\n"): (typeof documents)["\n  fragment SegmentFields on Segment { id name description filter memberCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminMembers($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n  adminMembers(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { ...PageInfoFields } edges { cursor node { ...AdminMemberListFields } } }\n}"): (typeof documents)["query AdminMembers($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n  adminMembers(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { ...PageInfoFields } edges { cursor node { ...AdminMemberListFields } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminMember($id: ID!) { adminMember(id: $id) { ...AdminMemberDetailFields } }"): (typeof documents)["query AdminMember($id: ID!) { adminMember(id: $id) { ...AdminMemberDetailFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tags { tags(first: 200) { totalCount edges { node { ...TagFields } } } }"): (typeof documents)["query Tags { tags(first: 200) { totalCount edges { node { ...TagFields } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTag($input: CreateTagInput!) { createTag(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }"): (typeof documents)["mutation CreateTag($input: CreateTagInput!) { createTag(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTag($input: UpdateTagInput!) { updateTag(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }"): (typeof documents)["mutation UpdateTag($input: UpdateTagInput!) { updateTag(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeTags($input: MergeTagsInput!) { mergeTags(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }"): (typeof documents)["mutation MergeTags($input: MergeTagsInput!) { mergeTags(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteTag($input: TagIdInput!) { deleteTag(input: $input) { deletedTagId errors { ...UserErrorFields } } }"): (typeof documents)["mutation DeleteTag($input: TagIdInput!) { deleteTag(input: $input) { deletedTagId errors { ...UserErrorFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BulkTagMembers($input: BulkTagMembersInput!) { bulkTagMembers(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }"): (typeof documents)["mutation BulkTagMembers($input: BulkTagMembersInput!) { bulkTagMembers(input: $input) { tag { ...TagFields } affectedCount errors { ...UserErrorFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Segments { segments(first: 200) { totalCount edges { node { ...SegmentFields } } } }"): (typeof documents)["query Segments { segments(first: 200) { totalCount edges { node { ...SegmentFields } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SegmentPreview($filter: DirectoryFilter!, $first: Int) { segmentPreview(filter: $filter, first: $first) { count members { ...AdminMemberListFields } } }"): (typeof documents)["query SegmentPreview($filter: DirectoryFilter!, $first: Int) { segmentPreview(filter: $filter, first: $first) { count members { ...AdminMemberListFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { segment { ...SegmentFields } errors { ...UserErrorFields } } }"): (typeof documents)["mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { segment { ...SegmentFields } errors { ...UserErrorFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSegment($input: UpdateSegmentInput!) { updateSegment(input: $input) { segment { ...SegmentFields } errors { ...UserErrorFields } } }"): (typeof documents)["mutation UpdateSegment($input: UpdateSegmentInput!) { updateSegment(input: $input) { segment { ...SegmentFields } errors { ...UserErrorFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteSegment($input: DeleteSegmentInput!) { deleteSegment(input: $input) { deletedSegmentId errors { ...UserErrorFields } } }"): (typeof documents)["mutation DeleteSegment($input: DeleteSegmentInput!) { deleteSegment(input: $input) { deletedSegmentId errors { ...UserErrorFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RosterImportProgressFields on RosterImport {\n    id fileName status totalRows processedRows createdRows updatedRows unchangedRows failedRows failure rowErrorCount\n    rowErrors(first: 200) { row column field code params message }\n  }\n"): (typeof documents)["\n  fragment RosterImportProgressFields on RosterImport {\n    id fileName status totalRows processedRows createdRows updatedRows unchangedRows failedRows failure rowErrorCount\n    rowErrors(first: 200) { row column field code params message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterImportSetup($id: ID!) {\n    rosterImport(id: $id) { ...RosterImportProgressFields columns sample suggestedMapping { column target } suggestedMatchBy }\n    rosterImportTargets { target kind label choices }\n  }\n"): (typeof documents)["\n  query RosterImportSetup($id: ID!) {\n    rosterImport(id: $id) { ...RosterImportProgressFields columns sample suggestedMapping { column target } suggestedMatchBy }\n    rosterImportTargets { target kind label choices }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterImportProgress($id: ID!) { rosterImport(id: $id) { ...RosterImportProgressFields } }\n"): (typeof documents)["\n  query RosterImportProgress($id: ID!) { rosterImport(id: $id) { ...RosterImportProgressFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewRosterImport($input: PreviewRosterImportInput!) {\n    previewRosterImport(input: $input) {\n      preview { toCreate toUpdate unchanged failed rowErrorCount rowErrors { row column field code params message } newTags }\n      errors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewRosterImport($input: PreviewRosterImportInput!) {\n    previewRosterImport(input: $input) {\n      preview { toCreate toUpdate unchanged failed rowErrorCount rowErrors { row column field code params message } newTags }\n      errors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunRosterImport($input: RunRosterImportInput!) { runRosterImport(input: $input) { rosterImport { ...RosterImportProgressFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation RunRosterImport($input: RunRosterImportInput!) { runRosterImport(input: $input) { rosterImport { ...RosterImportProgressFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyFields on Company {\n    id name industry stage url description foundedYear founderProfile { memberId displayName photoUrl } viewerMayEdit viewerMayRemove\n  }\n"): (typeof documents)["\n  fragment CompanyFields on Company {\n    id name industry stage url description foundedYear founderProfile { memberId displayName photoUrl } viewerMayEdit viewerMayRemove\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlumniCompanies($filter: CompanyFilter, $sort: CompanySort, $first: Int, $after: String) {\n    alumniCompanies(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { ...CompanyFields } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AlumniCompanies($filter: CompanyFilter, $sort: CompanySort, $first: Int, $after: String) {\n    alumniCompanies(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { ...CompanyFields } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlumniCompanyIndustries { alumniCompanyIndustries }\n"): (typeof documents)["\n  query AlumniCompanyIndustries { alumniCompanyIndustries }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCompany($input: AddCompanyInput!) { addCompany(input: $input) { company { ...CompanyFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation AddCompany($input: AddCompanyInput!) { addCompany(input: $input) { company { ...CompanyFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { ...CompanyFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation UpdateCompany($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { ...CompanyFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCompany($input: RemoveCompanyInput!) { removeCompany(input: $input) { removedCompanyId errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation RemoveCompany($input: RemoveCompanyInput!) { removeCompany(input: $input) { removedCompanyId errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleYouMayKnow($first: Int) {\n    peopleYouMayKnow(first: $first) { member { id } profile { memberId displayName headline photoUrl } reasons { kind values } }\n  }\n"): (typeof documents)["\n  query PeopleYouMayKnow($first: Int) {\n    peopleYouMayKnow(first: $first) { member { id } profile { memberId displayName headline photoUrl } reasons { kind values } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissSuggestion($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { dismissedMemberId errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation DismissSuggestion($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { dismissedMemberId errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n    directory(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { memberId displayName nameKana nameRomaji headline photoUrl entryYear department employer jobTitle location skills } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n      fuzzy\n    }\n  }\n"): (typeof documents)["\n  query Directory($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n    directory(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { memberId displayName nameKana nameRomaji headline photoUrl entryYear department employer jobTitle location skills } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n      fuzzy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryFacets {\n    directoryFacets {\n      departments { value count }\n      employers { value count }\n      industries { value count }\n      locations { value count }\n      entryYears { value count }\n      skills { value count }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryFacets {\n    directoryFacets {\n      departments { value count }\n      employers { value count }\n      industries { value count }\n      locations { value count }\n      entryYears { value count }\n      skills { value count }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMyPhoto { removeMyPhoto { profile { memberId photoUrl thumbnailUrl } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation RemoveMyPhoto { removeMyPhoto { profile { memberId photoUrl thumbnailUrl } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFields on Profile {\n    memberId displayName nameKana nameRomaji headline photoUrl entryYear leaveYear department employer jobTitle industry location bio\n    skills interests links { label url } contactEmail phone customFields { fieldId key label type value values displayText }\n    contactVisibility { contactEmail phone links } email registrationAnswers { key values }\n  }\n"): (typeof documents)["\n  fragment ProfileFields on Profile {\n    memberId displayName nameKana nameRomaji headline photoUrl entryYear leaveYear department employer jobTitle industry location bio\n    skills interests links { label url } contactEmail phone customFields { fieldId key label type value values displayText }\n    contactVisibility { contactEmail phone links } email registrationAnswers { key values }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomFieldFields on CustomField { id key label type options { value label } helpText visibility position archivedAt }\n"): (typeof documents)["\n  fragment CustomFieldFields on CustomField { id key label type options { value label } helpText visibility position archivedAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFieldSettingFields on ProfileFieldSetting { field visibility decidedBy changeable searchable }\n"): (typeof documents)["\n  fragment ProfileFieldSettingFields on ProfileFieldSetting { field visibility decidedBy changeable searchable }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFieldDescriptionFields on ProfileFieldDescription {\n    key standard customFieldId label helpText kind multi maxLength maxItems min max options { value label }\n    visibility decidedBy visibilityOptions searchable filter filterArgument importable\n  }\n"): (typeof documents)["\n  fragment ProfileFieldDescriptionFields on ProfileFieldDescription {\n    key standard customFieldId label helpText kind multi maxLength maxItems min max options { value label }\n    visibility decidedBy visibilityOptions searchable filter filterArgument importable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileFields { profileFields { ...ProfileFieldDescriptionFields } }\n"): (typeof documents)["\n  query ProfileFields { profileFields { ...ProfileFieldDescriptionFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberProfile($memberId: ID!) {\n    profile(memberId: $memberId) { ...ProfileFields }\n    profileFields { ...ProfileFieldDescriptionFields }\n  }\n"): (typeof documents)["\n  query MemberProfile($memberId: ID!) {\n    profile(memberId: $memberId) { ...ProfileFields }\n    profileFields { ...ProfileFieldDescriptionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    myProfile { ...ProfileFields }\n    profileFields { ...ProfileFieldDescriptionFields }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    myProfile { ...ProfileFields }\n    profileFields { ...ProfileFieldDescriptionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { profile { ...ProfileFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { profile { ...ProfileFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldAdmin {\n    customFields(includeArchived: true) { ...CustomFieldFields }\n    profileFieldSettings { ...ProfileFieldSettingFields }\n  }\n"): (typeof documents)["\n  query FieldAdmin {\n    customFields(includeArchived: true) { ...CustomFieldFields }\n    profileFieldSettings { ...ProfileFieldSettingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProfileFieldVisibility($input: SetProfileFieldVisibilityInput!) {\n    setProfileFieldVisibility(input: $input) { setting { ...ProfileFieldSettingFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation SetProfileFieldVisibility($input: SetProfileFieldVisibilityInput!) {\n    setProfileFieldVisibility(input: $input) { setting { ...ProfileFieldSettingFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomField($input: CreateCustomFieldInput!) { createCustomField(input: $input) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation CreateCustomField($input: CreateCustomFieldInput!) { createCustomField(input: $input) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomField($input: UpdateCustomFieldInput!) { updateCustomField(input: $input) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation UpdateCustomField($input: UpdateCustomFieldInput!) { updateCustomField(input: $input) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderCustomFields($input: ReorderCustomFieldsInput!) { reorderCustomFields(input: $input) { fields { id position } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation ReorderCustomFields($input: ReorderCustomFieldsInput!) { reorderCustomFields(input: $input) { fields { id position } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCustomField($id: ID!) { archiveCustomField(id: $id) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation ArchiveCustomField($id: ID!) { archiveCustomField(id: $id) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreCustomField($id: ID!) { restoreCustomField(id: $id) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation RestoreCustomField($id: ID!) { restoreCustomField(id: $id) { field { ...CustomFieldFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedMemberFields on Member { id displayName profile { photoUrl } }\n"): (typeof documents)["\n  fragment FeedMemberFields on Member { id displayName profile { photoUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedPostFields on Post { id body hashtags links createdAt editedAt author { ...FeedMemberFields } mentions { id displayName } }\n"): (typeof documents)["\n  fragment FeedPostFields on Post { id body hashtags links createdAt editedAt author { ...FeedMemberFields } mentions { id displayName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedItemFields on FeedItem {\n    id kind title excerpt linkPath audience publishedAt pinned hiddenByModerators reactionCount commentCount viewerLiked\n    actor { ...FeedMemberFields }\n    subject { typename id }\n    post { ...FeedPostFields }\n  }\n"): (typeof documents)["\n  fragment FeedItemFields on FeedItem {\n    id kind title excerpt linkPath audience publishedAt pinned hiddenByModerators reactionCount commentCount viewerLiked\n    actor { ...FeedMemberFields }\n    subject { typename id }\n    post { ...FeedPostFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedCommentFields on FeedComment {\n    id feedItemId replyToCommentId body createdAt editedAt replyCount author { ...FeedMemberFields } mentions { id displayName }\n  }\n"): (typeof documents)["\n  fragment FeedCommentFields on FeedComment {\n    id feedItemId replyToCommentId body createdAt editedAt replyCount author { ...FeedMemberFields } mentions { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($order: FeedOrder!, $first: Int!, $after: String) {\n    feed(order: $order, first: $first, after: $after) {\n      edges { cursor node { ...FeedItemFields } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"): (typeof documents)["\n  query Feed($order: FeedOrder!, $first: Int!, $after: String) {\n    feed(order: $order, first: $first, after: $after) {\n      edges { cursor node { ...FeedItemFields } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Hashtag($tag: String!, $first: Int!, $after: String) {\n    hashtag(tag: $tag, first: $first, after: $after) {\n      edges { cursor node { ...FeedItemFields } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"): (typeof documents)["\n  query Hashtag($tag: String!, $first: Int!, $after: String) {\n    hashtag(tag: $tag, first: $first, after: $after) {\n      edges { cursor node { ...FeedItemFields } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedItem($id: ID!) { feedItem(id: $id) { ...FeedItemFields } }\n"): (typeof documents)["\n  query FeedItem($id: ID!) { feedItem(id: $id) { ...FeedItemFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedComments($feedItemId: ID!, $first: Int!, $after: String, $repliesFirst: Int!, $repliesAfter: String) {\n    feedItem(id: $feedItemId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...FeedCommentFields\n            replies(first: $repliesFirst, after: $repliesAfter) { edges { cursor node { ...FeedCommentFields } } pageInfo { ...PageInfoFields } }\n          }\n        }\n        pageInfo { ...PageInfoFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedComments($feedItemId: ID!, $first: Int!, $after: String, $repliesFirst: Int!, $repliesAfter: String) {\n    feedItem(id: $feedItemId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...FeedCommentFields\n            replies(first: $repliesFirst, after: $repliesAfter) { edges { cursor node { ...FeedCommentFields } } pageInfo { ...PageInfoFields } }\n          }\n        }\n        pageInfo { ...PageInfoFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { post { id } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { post { id } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($input: EditPostInput!) { editPost(input: $input) { post { ...FeedPostFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation EditPost($input: EditPostInput!) { editPost(input: $input) { post { ...FeedPostFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($input: DeletePostInput!) { deletePost(input: $input) { deletedPostId errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation DeletePost($input: DeletePostInput!) { deletePost(input: $input) { deletedPostId errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LikeFeedItem($input: FeedItemInput!) { likeFeedItem(input: $input) { feedItem { id reactionCount viewerLiked } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation LikeFeedItem($input: FeedItemInput!) { likeFeedItem(input: $input) { feedItem { id reactionCount viewerLiked } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlikeFeedItem($input: FeedItemInput!) { unlikeFeedItem(input: $input) { feedItem { id reactionCount viewerLiked } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation UnlikeFeedItem($input: FeedItemInput!) { unlikeFeedItem(input: $input) { feedItem { id reactionCount viewerLiked } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) { addComment(input: $input) { comment { ...FeedCommentFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) { addComment(input: $input) { comment { ...FeedCommentFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) { editComment(input: $input) { comment { ...FeedCommentFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) { editComment(input: $input) { comment { ...FeedCommentFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($input: DeleteCommentInput!) { deleteComment(input: $input) { comment { id } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation DeleteComment($input: DeleteCommentInput!) { deleteComment(input: $input) { comment { id } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideFromMyFeed($input: FeedItemInput!) { hideFromMyFeed(input: $input) { feedItem { id } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation HideFromMyFeed($input: FeedItemInput!) { hideFromMyFeed(input: $input) { feedItem { id } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShowInMyFeed($input: FeedItemInput!) { showInMyFeed(input: $input) { feedItem { id } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation ShowInMyFeed($input: FeedItemInput!) { showInMyFeed(input: $input) { feedItem { id } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContent($input: ReportContentInput!) { reportContent(input: $input) { report { id } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation ReportContent($input: ReportContentInput!) { reportContent(input: $input) { report { id } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationCaseFields on ModerationCase {\n    openReportCount latestReportAt\n    item { ...FeedItemFields }\n    reports { id feedItemId commentId reason status createdAt }\n  }\n"): (typeof documents)["\n  fragment ModerationCaseFields on ModerationCase {\n    openReportCount latestReportAt\n    item { ...FeedItemFields }\n    reports { id feedItemId commentId reason status createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      edges { cursor node { ...ModerationCaseFields } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      edges { cursor node { ...ModerationCaseFields } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideFeedItem($input: FeedItemInput!) { hideFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation HideFeedItem($input: FeedItemInput!) { hideFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideFeedItem($input: FeedItemInput!) { unhideFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation UnhideFeedItem($input: FeedItemInput!) { unhideFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinFeedItem($input: FeedItemInput!) { pinFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation PinFeedItem($input: FeedItemInput!) { pinFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinFeedItem($input: FeedItemInput!) { unpinFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation UnpinFeedItem($input: FeedItemInput!) { unpinFeedItem(input: $input) { feedItem { ...FeedItemFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissReport($input: DismissReportInput!) { dismissReport(input: $input) { report { id status } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation DismissReport($input: DismissReportInput!) { dismissReport(input: $input) { report { id status } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageTemplateFields on MessageTemplate { id name body variables updatedAt }\n"): (typeof documents)["\n  fragment MessageTemplateFields on MessageTemplate { id name body variables updatedAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulkMessageFields on BulkMessage {\n    id status body bodyParts { text variable fallback } segmentName scheduledAt startedAt completedAt failureReason recipientCount deliveredCount failedCount openedCount openRate progress createdAt\n  }\n"): (typeof documents)["\n  fragment BulkMessageFields on BulkMessage {\n    id status body bodyParts { text variable fallback } segmentName scheduledAt startedAt completedAt failureReason recipientCount deliveredCount failedCount openedCount openRate progress createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MessageTemplates { messageTemplates(first: 100) { totalCount pageInfo { ...PageInfoFields } edges { node { ...MessageTemplateFields } } } }"): (typeof documents)["query MessageTemplates { messageTemplates(first: 100) { totalCount pageInfo { ...PageInfoFields } edges { node { ...MessageTemplateFields } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewMessageTemplate($body: String!, $recipientId: ID!) { previewMessageTemplate(body: $body, recipientId: $recipientId) { text emptyVariables } }"): (typeof documents)["query PreviewMessageTemplate($body: String!, $recipientId: ID!) { previewMessageTemplate(body: $body, recipientId: $recipientId) { text emptyVariables } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { template { ...MessageTemplateFields } errors { ...UserErrorFields } } }"): (typeof documents)["mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { template { ...MessageTemplateFields } errors { ...UserErrorFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMessageTemplate($input: UpdateMessageTemplateInput!) { updateMessageTemplate(input: $input) { template { ...MessageTemplateFields } errors { ...UserErrorFields } } }"): (typeof documents)["mutation UpdateMessageTemplate($input: UpdateMessageTemplateInput!) { updateMessageTemplate(input: $input) { template { ...MessageTemplateFields } errors { ...UserErrorFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteMessageTemplate($input: DeleteMessageTemplateInput!) { deleteMessageTemplate(input: $input) { deletedTemplateId errors { ...UserErrorFields } } }"): (typeof documents)["mutation DeleteMessageTemplate($input: DeleteMessageTemplateInput!) { deleteMessageTemplate(input: $input) { deletedTemplateId errors { ...UserErrorFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AutoReplies { autoReplies { trigger enabled updatedAt template { id name } } }"): (typeof documents)["query AutoReplies { autoReplies { trigger enabled updatedAt template { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAutoReply($input: SetAutoReplyInput!) { setAutoReply(input: $input) { autoReply { trigger enabled updatedAt template { id name } } errors { ...UserErrorFields } } }"): (typeof documents)["mutation SetAutoReply($input: SetAutoReplyInput!) { setAutoReply(input: $input) { autoReply { trigger enabled updatedAt template { id name } } errors { ...UserErrorFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BulkMessages { bulkMessages(first: 50) { totalCount edges { node { ...BulkMessageFields } } } }"): (typeof documents)["query BulkMessages { bulkMessages(first: 50) { totalCount edges { node { ...BulkMessageFields } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BulkMessage($id: ID!, $opened: Boolean) { bulkMessage(id: $id) { ...BulkMessageFields\n     recipients(first: 200, opened: $opened) { totalCount edges { node { status deliveredAt openedAt failureReason member { id displayName } } } } } }"): (typeof documents)["query BulkMessage($id: ID!, $opened: Boolean) { bulkMessage(id: $id) { ...BulkMessageFields\n     recipients(first: 200, opened: $opened) { totalCount edges { node { status deliveredAt openedAt failureReason member { id displayName } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendBulkMessage($input: SendBulkMessageInput!) { sendBulkMessage(input: $input) { bulkMessage { ...BulkMessageFields } errors { ...UserErrorFields } } }"): (typeof documents)["mutation SendBulkMessage($input: SendBulkMessageInput!) { sendBulkMessage(input: $input) { bulkMessage { ...BulkMessageFields } errors { ...UserErrorFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelBulkMessage($input: CancelBulkMessageInput!) { cancelBulkMessage(input: $input) { bulkMessage { ...BulkMessageFields } errors { ...UserErrorFields } } }"): (typeof documents)["mutation CancelBulkMessage($input: CancelBulkMessageInput!) { cancelBulkMessage(input: $input) { bulkMessage { ...BulkMessageFields } errors { ...UserErrorFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatMemberFields on Member { id displayName }\n"): (typeof documents)["\n  fragment ChatMemberFields on Member { id displayName }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatMemberWithPhotoFields on Member { id displayName profile { thumbnailUrl } }\n"): (typeof documents)["\n  fragment ChatMemberWithPhotoFields on Member { id displayName profile { thumbnailUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomFields on Room { name description category topicTags visibility memberCount messageCount archivedAt viewerInvited viewerCanModerate }\n"): (typeof documents)["\n  fragment RoomFields on Room { name description category topicTags visibility memberCount messageCount archivedAt viewerInvited viewerCanModerate }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationFields on Conversation {\n    id kind title lastActivityAt unreadCount viewerIsMember\n    otherMember { ...ChatMemberWithPhotoFields }\n    room { ...RoomFields }\n    lastMessage { id body sentByNetwork createdAt deletedAt sender { ...ChatMemberFields } }\n  }\n"): (typeof documents)["\n  fragment ConversationFields on Conversation {\n    id kind title lastActivityAt unreadCount viewerIsMember\n    otherMember { ...ChatMemberWithPhotoFields }\n    room { ...RoomFields }\n    lastMessage { id body sentByNetwork createdAt deletedAt sender { ...ChatMemberFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id conversationId seq sentByNetwork body links createdAt editedAt deletedAt deletedByModerator readByCount readAt\n    sender { ...ChatMemberFields }\n    mentions { ...ChatMemberFields }\n    replyTo { id body sentByNetwork deletedAt sender { ...ChatMemberFields } }\n    reactions { emoji count memberIds }\n  }\n"): (typeof documents)["\n  fragment MessageFields on Message {\n    id conversationId seq sentByNetwork body links createdAt editedAt deletedAt deletedByModerator readByCount readAt\n    sender { ...ChatMemberFields }\n    mentions { ...ChatMemberFields }\n    replyTo { id body sentByNetwork deletedAt sender { ...ChatMemberFields } }\n    reactions { emoji count memberIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationPageFields on ConversationConnection { edges { cursor node { ...ConversationFields } } pageInfo { ...PageInfoFields } totalCount }\n"): (typeof documents)["\n  fragment ConversationPageFields on ConversationConnection { edges { cursor node { ...ConversationFields } } pageInfo { ...PageInfoFields } totalCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations($first: Int, $after: String, $kind: ConversationKind, $unreadOnly: Boolean) {\n    conversations(first: $first, after: $after, kind: $kind, unreadOnly: $unreadOnly) { ...ConversationPageFields }\n  }\n"): (typeof documents)["\n  query Conversations($first: Int, $after: String, $kind: ConversationKind, $unreadOnly: Boolean) {\n    conversations(first: $first, after: $after, kind: $kind, unreadOnly: $unreadOnly) { ...ConversationPageFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    networkInbox(first: $first, after: $after, unreadOnly: $unreadOnly) { ...ConversationPageFields }\n  }\n"): (typeof documents)["\n  query NetworkInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    networkInbox(first: $first, after: $after, unreadOnly: $unreadOnly) { ...ConversationPageFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!) { conversation(id: $id) { ...ConversationFields } }\n"): (typeof documents)["\n  query Conversation($id: ID!) { conversation(id: $id) { ...ConversationFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationMessages($id: ID!, $last: Int, $before: ID) {\n    conversation(id: $id) { id messages(last: $last, before: $before) { edges { cursor node { ...MessageFields } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }\n  }\n"): (typeof documents)["\n  query ConversationMessages($id: ID!, $last: Int, $before: ID) {\n    conversation(id: $id) { id messages(last: $last, before: $before) { edges { cursor node { ...MessageFields } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationMembers($id: ID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges { cursor role joinedAt node { ...ChatMemberWithPhotoFields } }\n        pageInfo { ...PageInfoFields }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationMembers($id: ID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges { cursor role joinedAt node { ...ChatMemberWithPhotoFields } }\n        pageInfo { ...PageInfoFields }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadMessageCount { unreadMessageCount }\n"): (typeof documents)["\n  query UnreadMessageCount { unreadMessageCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rooms($filter: RoomFilter, $sort: RoomSort, $first: Int, $after: String) {\n    rooms(filter: $filter, sort: $sort, first: $first, after: $after) { ...ConversationPageFields }\n  }\n"): (typeof documents)["\n  query Rooms($filter: RoomFilter, $sort: RoomSort, $first: Int, $after: String) {\n    rooms(filter: $filter, sort: $sort, first: $first, after: $after) { ...ConversationPageFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomInvitations($first: Int) { roomInvitations(first: $first) { ...ConversationPageFields } }\n"): (typeof documents)["\n  query RoomInvitations($first: Int) { roomInvitations(first: $first) { ...ConversationPageFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartDirectConversation($input: StartDirectConversationInput!) {\n    startDirectConversation(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation StartDirectConversation($input: StartDirectConversationInput!) {\n    startDirectConversation(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactNetwork($input: ContactNetworkInput!) { contactNetwork(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation ContactNetwork($input: ContactNetworkInput!) { contactNetwork(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) { sendMessage(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) { sendMessage(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMessage($input: EditMessageInput!) { editMessage(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation EditMessage($input: EditMessageInput!) { editMessage(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessage($input: DeleteMessageInput!) { deleteMessage(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation DeleteMessage($input: DeleteMessageInput!) { deleteMessage(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReaction($input: ReactionInput!) { addReaction(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation AddReaction($input: ReactionInput!) { addReaction(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReaction($input: ReactionInput!) { removeReaction(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation RemoveReaction($input: ReactionInput!) { removeReaction(input: $input) { message { ...MessageFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) { conversation { id unreadCount } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) { conversation { id unreadCount } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($input: SetTypingInput!) { setTyping(input: $input) { errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation SetTyping($input: SetTypingInput!) { setTyping(input: $input) { errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) { createRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation CreateRoom($input: CreateRoomInput!) { createRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoom($input: UpdateRoomInput!) { updateRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation UpdateRoom($input: UpdateRoomInput!) { updateRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinRoom($input: RoomInput!) { joinRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation JoinRoom($input: RoomInput!) { joinRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveRoom($input: RoomInput!) { leaveRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation LeaveRoom($input: RoomInput!) { leaveRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineRoomInvitation($input: RoomInput!) { declineRoomInvitation(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation DeclineRoomInvitation($input: RoomInput!) { declineRoomInvitation(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveRoom($input: RoomInput!) { archiveRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation ArchiveRoom($input: RoomInput!) { archiveRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveRoom($input: RoomInput!) { unarchiveRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation UnarchiveRoom($input: RoomInput!) { unarchiveRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToRoom($input: InviteToRoomInput!) { inviteToRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation InviteToRoom($input: InviteToRoomInput!) { inviteToRoom(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRoomMember($input: RemoveRoomMemberInput!) { removeRoomMember(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation RemoveRoomMember($input: RemoveRoomMemberInput!) { removeRoomMember(input: $input) { conversation { ...ConversationFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageEvents($conversationId: ID!, $afterMessageId: ID) {\n    messageEvents(conversationId: $conversationId, afterMessageId: $afterMessageId) {\n      kind conversationId readerId message { ...MessageFields }\n    }\n  }\n"): (typeof documents)["\n  subscription MessageEvents($conversationId: ID!, $afterMessageId: ID) {\n    messageEvents(conversationId: $conversationId, afterMessageId: $afterMessageId) {\n      kind conversationId readerId message { ...MessageFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationUpdated { conversationUpdated { ...ConversationFields } }\n"): (typeof documents)["\n  subscription ConversationUpdated { conversationUpdated { ...ConversationFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Typing($conversationId: ID!) { typing(conversationId: $conversationId) { conversationId memberId displayName typing expiresAt } }\n"): (typeof documents)["\n  subscription Typing($conversationId: ID!) { typing(conversationId: $conversationId) { conversationId memberId displayName typing expiresAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPersonalData { myPersonalData { accountId identity directory messaging content recruitment notification } }\n"): (typeof documents)["\n  query MyPersonalData { myPersonalData { accountId identity directory messaging content recruitment notification } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountDeletion { me { id hasPassword } }\n"): (typeof documents)["\n  query AccountDeletion { me { id hasPassword } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationAnswerFields on RegistrationAnswer { question { id label adminOnly archivedAt } displayText }\n"): (typeof documents)["\n  fragment RegistrationAnswerFields on RegistrationAnswer { question { id label adminOnly archivedAt } displayText }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkBrandingFields on Network { id slug name defaultLocale logoUrl primaryColor welcomeText registrationOpen }\n"): (typeof documents)["\n  fragment NetworkBrandingFields on Network { id slug name defaultLocale logoUrl primaryColor welcomeText registrationOpen }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationQuestionFields on RegistrationQuestion {\n    id kind label helpText required position options { id label } profileField adminOnly archivedAt\n  }\n"): (typeof documents)["\n  fragment RegistrationQuestionFields on RegistrationQuestion {\n    id kind label helpText required position options { id label } profileField adminOnly archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AutoApprovalRulesFields on AutoApprovalRules { emailDomains rosterEnabled rosterYearQuestion { id label } rosterEntryCount }\n"): (typeof documents)["\n  fragment AutoApprovalRulesFields on AutoApprovalRules { emailDomains rosterEnabled rosterYearQuestion { id label } rosterEntryCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinNetwork($slug: String!) {\n    network(slug: $slug) { ...NetworkBrandingFields registrationQuestions { ...RegistrationQuestionFields } }\n  }\n"): (typeof documents)["\n  query JoinNetwork($slug: String!) {\n    network(slug: $slug) { ...NetworkBrandingFields registrationQuestions { ...RegistrationQuestionFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkSettings { me { id network { ...NetworkBrandingFields } } }\n"): (typeof documents)["\n  query NetworkSettings { me { id network { ...NetworkBrandingFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNetworkSettings($input: UpdateNetworkSettingsInput!) {\n    updateNetworkSettings(input: $input) { network { ...NetworkBrandingFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation UpdateNetworkSettings($input: UpdateNetworkSettingsInput!) {\n    updateNetworkSettings(input: $input) { network { ...NetworkBrandingFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationQuestions($includeArchived: Boolean!) { registrationQuestions(includeArchived: $includeArchived) { ...RegistrationQuestionFields } }\n"): (typeof documents)["\n  query RegistrationQuestions($includeArchived: Boolean!) { registrationQuestions(includeArchived: $includeArchived) { ...RegistrationQuestionFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegistrationQuestion($input: CreateRegistrationQuestionInput!) {\n    createRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation CreateRegistrationQuestion($input: CreateRegistrationQuestionInput!) {\n    createRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegistrationQuestion($input: UpdateRegistrationQuestionInput!) {\n    updateRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation UpdateRegistrationQuestion($input: UpdateRegistrationQuestionInput!) {\n    updateRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    archiveRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation ArchiveRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    archiveRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    restoreRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation RestoreRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    restoreRegistrationQuestion(input: $input) { question { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderRegistrationQuestions($input: ReorderRegistrationQuestionsInput!) {\n    reorderRegistrationQuestions(input: $input) { questions { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation ReorderRegistrationQuestions($input: ReorderRegistrationQuestionsInput!) {\n    reorderRegistrationQuestions(input: $input) { questions { ...RegistrationQuestionFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutoApproval {\n    autoApprovalRules { ...AutoApprovalRulesFields }\n    registrationQuestions(includeArchived: false) { ...RegistrationQuestionFields }\n  }\n"): (typeof documents)["\n  query AutoApproval {\n    autoApprovalRules { ...AutoApprovalRulesFields }\n    registrationQuestions(includeArchived: false) { ...RegistrationQuestionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAutoApprovalRules($input: UpdateAutoApprovalRulesInput!) {\n    updateAutoApprovalRules(input: $input) { rules { ...AutoApprovalRulesFields } approvedCount errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation UpdateAutoApprovalRules($input: UpdateAutoApprovalRulesInput!) {\n    updateAutoApprovalRules(input: $input) { rules { ...AutoApprovalRulesFields } approvedCount errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterPreview($csv: String!, $mode: RosterImportMode!) {\n    rosterPreview(csv: $csv, mode: $mode) {\n      validCount errorCount errors { ...UserErrorFields }\n      rows { line email name year errors { ...UserErrorFields } }\n    }\n  }\n"): (typeof documents)["\n  query RosterPreview($csv: String!, $mode: RosterImportMode!) {\n    rosterPreview(csv: $csv, mode: $mode) {\n      validCount errorCount errors { ...UserErrorFields }\n      rows { line email name year errors { ...UserErrorFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRoster($input: ImportRosterInput!) { importRoster(input: $input) { importedCount totalCount approvedCount errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation ImportRoster($input: ImportRosterInput!) { importRoster(input: $input) { importedCount totalCount approvedCount errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterEntries($search: String, $first: Int!, $after: String) {\n    rosterEntries(search: $search, first: $first, after: $after) {\n      edges { cursor node { id email name year createdAt } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RosterEntries($search: String, $first: Int!, $after: String) {\n    rosterEntries(search: $search, first: $first, after: $after) {\n      edges { cursor node { id email name year createdAt } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRosterEntry($input: DeleteRosterEntryInput!) { deleteRosterEntry(input: $input) { entry { id } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation DeleteRosterEntry($input: DeleteRosterEntryInput!) { deleteRosterEntry(input: $input) { entry { id } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterWithAnswers($input: RegisterInput!) {\n    register(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation RegisterWithAnswers($input: RegisterInput!) {\n    register(input: $input) { accessToken member { ...ViewerFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomRoleFields on CustomRole { id name description permissions memberCount }\n"): (typeof documents)["\n  fragment CustomRoleFields on CustomRole { id name description permissions memberCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleHolderFields on Member { id displayName email role status customRole { id name } }\n"): (typeof documents)["\n  fragment RoleHolderFields on Member { id displayName email role status customRole { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffInvitationFields on StaffInvitation {\n    id email role customRoleName message status invitedBy { id displayName } acceptedMember { id displayName } expiresAt lastSentAt sendCount acceptedAt createdAt\n  }\n"): (typeof documents)["\n  fragment StaffInvitationFields on StaffInvitation {\n    id email role customRoleName message status invitedBy { id displayName } acceptedMember { id displayName } expiresAt lastSentAt sendCount acceptedAt createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationLinkFields on InvitationLink {\n    id code path label createdBy { id displayName } role customRoleName skipApproval maxUses uses expiresAt status createdAt\n  }\n"): (typeof documents)["\n  fragment InvitationLinkFields on InvitationLink {\n    id code path label createdBy { id displayName } role customRoleName skipApproval maxUses uses expiresAt status createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles { roles { builtIn { role permissions memberCount } custom { ...CustomRoleFields } } }\n"): (typeof documents)["\n  query Roles { roles { builtIn { role permissions memberCount } custom { ...CustomRoleFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberRoles($search: String, $first: Int, $after: String) {\n    memberRoles(search: $search, first: $first, after: $after) {\n      edges { cursor node { ...RoleHolderFields } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MemberRoles($search: String, $first: Int, $after: String) {\n    memberRoles(search: $search, first: $first, after: $after) {\n      edges { cursor node { ...RoleHolderFields } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomRole($input: CreateCustomRoleInput!) { createCustomRole(input: $input) { role { ...CustomRoleFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation CreateCustomRole($input: CreateCustomRoleInput!) { createCustomRole(input: $input) { role { ...CustomRoleFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomRole($input: UpdateCustomRoleInput!) { updateCustomRole(input: $input) { role { ...CustomRoleFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation UpdateCustomRole($input: UpdateCustomRoleInput!) { updateCustomRole(input: $input) { role { ...CustomRoleFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomRole($input: DeleteCustomRoleInput!) { deleteCustomRole(input: $input) { deletedId errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation DeleteCustomRole($input: DeleteCustomRoleInput!) { deleteCustomRole(input: $input) { deletedId errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { member { ...RoleHolderFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { member { ...RoleHolderFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferOwnership($input: TransferOwnershipInput!) {\n    transferOwnership(input: $input) { owner { ...RoleHolderFields } previousOwner { ...RoleHolderFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation TransferOwnership($input: TransferOwnershipInput!) {\n    transferOwnership(input: $input) { owner { ...RoleHolderFields } previousOwner { ...RoleHolderFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffInvitations { staffInvitations { ...StaffInvitationFields } }\n"): (typeof documents)["\n  query StaffInvitations { staffInvitations { ...StaffInvitationFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteStaff($input: InviteStaffInput!) { inviteStaff(input: $input) { invitation { ...StaffInvitationFields } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation InviteStaff($input: InviteStaffInput!) { inviteStaff(input: $input) { invitation { ...StaffInvitationFields } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendStaffInvitation($input: StaffInvitationIdInput!) {\n    resendStaffInvitation(input: $input) { invitation { ...StaffInvitationFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation ResendStaffInvitation($input: StaffInvitationIdInput!) {\n    resendStaffInvitation(input: $input) { invitation { ...StaffInvitationFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeStaffInvitation($input: StaffInvitationIdInput!) {\n    revokeStaffInvitation(input: $input) { invitation { ...StaffInvitationFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation RevokeStaffInvitation($input: StaffInvitationIdInput!) {\n    revokeStaffInvitation(input: $input) { invitation { ...StaffInvitationFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffInvitationPreview($token: String!) {\n    staffInvitation(token: $token) {\n      network { ...NetworkFields } email role customRoleName inviterName message status expiresAt accountExists\n    }\n  }\n"): (typeof documents)["\n  query StaffInvitationPreview($token: String!) {\n    staffInvitation(token: $token) {\n      network { ...NetworkFields } email role customRoleName inviterName message status expiresAt accountExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptStaffInvitation($input: AcceptStaffInvitationInput!) {\n    acceptStaffInvitation(input: $input) {\n      accessToken\n      member { ...ViewerFields }\n      errors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptStaffInvitation($input: AcceptStaffInvitationInput!) {\n    acceptStaffInvitation(input: $input) {\n      accessToken\n      member { ...ViewerFields }\n      errors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationLinks($mine: Boolean, $first: Int, $after: String) {\n    invitationLinks(mine: $mine, first: $first, after: $after) {\n      edges { cursor node { ...InvitationLinkFields } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InvitationLinks($mine: Boolean, $first: Int, $after: String) {\n    invitationLinks(mine: $mine, first: $first, after: $after) {\n      edges { cursor node { ...InvitationLinkFields } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitationLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) { link { ...InvitationLinkFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation CreateInvitationLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) { link { ...InvitationLinkFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitationLink($input: RevokeInvitationLinkInput!) {\n    revokeInvitationLink(input: $input) { link { ...InvitationLinkFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitationLink($input: RevokeInvitationLinkInput!) {\n    revokeInvitationLink(input: $input) { link { ...InvitationLinkFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationSettings { invitationSettings { membersCanInvite } }\n"): (typeof documents)["\n  query InvitationSettings { invitationSettings { membersCanInvite } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInvitationSettings($input: InvitationSettingsInput!) {\n    updateInvitationSettings(input: $input) { settings { membersCanInvite } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation UpdateInvitationSettings($input: InvitationSettingsInput!) {\n    updateInvitationSettings(input: $input) { settings { membersCanInvite } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referrers($first: Int, $after: String) {\n    referrers(first: $first, after: $after) {\n      edges { cursor node {\n        member { id displayName email } referredCount approvedCount pendingCount lastReferredAt\n        referred { id displayName email status createdAt }\n      } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Referrers($first: Int, $after: String) {\n    referrers(first: $first, after: $after) {\n      edges { cursor node {\n        member { id displayName email } referredCount approvedCount pendingCount lastReferredAt\n        referred { id displayName email status createdAt }\n      } }\n      pageInfo { ...PageInfoFields }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationLinkPreview($networkSlug: String!, $code: String!) {\n    invitationLinkPreview(networkSlug: $networkSlug, code: $code) { valid errorCode inviterName skipsApproval }\n  }\n"): (typeof documents)["\n  query InvitationLinkPreview($networkSlug: String!, $code: String!) {\n    invitationLinkPreview(networkSlug: $networkSlug, code: $code) { valid errorCode inviterName skipsApproval }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      edges { cursor node { id action actor { id displayName } target { id displayName } details createdAt } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      edges { cursor node { id action actor { id displayName } target { id displayName } details createdAt } }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogActions { auditLogActions }\n"): (typeof documents)["\n  query AuditLogActions { auditLogActions }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPermissions { me { id permissions customRole { id name } } }\n"): (typeof documents)["\n  query MyPermissions { me { id permissions customRole { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeviceSessionFields on Session { id browser operatingSystem deviceType ipAddress createdAt lastUsedAt current network { id slug name } }\n"): (typeof documents)["\n  fragment DeviceSessionFields on Session { id browser operatingSystem deviceType ipAddress createdAt lastUsedAt current network { id slug name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions($first: Int, $after: String) {\n    sessions(first: $first, after: $after) { edges { cursor node { ...DeviceSessionFields } } pageInfo { ...PageInfoFields } totalCount }\n  }\n"): (typeof documents)["\n  query Sessions($first: Int, $after: String) {\n    sessions(first: $first, after: $after) { edges { cursor node { ...DeviceSessionFields } } pageInfo { ...PageInfoFields } totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($input: RevokeSessionInput!) { revokeSession(input: $input) { session { id current } errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation RevokeSession($input: RevokeSessionInput!) { revokeSession(input: $input) { session { id current } errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere($input: SignOutEverywhereInput) { signOutEverywhere(input: $input) { endedSessions errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation SignOutEverywhere($input: SignOutEverywhereInput) { signOutEverywhere(input: $input) { endedSessions errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNetworks { myNetworks { id displayName role status current network { id slug name logoUrl } } }\n"): (typeof documents)["\n  query MyNetworks { myNetworks { id displayName role status current network { id slug name logoUrl } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchNetwork($input: SwitchNetworkInput!) {\n    switchNetwork(input: $input) {\n      accessToken member { ...ViewerFields } errors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchNetwork($input: SwitchNetworkInput!) {\n    switchNetwork(input: $input) {\n      accessToken member { ...ViewerFields } errors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinkedLoginFields on LinkedLogin { provider providerName email displayName linkedAt lastUsedAt }\n"): (typeof documents)["\n  fragment LinkedLoginFields on LinkedLogin { provider providerName email displayName linkedAt lastUsedAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginProviders { loginProviders { id name } }\n"): (typeof documents)["\n  query LoginProviders { loginProviders { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocialSignup($ticket: String!) {\n    socialSignup(ticket: $ticket) { provider providerName networkSlug displayName email emailVerified pictureUrl existingAccount }\n  }\n"): (typeof documents)["\n  query SocialSignup($ticket: String!) {\n    socialSignup(ticket: $ticket) { provider providerName networkSlug displayName email emailVerified pictureUrl existingAccount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkedLogins { me { id hasPassword lineLinked linkedLogins { ...LinkedLoginFields } } loginProviders { id name } }\n"): (typeof documents)["\n  query LinkedLogins { me { id hasPassword lineLinked linkedLogins { ...LinkedLoginFields } } loginProviders { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLoginLink($provider: ID!) { startLoginLink(input: { provider: $provider }) { authorizationUrl errors { ...UserErrorFields } } }\n"): (typeof documents)["\n  mutation StartLoginLink($provider: ID!) { startLoginLink(input: { provider: $provider }) { authorizationUrl errors { ...UserErrorFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteLoginLink($ticket: String!) {\n    completeLoginLink(input: { ticket: $ticket }) { linkedLogins { ...LinkedLoginFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation CompleteLoginLink($ticket: String!) {\n    completeLoginLink(input: { ticket: $ticket }) { linkedLogins { ...LinkedLoginFields } errors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkLogin($provider: ID!) {\n    unlinkLogin(input: { provider: $provider }) { linkedLogins { ...LinkedLoginFields } errors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation UnlinkLogin($provider: ID!) {\n    unlinkLogin(input: { provider: $provider }) { linkedLogins { ...LinkedLoginFields } errors { ...UserErrorFields } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;