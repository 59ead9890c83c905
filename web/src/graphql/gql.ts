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
    "\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  fragment NetworkFields on Network {\n    id\n    slug\n    name\n    defaultLocale\n  }\n": typeof types.NetworkFieldsFragmentDoc,
    "\n  fragment ViewerFields on Member {\n    id\n    displayName\n    email\n    role\n    status\n    network {\n      ...NetworkFields\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    createdAt\n    readAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    me {\n      id\n      notifications(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...NotificationFields\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n        totalCount\n        unreadCount\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query PendingMembers($first: Int!, $after: String) {\n    pendingMembers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          emailVerified\n          createdAt\n          referredBy {\n            id\n            displayName\n          }\n          registrationAnswers {\n            ...RegistrationAnswerFields\n          }\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": typeof types.PendingMembersDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  fragment SignInNetworkChoiceFields on SignInNetworkChoice {\n    ticket\n    networks {\n      displayName\n      status\n      network {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.SignInNetworkChoiceFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n      networkChoice {\n        ...SignInNetworkChoiceFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query SignInNetworkChoice($ticket: String!) {\n    signInNetworkChoice(ticket: $ticket) {\n      ...SignInNetworkChoiceFields\n    }\n  }\n": typeof types.SignInNetworkChoiceDocument,
    "\n  mutation ChooseSignInNetwork($input: ChooseSignInNetworkInput!) {\n    chooseSignInNetwork(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChooseSignInNetworkDocument,
    "\n  mutation RenewAccessToken($input: RenewAccessTokenInput!) {\n    renewAccessToken(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RenewAccessTokenDocument,
    "\n  mutation ApproveMembership($input: ApproveMembershipInput!) {\n    approveMembership(input: $input) {\n      member {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ApproveMembershipDocument,
    "\n  mutation RejectMembership($input: RejectMembershipInput!) {\n    rejectMembership(input: $input) {\n      member {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RejectMembershipDocument,
    "\n  mutation DecideMemberships($input: DecideMembershipsInput!) {\n    decideMemberships(input: $input) {\n      members {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DecideMembershipsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment ArticleCardFields on Article {\n    id\n    title\n    excerpt\n    coverImage {\n      id\n      smallUrl\n      width\n      height\n    }\n  }\n": typeof types.ArticleCardFieldsFragmentDoc,
    "\n  fragment ArticleFields on Article {\n    id\n    title\n    excerpt\n    body\n    status\n    audience\n    segmentId\n    publishedAt\n    createdAt\n    updatedAt\n    submittedAt\n    rejectionReason\n    coverImage {\n      id\n      url\n      width\n      height\n    }\n    category {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n    readCount\n    uniqueReaderCount\n    revisions {\n      title\n      writtenAt\n      replacedAt\n      editor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ArticleFieldsFragmentDoc,
    "\n  fragment ArticleListFields on Article {\n    id\n    title\n    status\n    audience\n    publishedAt\n    updatedAt\n    readCount\n    uniqueReaderCount\n    category {\n      id\n      name\n    }\n  }\n": typeof types.ArticleListFieldsFragmentDoc,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleFields\n    }\n  }\n": typeof types.ArticleDocument,
    "\n  query AdminArticles($status: ArticleStatus, $first: Int) {\n    articles(status: $status, first: $first) {\n      edges {\n        node {\n          ...ArticleListFields\n        }\n      }\n    }\n  }\n": typeof types.AdminArticlesDocument,
    "\n  query ArticleCategories {\n    articleCategories {\n      id\n      name\n    }\n  }\n": typeof types.ArticleCategoriesDocument,
    "\n  query ArticleSegments {\n    segments(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ArticleSegmentsDocument,
    "\n  mutation CreateArticle($input: ArticleContentInput!) {\n    createArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateArticleDocument,
    "\n  mutation EditArticle($input: EditArticleInput!) {\n    editArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.EditArticleDocument,
    "\n  mutation PublishArticle($input: PublishArticleInput!) {\n    publishArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.PublishArticleDocument,
    "\n  mutation UnpublishArticle($input: ArticleInput!) {\n    unpublishArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UnpublishArticleDocument,
    "\n  mutation DeleteArticle($input: ArticleInput!) {\n    deleteArticle(input: $input) {\n      deletedArticleId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteArticleDocument,
    "\n  mutation RecordArticleRead($input: ArticleInput!) {\n    recordArticleRead(input: $input) {\n      article {\n        id\n        readCount\n        uniqueReaderCount\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RecordArticleReadDocument,
    "\n  mutation CreateArticleCategory($input: CreateArticleCategoryInput!) {\n    createArticleCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateArticleCategoryDocument,
    "\n  mutation RenameArticleCategory($input: RenameArticleCategoryInput!) {\n    renameArticleCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RenameArticleCategoryDocument,
    "\n  mutation DeleteArticleCategory($input: ArticleCategoryInput!) {\n    deleteArticleCategory(input: $input) {\n      deletedCategoryId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteArticleCategoryDocument,
    "\n  fragment ReviewArticleFields on Article {\n    id\n    title\n    excerpt\n    status\n    publishedAt\n    updatedAt\n    submittedAt\n    rejectionReason\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.ReviewArticleFieldsFragmentDoc,
    "\n  query ContentSettings {\n    contentSettings {\n      membersMayWriteArticles\n    }\n  }\n": typeof types.ContentSettingsDocument,
    "\n  mutation UpdateContentSettings($input: UpdateContentSettingsInput!) {\n    updateContentSettings(input: $input) {\n      settings {\n        membersMayWriteArticles\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateContentSettingsDocument,
    "\n  query MyArticles($first: Int, $after: String) {\n    myArticles(first: $first, after: $after) {\n      edges {\n        node {\n          ...ReviewArticleFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyArticlesDocument,
    "\n  query ArticleReviewQueue($first: Int, $after: String) {\n    articleReviewQueueCount\n    articleReviewQueue(first: $first, after: $after) {\n      edges {\n        node {\n          ...ReviewArticleFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ArticleReviewQueueDocument,
    "\n  mutation SubmitArticle($input: ArticleInput!) {\n    submitArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SubmitArticleDocument,
    "\n  mutation WithdrawArticleSubmission($input: ArticleInput!) {\n    withdrawArticleSubmission(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.WithdrawArticleSubmissionDocument,
    "\n  mutation ApproveArticle($input: PublishArticleInput!) {\n    approveArticle(input: $input) {\n      article {\n        ...ReviewArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ApproveArticleDocument,
    "\n  mutation RejectArticle($input: RejectArticleInput!) {\n    rejectArticle(input: $input) {\n      article {\n        ...ReviewArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RejectArticleDocument,
    "\n  fragment AccountEmailPayloadFields on AccountEmailPayload {\n    email\n    pendingEmail\n    emailVerified\n    errors {\n      ...UserErrorFields\n    }\n  }\n": typeof types.AccountEmailPayloadFieldsFragmentDoc,
    "\n  query AccountEmail {\n    me {\n      id\n      email\n      emailVerified\n      pendingEmail\n    }\n  }\n": typeof types.AccountEmailDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      emailVerified\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail {\n      sent\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordChanged\n      networkSlug\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      passwordChanged\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      ...AccountEmailPayloadFields\n    }\n  }\n": typeof types.ChangeEmailDocument,
    "\n  mutation CancelEmailChange {\n    cancelEmailChange {\n      ...AccountEmailPayloadFields\n    }\n  }\n": typeof types.CancelEmailChangeDocument,
    "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      ...AccountEmailPayloadFields\n    }\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  query FoundedCompanies($memberId: ID!) {\n    profile(memberId: $memberId) {\n      memberId\n      foundedCompanies {\n        id\n        name\n        industry\n        stage\n        url\n        description\n        foundedYear\n      }\n    }\n  }\n": typeof types.FoundedCompaniesDocument,
    "\n  fragment AdminMemberListFields on AdminMember {\n    id\n    status\n    email\n    lastSignInAt\n    signInCount\n    lineLinked\n    joinedAt\n    tags {\n      id\n      name\n      color\n    }\n    profile {\n      memberId\n      displayName\n      nameKana\n      entryYear\n      department\n      employer\n      location\n    }\n  }\n": typeof types.AdminMemberListFieldsFragmentDoc,
    "\n  fragment AdminMemberDetailFields on AdminMember {\n    id\n    status\n    email\n    externalId\n    lastSignInAt\n    signInCount\n    lineLinked\n    joinedAt\n    registrationAnswers\n    tags {\n      id\n      name\n      color\n    }\n    profile {\n      memberId\n      displayName\n      nameKana\n      nameRomaji\n      headline\n      photoUrl\n      entryYear\n      leaveYear\n      department\n      employer\n      jobTitle\n      industry\n      location\n      bio\n      skills\n      interests\n      links {\n        label\n        url\n      }\n      contactEmail\n      phone\n      customFields {\n        fieldId\n        label\n        displayText\n      }\n    }\n  }\n": typeof types.AdminMemberDetailFieldsFragmentDoc,
    "\n  fragment TagFields on Tag {\n    id\n    name\n    color\n    rule\n    ruleAppliesToNewcomers\n    memberCount\n  }\n": typeof types.TagFieldsFragmentDoc,
    "\n  fragment SegmentFields on Segment {\n    id\n    name\n    description\n    filter\n    memberCount\n  }\n": typeof types.SegmentFieldsFragmentDoc,
    "\n  query AdminMembers($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n    adminMembers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...AdminMemberListFields\n        }\n      }\n    }\n  }\n": typeof types.AdminMembersDocument,
    "\n  query AdminMember($id: ID!) {\n    adminMember(id: $id) {\n      ...AdminMemberDetailFields\n    }\n  }\n": typeof types.AdminMemberDocument,
    "\n  query Tags {\n    tags(first: 200) {\n      totalCount\n      edges {\n        node {\n          ...TagFields\n        }\n      }\n    }\n  }\n": typeof types.TagsDocument,
    "\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateTagDocument,
    "\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateTagDocument,
    "\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.MergeTagsDocument,
    "\n  mutation DeleteTag($input: TagIdInput!) {\n    deleteTag(input: $input) {\n      deletedTagId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteTagDocument,
    "\n  mutation BulkTagMembers($input: BulkTagMembersInput!) {\n    bulkTagMembers(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.BulkTagMembersDocument,
    "\n  query Segments {\n    segments(first: 200) {\n      totalCount\n      edges {\n        node {\n          ...SegmentFields\n        }\n      }\n    }\n  }\n": typeof types.SegmentsDocument,
    "\n  query SegmentPreview($filter: DirectoryFilter!, $first: Int) {\n    segmentPreview(filter: $filter, first: $first) {\n      count\n      members {\n        ...AdminMemberListFields\n      }\n    }\n  }\n": typeof types.SegmentPreviewDocument,
    "\n  mutation CreateSegment($input: CreateSegmentInput!) {\n    createSegment(input: $input) {\n      segment {\n        ...SegmentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateSegmentDocument,
    "\n  mutation UpdateSegment($input: UpdateSegmentInput!) {\n    updateSegment(input: $input) {\n      segment {\n        ...SegmentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateSegmentDocument,
    "\n  mutation DeleteSegment($input: DeleteSegmentInput!) {\n    deleteSegment(input: $input) {\n      deletedSegmentId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteSegmentDocument,
    "\n  fragment RosterImportProgressFields on RosterImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdRows\n    updatedRows\n    unchangedRows\n    failedRows\n    failure\n    rowErrorCount\n    rowErrors(first: 200) {\n      row\n      column\n      field\n      code\n      params\n      message\n    }\n  }\n": typeof types.RosterImportProgressFieldsFragmentDoc,
    "\n  query RosterImportSetup($id: ID!) {\n    rosterImport(id: $id) {\n      ...RosterImportProgressFields\n      columns\n      sample\n      suggestedMapping {\n        column\n        target\n      }\n      suggestedMatchBy\n    }\n    rosterImportTargets {\n      target\n      kind\n      label\n      choices\n    }\n  }\n": typeof types.RosterImportSetupDocument,
    "\n  query RosterImportProgress($id: ID!) {\n    rosterImport(id: $id) {\n      ...RosterImportProgressFields\n    }\n  }\n": typeof types.RosterImportProgressDocument,
    "\n  mutation PreviewRosterImport($input: PreviewRosterImportInput!) {\n    previewRosterImport(input: $input) {\n      preview {\n        toCreate\n        toUpdate\n        unchanged\n        failed\n        rowErrorCount\n        rowErrors {\n          row\n          column\n          field\n          code\n          params\n          message\n        }\n        newTags\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.PreviewRosterImportDocument,
    "\n  mutation RunRosterImport($input: RunRosterImportInput!) {\n    runRosterImport(input: $input) {\n      rosterImport {\n        ...RosterImportProgressFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RunRosterImportDocument,
    "\n  fragment CompanyFields on Company {\n    id\n    name\n    industry\n    stage\n    url\n    description\n    foundedYear\n    founderProfile {\n      memberId\n      displayName\n      photoUrl\n    }\n    viewerMayEdit\n    viewerMayRemove\n  }\n": typeof types.CompanyFieldsFragmentDoc,
    "\n  query AlumniCompanies($filter: CompanyFilter, $sort: CompanySort, $first: Int, $after: String) {\n    alumniCompanies(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CompanyFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": typeof types.AlumniCompaniesDocument,
    "\n  query AlumniCompanyIndustries {\n    alumniCompanyIndustries\n  }\n": typeof types.AlumniCompanyIndustriesDocument,
    "\n  mutation AddCompany($input: AddCompanyInput!) {\n    addCompany(input: $input) {\n      company {\n        ...CompanyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AddCompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      company {\n        ...CompanyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  mutation RemoveCompany($input: RemoveCompanyInput!) {\n    removeCompany(input: $input) {\n      removedCompanyId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RemoveCompanyDocument,
    "\n  query PeopleYouMayKnow($first: Int) {\n    peopleYouMayKnow(first: $first) {\n      member {\n        id\n      }\n      profile {\n        memberId\n        displayName\n        headline\n        photoUrl\n      }\n      reasons {\n        kind\n        values\n      }\n    }\n  }\n": typeof types.PeopleYouMayKnowDocument,
    "\n  mutation DismissSuggestion($input: DismissSuggestionInput!) {\n    dismissSuggestion(input: $input) {\n      dismissedMemberId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DismissSuggestionDocument,
    "\n  query Directory($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n    directory(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          memberId\n          displayName\n          nameKana\n          nameRomaji\n          headline\n          photoUrl\n          entryYear\n          department\n          employer\n          jobTitle\n          location\n          skills\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n      fuzzy\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query DirectoryFacets {\n    directoryFacets {\n      departments {\n        value\n        count\n      }\n      employers {\n        value\n        count\n      }\n      industries {\n        value\n        count\n      }\n      locations {\n        value\n        count\n      }\n      entryYears {\n        value\n        count\n      }\n      skills {\n        value\n        count\n      }\n    }\n  }\n": typeof types.DirectoryFacetsDocument,
    "\n  mutation RemoveMyPhoto {\n    removeMyPhoto {\n      profile {\n        memberId\n        photoUrl\n        thumbnailUrl\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RemoveMyPhotoDocument,
    "\n  fragment ProfileFields on Profile {\n    memberId\n    displayName\n    nameKana\n    nameRomaji\n    headline\n    photoUrl\n    entryYear\n    leaveYear\n    department\n    employer\n    jobTitle\n    industry\n    location\n    bio\n    skills\n    interests\n    links {\n      label\n      url\n    }\n    contactEmail\n    phone\n    customFields {\n      fieldId\n      key\n      label\n      type\n      value\n      values\n      displayText\n    }\n    contactVisibility {\n      contactEmail\n      phone\n      links\n    }\n    email\n    registrationAnswers {\n      key\n      values\n    }\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  fragment CustomFieldFields on CustomField {\n    id\n    key\n    label\n    type\n    options {\n      value\n      label\n    }\n    helpText\n    visibility\n    position\n    archivedAt\n  }\n": typeof types.CustomFieldFieldsFragmentDoc,
    "\n  fragment ProfileFieldSettingFields on ProfileFieldSetting {\n    field\n    visibility\n    decidedBy\n    changeable\n    searchable\n  }\n": typeof types.ProfileFieldSettingFieldsFragmentDoc,
    "\n  fragment ProfileFieldDescriptionFields on ProfileFieldDescription {\n    key\n    standard\n    customFieldId\n    label\n    helpText\n    kind\n    multi\n    maxLength\n    maxItems\n    min\n    max\n    options {\n      value\n      label\n    }\n    visibility\n    decidedBy\n    visibilityOptions\n    searchable\n    filter\n    filterArgument\n    importable\n  }\n": typeof types.ProfileFieldDescriptionFieldsFragmentDoc,
    "\n  query ProfileFields {\n    profileFields {\n      ...ProfileFieldDescriptionFields\n    }\n  }\n": typeof types.ProfileFieldsDocument,
    "\n  query MemberProfile($memberId: ID!) {\n    profile(memberId: $memberId) {\n      ...ProfileFields\n    }\n    profileFields {\n      ...ProfileFieldDescriptionFields\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  query MyProfile {\n    myProfile {\n      ...ProfileFields\n    }\n    profileFields {\n      ...ProfileFieldDescriptionFields\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile {\n        ...ProfileFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  query FieldAdmin {\n    customFields(includeArchived: true) {\n      ...CustomFieldFields\n    }\n    profileFieldSettings {\n      ...ProfileFieldSettingFields\n    }\n  }\n": typeof types.FieldAdminDocument,
    "\n  mutation SetProfileFieldVisibility($input: SetProfileFieldVisibilityInput!) {\n    setProfileFieldVisibility(input: $input) {\n      setting {\n        ...ProfileFieldSettingFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetProfileFieldVisibilityDocument,
    "\n  mutation CreateCustomField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateCustomFieldDocument,
    "\n  mutation UpdateCustomField($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateCustomFieldDocument,
    "\n  mutation ReorderCustomFields($input: ReorderCustomFieldsInput!) {\n    reorderCustomFields(input: $input) {\n      fields {\n        id\n        position\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ReorderCustomFieldsDocument,
    "\n  mutation ArchiveCustomField($id: ID!) {\n    archiveCustomField(id: $id) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ArchiveCustomFieldDocument,
    "\n  mutation RestoreCustomField($id: ID!) {\n    restoreCustomField(id: $id) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RestoreCustomFieldDocument,
    "\n  fragment FeedMemberFields on Member {\n    id\n    displayName\n    profile {\n      photoUrl\n    }\n  }\n": typeof types.FeedMemberFieldsFragmentDoc,
    "\n  fragment FeedPostFields on Post {\n    id\n    body\n    hashtags\n    links\n    createdAt\n    editedAt\n    author {\n      ...FeedMemberFields\n    }\n    mentions {\n      id\n      displayName\n    }\n    images {\n      id\n      width\n      height\n      alt\n      small: url(size: SMALL)\n      large: url(size: LARGE)\n    }\n  }\n": typeof types.FeedPostFieldsFragmentDoc,
    "\n  fragment FeedItemFields on FeedItem {\n    id\n    kind\n    title\n    excerpt\n    linkPath\n    audience\n    publishedAt\n    pinned\n    hiddenByModerators\n    reactionCount\n    commentCount\n    viewerLiked\n    actor {\n      ...FeedMemberFields\n    }\n    subject {\n      typename\n      id\n    }\n    post {\n      ...FeedPostFields\n    }\n    article {\n      ...ArticleCardFields\n    }\n    survey {\n      ...SurveyFields\n    }\n    prompt {\n      hashtag\n      title\n      body\n      occurrenceAt\n    }\n  }\n": typeof types.FeedItemFieldsFragmentDoc,
    "\n  fragment FeedCommentFields on FeedComment {\n    id\n    feedItemId\n    replyToCommentId\n    body\n    createdAt\n    editedAt\n    replyCount\n    author {\n      ...FeedMemberFields\n    }\n    mentions {\n      id\n      displayName\n    }\n  }\n": typeof types.FeedCommentFieldsFragmentDoc,
    "\n  query Feed($order: FeedOrder!, $first: Int!, $after: String) {\n    feed(order: $order, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...FeedItemFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.FeedDocument,
    "\n  query Hashtag($tag: String!, $first: Int!, $after: String) {\n    hashtag(tag: $tag, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...FeedItemFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.HashtagDocument,
    "\n  query FeedItem($id: ID!) {\n    feedItem(id: $id) {\n      ...FeedItemFields\n    }\n  }\n": typeof types.FeedItemDocument,
    "\n  query FeedComments($feedItemId: ID!, $first: Int!, $after: String, $repliesFirst: Int!, $repliesAfter: String) {\n    feedItem(id: $feedItemId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...FeedCommentFields\n            replies(first: $repliesFirst, after: $repliesAfter) {\n              edges {\n                cursor\n                node {\n                  ...FeedCommentFields\n                }\n              }\n              pageInfo {\n                ...PageInfoFields\n              }\n            }\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n": typeof types.FeedCommentsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      post {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      post {\n        ...FeedPostFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($input: DeletePostInput!) {\n    deletePost(input: $input) {\n      deletedPostId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation LikeFeedItem($input: FeedItemInput!) {\n    likeFeedItem(input: $input) {\n      feedItem {\n        id\n        reactionCount\n        viewerLiked\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.LikeFeedItemDocument,
    "\n  mutation UnlikeFeedItem($input: FeedItemInput!) {\n    unlikeFeedItem(input: $input) {\n      feedItem {\n        id\n        reactionCount\n        viewerLiked\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UnlikeFeedItemDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...FeedCommentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...FeedCommentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      comment {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation HideFromMyFeed($input: FeedItemInput!) {\n    hideFromMyFeed(input: $input) {\n      feedItem {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.HideFromMyFeedDocument,
    "\n  mutation ShowInMyFeed($input: FeedItemInput!) {\n    showInMyFeed(input: $input) {\n      feedItem {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ShowInMyFeedDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      report {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ReportContentDocument,
    "\n  fragment ModerationCaseFields on ModerationCase {\n    openReportCount\n    latestReportAt\n    item {\n      ...FeedItemFields\n    }\n    reports {\n      id\n      feedItemId\n      commentId\n      reason\n      status\n      createdAt\n    }\n  }\n": typeof types.ModerationCaseFieldsFragmentDoc,
    "\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ModerationCaseFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation HideFeedItem($input: FeedItemInput!) {\n    hideFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.HideFeedItemDocument,
    "\n  mutation UnhideFeedItem($input: FeedItemInput!) {\n    unhideFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UnhideFeedItemDocument,
    "\n  mutation PinFeedItem($input: FeedItemInput!) {\n    pinFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.PinFeedItemDocument,
    "\n  mutation UnpinFeedItem($input: FeedItemInput!) {\n    unpinFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UnpinFeedItemDocument,
    "\n  mutation DismissReport($input: DismissReportInput!) {\n    dismissReport(input: $input) {\n      report {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DismissReportDocument,
    "\n  subscription FeedItemAdded {\n    feedItemAdded {\n      ...FeedItemFields\n    }\n  }\n": typeof types.FeedItemAddedDocument,
    "\n  subscription FeedItemCounts($feedItemIds: [ID!]!) {\n    feedItemCounts(feedItemIds: $feedItemIds) {\n      feedItemId\n      reactionCount\n      commentCount\n    }\n  }\n": typeof types.FeedItemCountsDocument,
    "\n  query AudienceSegments {\n    segments(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AudienceSegmentsDocument,
    "\n  fragment PostingPromptFields on PostingPrompt {\n    id\n    hashtag\n    title\n    body\n    rrule\n    timeZone\n    startsAt\n    audience\n    segmentId\n    active\n    lastOccurrenceAt\n    nextOccurrences(count: 1)\n  }\n": typeof types.PostingPromptFieldsFragmentDoc,
    "\n  query PostingPrompts {\n    postingPrompts {\n      ...PostingPromptFields\n    }\n  }\n": typeof types.PostingPromptsDocument,
    "\n  query PostingPromptSchedulePreview($input: PostingPromptScheduleInput!) {\n    postingPromptSchedulePreview(input: $input, count: 3) {\n      occurrences\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.PostingPromptSchedulePreviewDocument,
    "\n  mutation CreatePostingPrompt($input: CreatePostingPromptInput!) {\n    createPostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreatePostingPromptDocument,
    "\n  mutation EditPostingPrompt($input: EditPostingPromptInput!) {\n    editPostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.EditPostingPromptDocument,
    "\n  mutation PausePostingPrompt($input: PostingPromptInput!) {\n    pausePostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.PausePostingPromptDocument,
    "\n  mutation ResumePostingPrompt($input: PostingPromptInput!) {\n    resumePostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ResumePostingPromptDocument,
    "\n  mutation DeletePostingPrompt($input: PostingPromptInput!) {\n    deletePostingPrompt(input: $input) {\n      deletedPromptId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeletePostingPromptDocument,
    "\n  fragment MessageTemplateFields on MessageTemplate {\n    id\n    name\n    body\n    variables\n    updatedAt\n  }\n": typeof types.MessageTemplateFieldsFragmentDoc,
    "\n  fragment BulkMessageFields on BulkMessage {\n    id\n    status\n    body\n    bodyParts {\n      text\n      variable\n      fallback\n    }\n    segmentName\n    scheduledAt\n    startedAt\n    completedAt\n    failureReason\n    recipientCount\n    deliveredCount\n    failedCount\n    openedCount\n    openRate\n    progress\n    createdAt\n  }\n": typeof types.BulkMessageFieldsFragmentDoc,
    "\n  query MessageTemplates {\n    messageTemplates(first: 100) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          ...MessageTemplateFields\n        }\n      }\n    }\n  }\n": typeof types.MessageTemplatesDocument,
    "\n  query PreviewMessageTemplate($body: String!, $recipientId: ID!) {\n    previewMessageTemplate(body: $body, recipientId: $recipientId) {\n      text\n      emptyVariables\n    }\n  }\n": typeof types.PreviewMessageTemplateDocument,
    "\n  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      template {\n        ...MessageTemplateFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateMessageTemplateDocument,
    "\n  mutation UpdateMessageTemplate($input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(input: $input) {\n      template {\n        ...MessageTemplateFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateMessageTemplateDocument,
    "\n  mutation DeleteMessageTemplate($input: DeleteMessageTemplateInput!) {\n    deleteMessageTemplate(input: $input) {\n      deletedTemplateId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteMessageTemplateDocument,
    "\n  query AutoReplies {\n    autoReplies {\n      trigger\n      enabled\n      updatedAt\n      template {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AutoRepliesDocument,
    "\n  mutation SetAutoReply($input: SetAutoReplyInput!) {\n    setAutoReply(input: $input) {\n      autoReply {\n        trigger\n        enabled\n        updatedAt\n        template {\n          id\n          name\n        }\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetAutoReplyDocument,
    "\n  query BulkMessages {\n    bulkMessages(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...BulkMessageFields\n        }\n      }\n    }\n  }\n": typeof types.BulkMessagesDocument,
    "\n  query BulkMessage($id: ID!, $opened: Boolean) {\n    bulkMessage(id: $id) {\n      ...BulkMessageFields\n      recipients(first: 200, opened: $opened) {\n        totalCount\n        edges {\n          node {\n            status\n            deliveredAt\n            openedAt\n            failureReason\n            member {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BulkMessageDocument,
    "\n  mutation SendBulkMessage($input: SendBulkMessageInput!) {\n    sendBulkMessage(input: $input) {\n      bulkMessage {\n        ...BulkMessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SendBulkMessageDocument,
    "\n  mutation CancelBulkMessage($input: CancelBulkMessageInput!) {\n    cancelBulkMessage(input: $input) {\n      bulkMessage {\n        ...BulkMessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CancelBulkMessageDocument,
    "\n  fragment ChatMemberFields on Member {\n    id\n    displayName\n  }\n": typeof types.ChatMemberFieldsFragmentDoc,
    "\n  fragment ChatMemberWithPhotoFields on Member {\n    id\n    displayName\n    profile {\n      thumbnailUrl\n    }\n  }\n": typeof types.ChatMemberWithPhotoFieldsFragmentDoc,
    "\n  fragment RoomFields on Room {\n    name\n    description\n    category\n    topicTags\n    visibility\n    memberCount\n    messageCount\n    archivedAt\n    viewerInvited\n    viewerCanModerate\n  }\n": typeof types.RoomFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    lastActivityAt\n    unreadCount\n    viewerIsMember\n    otherMember {\n      ...ChatMemberWithPhotoFields\n    }\n    room {\n      ...RoomFields\n    }\n    lastMessage {\n      id\n      body\n      sentByNetwork\n      createdAt\n      deletedAt\n      sender {\n        ...ChatMemberFields\n      }\n    }\n  }\n": typeof types.ConversationFieldsFragmentDoc,
    "\n  fragment MessageFields on Message {\n    id\n    conversationId\n    seq\n    sentByNetwork\n    body\n    links\n    createdAt\n    editedAt\n    deletedAt\n    deletedByModerator\n    readByCount\n    readAt\n    sender {\n      ...ChatMemberFields\n    }\n    mentions {\n      ...ChatMemberFields\n    }\n    replyTo {\n      id\n      body\n      sentByNetwork\n      deletedAt\n      sender {\n        ...ChatMemberFields\n      }\n    }\n    reactions {\n      emoji\n      count\n      memberIds\n    }\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  fragment ConversationPageFields on ConversationConnection {\n    edges {\n      cursor\n      node {\n        ...ConversationFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n    totalCount\n  }\n": typeof types.ConversationPageFieldsFragmentDoc,
    "\n  query Conversations($first: Int, $after: String, $kind: ConversationKind, $unreadOnly: Boolean) {\n    conversations(first: $first, after: $after, kind: $kind, unreadOnly: $unreadOnly) {\n      ...ConversationPageFields\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  query NetworkInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    networkInbox(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      ...ConversationPageFields\n    }\n  }\n": typeof types.NetworkInboxDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  query ConversationMessages($id: ID!, $last: Int, $before: ID) {\n    conversation(id: $id) {\n      id\n      messages(last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ConversationMessagesDocument,
    "\n  query ConversationMembers($id: ID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          role\n          joinedAt\n          node {\n            ...ChatMemberWithPhotoFields\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.ConversationMembersDocument,
    "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n": typeof types.UnreadMessageCountDocument,
    "\n  query Rooms($filter: RoomFilter, $sort: RoomSort, $first: Int, $after: String) {\n    rooms(filter: $filter, sort: $sort, first: $first, after: $after) {\n      ...ConversationPageFields\n    }\n  }\n": typeof types.RoomsDocument,
    "\n  query RoomInvitations($first: Int) {\n    roomInvitations(first: $first) {\n      ...ConversationPageFields\n    }\n  }\n": typeof types.RoomInvitationsDocument,
    "\n  mutation StartDirectConversation($input: StartDirectConversationInput!) {\n    startDirectConversation(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.StartDirectConversationDocument,
    "\n  mutation ContactNetwork($input: ContactNetworkInput!) {\n    contactNetwork(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ContactNetworkDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.EditMessageDocument,
    "\n  mutation DeleteMessage($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteMessageDocument,
    "\n  mutation AddReaction($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AddReactionDocument,
    "\n  mutation RemoveReaction($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RemoveReactionDocument,
    "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      conversation {\n        id\n        unreadCount\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.MarkConversationReadDocument,
    "\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetTypingDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateRoomDocument,
    "\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateRoomDocument,
    "\n  mutation JoinRoom($input: RoomInput!) {\n    joinRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.JoinRoomDocument,
    "\n  mutation LeaveRoom($input: RoomInput!) {\n    leaveRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.LeaveRoomDocument,
    "\n  mutation DeclineRoomInvitation($input: RoomInput!) {\n    declineRoomInvitation(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeclineRoomInvitationDocument,
    "\n  mutation ArchiveRoom($input: RoomInput!) {\n    archiveRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ArchiveRoomDocument,
    "\n  mutation UnarchiveRoom($input: RoomInput!) {\n    unarchiveRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UnarchiveRoomDocument,
    "\n  mutation InviteToRoom($input: InviteToRoomInput!) {\n    inviteToRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.InviteToRoomDocument,
    "\n  mutation RemoveRoomMember($input: RemoveRoomMemberInput!) {\n    removeRoomMember(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RemoveRoomMemberDocument,
    "\n  subscription MessageEvents($conversationId: ID!, $afterMessageId: ID) {\n    messageEvents(conversationId: $conversationId, afterMessageId: $afterMessageId) {\n      kind\n      conversationId\n      readerId\n      message {\n        ...MessageFields\n      }\n    }\n  }\n": typeof types.MessageEventsDocument,
    "\n  subscription ConversationUpdated {\n    conversationUpdated {\n      ...ConversationFields\n    }\n  }\n": typeof types.ConversationUpdatedDocument,
    "\n  subscription Typing($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      conversationId\n      memberId\n      displayName\n      typing\n      expiresAt\n    }\n  }\n": typeof types.TypingDocument,
    "\n  query MyPersonalData {\n    myPersonalData {\n      accountId\n      identity\n      directory\n      messaging\n      content\n      recruitment\n      notification\n    }\n  }\n": typeof types.MyPersonalDataDocument,
    "\n  query AccountDeletion {\n    me {\n      id\n      hasPassword\n    }\n  }\n": typeof types.AccountDeletionDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      deleted\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  fragment RegistrationAnswerFields on RegistrationAnswer {\n    question {\n      id\n      label\n      adminOnly\n      archivedAt\n    }\n    displayText\n  }\n": typeof types.RegistrationAnswerFieldsFragmentDoc,
    "\n  fragment NetworkBrandingFields on Network {\n    id\n    slug\n    name\n    defaultLocale\n    logoUrl\n    primaryColor\n    welcomeText\n    registrationOpen\n  }\n": typeof types.NetworkBrandingFieldsFragmentDoc,
    "\n  fragment RegistrationQuestionFields on RegistrationQuestion {\n    id\n    kind\n    label\n    helpText\n    required\n    position\n    options {\n      id\n      label\n    }\n    profileField\n    adminOnly\n    archivedAt\n  }\n": typeof types.RegistrationQuestionFieldsFragmentDoc,
    "\n  fragment AutoApprovalRulesFields on AutoApprovalRules {\n    emailDomains\n    rosterEnabled\n    rosterYearQuestion {\n      id\n      label\n    }\n    rosterEntryCount\n  }\n": typeof types.AutoApprovalRulesFieldsFragmentDoc,
    "\n  query JoinNetwork($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkBrandingFields\n      registrationQuestions {\n        ...RegistrationQuestionFields\n      }\n    }\n  }\n": typeof types.JoinNetworkDocument,
    "\n  query NetworkSettings {\n    me {\n      id\n      network {\n        ...NetworkBrandingFields\n      }\n    }\n  }\n": typeof types.NetworkSettingsDocument,
    "\n  mutation UpdateNetworkSettings($input: UpdateNetworkSettingsInput!) {\n    updateNetworkSettings(input: $input) {\n      network {\n        ...NetworkBrandingFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateNetworkSettingsDocument,
    "\n  query RegistrationQuestions($includeArchived: Boolean!) {\n    registrationQuestions(includeArchived: $includeArchived) {\n      ...RegistrationQuestionFields\n    }\n  }\n": typeof types.RegistrationQuestionsDocument,
    "\n  mutation CreateRegistrationQuestion($input: CreateRegistrationQuestionInput!) {\n    createRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateRegistrationQuestionDocument,
    "\n  mutation UpdateRegistrationQuestion($input: UpdateRegistrationQuestionInput!) {\n    updateRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateRegistrationQuestionDocument,
    "\n  mutation ArchiveRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    archiveRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ArchiveRegistrationQuestionDocument,
    "\n  mutation RestoreRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    restoreRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RestoreRegistrationQuestionDocument,
    "\n  mutation ReorderRegistrationQuestions($input: ReorderRegistrationQuestionsInput!) {\n    reorderRegistrationQuestions(input: $input) {\n      questions {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ReorderRegistrationQuestionsDocument,
    "\n  query AutoApproval {\n    autoApprovalRules {\n      ...AutoApprovalRulesFields\n    }\n    registrationQuestions(includeArchived: false) {\n      ...RegistrationQuestionFields\n    }\n  }\n": typeof types.AutoApprovalDocument,
    "\n  mutation UpdateAutoApprovalRules($input: UpdateAutoApprovalRulesInput!) {\n    updateAutoApprovalRules(input: $input) {\n      rules {\n        ...AutoApprovalRulesFields\n      }\n      approvedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateAutoApprovalRulesDocument,
    "\n  query RosterPreview($csv: String!, $mode: RosterImportMode!) {\n    rosterPreview(csv: $csv, mode: $mode) {\n      validCount\n      errorCount\n      errors {\n        ...UserErrorFields\n      }\n      rows {\n        line\n        email\n        name\n        year\n        errors {\n          ...UserErrorFields\n        }\n      }\n    }\n  }\n": typeof types.RosterPreviewDocument,
    "\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      importedCount\n      totalCount\n      approvedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ImportRosterDocument,
    "\n  query RosterEntries($search: String, $first: Int!, $after: String) {\n    rosterEntries(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          email\n          name\n          year\n          createdAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": typeof types.RosterEntriesDocument,
    "\n  mutation DeleteRosterEntry($input: DeleteRosterEntryInput!) {\n    deleteRosterEntry(input: $input) {\n      entry {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteRosterEntryDocument,
    "\n  mutation RegisterWithAnswers($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RegisterWithAnswersDocument,
    "\n  fragment CustomRoleFields on CustomRole {\n    id\n    name\n    description\n    permissions\n    memberCount\n  }\n": typeof types.CustomRoleFieldsFragmentDoc,
    "\n  fragment RoleHolderFields on Member {\n    id\n    displayName\n    email\n    role\n    status\n    customRole {\n      id\n      name\n    }\n  }\n": typeof types.RoleHolderFieldsFragmentDoc,
    "\n  fragment StaffInvitationFields on StaffInvitation {\n    id\n    email\n    role\n    customRoleName\n    message\n    status\n    invitedBy {\n      id\n      displayName\n    }\n    acceptedMember {\n      id\n      displayName\n    }\n    expiresAt\n    lastSentAt\n    sendCount\n    acceptedAt\n    createdAt\n  }\n": typeof types.StaffInvitationFieldsFragmentDoc,
    "\n  fragment InvitationLinkFields on InvitationLink {\n    id\n    code\n    path\n    label\n    createdBy {\n      id\n      displayName\n    }\n    role\n    customRoleName\n    skipApproval\n    maxUses\n    uses\n    expiresAt\n    status\n    createdAt\n  }\n": typeof types.InvitationLinkFieldsFragmentDoc,
    "\n  query Roles {\n    roles {\n      builtIn {\n        role\n        permissions\n        memberCount\n      }\n      custom {\n        ...CustomRoleFields\n      }\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query MemberRoles($search: String, $first: Int, $after: String) {\n    memberRoles(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RoleHolderFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": typeof types.MemberRolesDocument,
    "\n  mutation CreateCustomRole($input: CreateCustomRoleInput!) {\n    createCustomRole(input: $input) {\n      role {\n        ...CustomRoleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateCustomRoleDocument,
    "\n  mutation UpdateCustomRole($input: UpdateCustomRoleInput!) {\n    updateCustomRole(input: $input) {\n      role {\n        ...CustomRoleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateCustomRoleDocument,
    "\n  mutation DeleteCustomRole($input: DeleteCustomRoleInput!) {\n    deleteCustomRole(input: $input) {\n      deletedId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteCustomRoleDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      member {\n        ...RoleHolderFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation TransferOwnership($input: TransferOwnershipInput!) {\n    transferOwnership(input: $input) {\n      owner {\n        ...RoleHolderFields\n      }\n      previousOwner {\n        ...RoleHolderFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.TransferOwnershipDocument,
    "\n  query StaffInvitations {\n    staffInvitations {\n      ...StaffInvitationFields\n    }\n  }\n": typeof types.StaffInvitationsDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      invitation {\n        ...StaffInvitationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.InviteStaffDocument,
    "\n  mutation ResendStaffInvitation($input: StaffInvitationIdInput!) {\n    resendStaffInvitation(input: $input) {\n      invitation {\n        ...StaffInvitationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ResendStaffInvitationDocument,
    "\n  mutation RevokeStaffInvitation($input: StaffInvitationIdInput!) {\n    revokeStaffInvitation(input: $input) {\n      invitation {\n        ...StaffInvitationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RevokeStaffInvitationDocument,
    "\n  query StaffInvitationPreview($token: String!) {\n    staffInvitation(token: $token) {\n      network {\n        ...NetworkFields\n      }\n      email\n      role\n      customRoleName\n      inviterName\n      message\n      status\n      expiresAt\n      accountExists\n    }\n  }\n": typeof types.StaffInvitationPreviewDocument,
    "\n  mutation AcceptStaffInvitation($input: AcceptStaffInvitationInput!) {\n    acceptStaffInvitation(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AcceptStaffInvitationDocument,
    "\n  query InvitationLinks($mine: Boolean, $first: Int, $after: String) {\n    invitationLinks(mine: $mine, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InvitationLinkFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": typeof types.InvitationLinksDocument,
    "\n  mutation CreateInvitationLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) {\n      link {\n        ...InvitationLinkFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateInvitationLinkDocument,
    "\n  mutation RevokeInvitationLink($input: RevokeInvitationLinkInput!) {\n    revokeInvitationLink(input: $input) {\n      link {\n        ...InvitationLinkFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RevokeInvitationLinkDocument,
    "\n  query InvitationSettings {\n    invitationSettings {\n      membersCanInvite\n    }\n  }\n": typeof types.InvitationSettingsDocument,
    "\n  mutation UpdateInvitationSettings($input: InvitationSettingsInput!) {\n    updateInvitationSettings(input: $input) {\n      settings {\n        membersCanInvite\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateInvitationSettingsDocument,
    "\n  query Referrers($first: Int, $after: String) {\n    referrers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          member {\n            id\n            displayName\n            email\n          }\n          referredCount\n          approvedCount\n          pendingCount\n          lastReferredAt\n          referred {\n            id\n            displayName\n            email\n            status\n            createdAt\n          }\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": typeof types.ReferrersDocument,
    "\n  query InvitationLinkPreview($networkSlug: String!, $code: String!) {\n    invitationLinkPreview(networkSlug: $networkSlug, code: $code) {\n      valid\n      errorCode\n      inviterName\n      skipsApproval\n    }\n  }\n": typeof types.InvitationLinkPreviewDocument,
    "\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          actor {\n            id\n            displayName\n          }\n          target {\n            id\n            displayName\n          }\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditLogActions {\n    auditLogActions\n  }\n": typeof types.AuditLogActionsDocument,
    "\n  query MyPermissions {\n    me {\n      id\n      permissions\n      customRole {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyPermissionsDocument,
    "\n  fragment DeviceSessionFields on Session {\n    id\n    browser\n    operatingSystem\n    deviceType\n    ipAddress\n    createdAt\n    lastUsedAt\n    current\n    network {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.DeviceSessionFieldsFragmentDoc,
    "\n  query Sessions($first: Int, $after: String) {\n    sessions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DeviceSessionFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": typeof types.SessionsDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      session {\n        id\n        current\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere($input: SignOutEverywhereInput) {\n    signOutEverywhere(input: $input) {\n      endedSessions\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query MyNetworks {\n    myNetworks {\n      id\n      displayName\n      role\n      status\n      current\n      network {\n        id\n        slug\n        name\n        logoUrl\n      }\n    }\n  }\n": typeof types.MyNetworksDocument,
    "\n  mutation SwitchNetwork($input: SwitchNetworkInput!) {\n    switchNetwork(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SwitchNetworkDocument,
    "\n  fragment LinkedLoginFields on LinkedLogin {\n    provider\n    providerName\n    email\n    displayName\n    linkedAt\n    lastUsedAt\n  }\n": typeof types.LinkedLoginFieldsFragmentDoc,
    "\n  query LoginProviders {\n    loginProviders {\n      id\n      name\n    }\n  }\n": typeof types.LoginProvidersDocument,
    "\n  query SocialSignup($ticket: String!) {\n    socialSignup(ticket: $ticket) {\n      provider\n      providerName\n      networkSlug\n      displayName\n      email\n      emailVerified\n      pictureUrl\n      existingAccount\n    }\n  }\n": typeof types.SocialSignupDocument,
    "\n  query LinkedLogins {\n    me {\n      id\n      hasPassword\n      lineLinked\n      linkedLogins {\n        ...LinkedLoginFields\n      }\n    }\n    loginProviders {\n      id\n      name\n    }\n  }\n": typeof types.LinkedLoginsDocument,
    "\n  mutation StartLoginLink($provider: ID!) {\n    startLoginLink(input: { provider: $provider }) {\n      authorizationUrl\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.StartLoginLinkDocument,
    "\n  mutation CompleteLoginLink($ticket: String!) {\n    completeLoginLink(input: { ticket: $ticket }) {\n      linkedLogins {\n        ...LinkedLoginFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CompleteLoginLinkDocument,
    "\n  mutation UnlinkLogin($provider: ID!) {\n    unlinkLogin(input: { provider: $provider }) {\n      linkedLogins {\n        ...LinkedLoginFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UnlinkLoginDocument,
    "\n  fragment SurveyResultsFields on SurveyResults {\n    surveyId\n    responseCount\n    closed\n    questions {\n      questionId\n      answerCount\n      options {\n        optionId\n        count\n      }\n      scale {\n        value\n        count\n      }\n      mean\n    }\n  }\n": typeof types.SurveyResultsFieldsFragmentDoc,
    "\n  fragment SurveyFields on Survey {\n    id\n    title\n    description\n    anonymity\n    resultsVisibility\n    closesAt\n    closed\n    questions {\n      id\n      kind\n      prompt\n      required\n      options {\n        id\n        label\n      }\n      scaleMin\n      scaleMax\n      lowLabel\n      highLabel\n    }\n    viewerAnswer {\n      answers {\n        questionId\n        optionIds\n        value\n        text\n      }\n    }\n    results {\n      ...SurveyResultsFields\n    }\n  }\n": typeof types.SurveyFieldsFragmentDoc,
    "\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AnswerSurveyDocument,
    "\n  subscription SurveyResultsChanged($surveyId: ID!) {\n    surveyResultsChanged(surveyId: $surveyId) {\n      ...SurveyResultsFields\n    }\n  }\n": typeof types.SurveyResultsChangedDocument,
    "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n      audience\n      editable\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SurveyDocument,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      survey {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateSurveyDocument,
    "\n  mutation CloseSurvey($input: SurveyInput!) {\n    closeSurvey(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CloseSurveyDocument,
    "\n  mutation DeleteSurvey($input: SurveyInput!) {\n    deleteSurvey(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DeleteSurveyDocument,
};
const documents: Documents = {
    "\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageInfoFieldsFragmentDoc,
    "\n  fragment NetworkFields on Network {\n    id\n    slug\n    name\n    defaultLocale\n  }\n": types.NetworkFieldsFragmentDoc,
    "\n  fragment ViewerFields on Member {\n    id\n    displayName\n    email\n    role\n    status\n    network {\n      ...NetworkFields\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    createdAt\n    readAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n    }\n  }\n": types.NetworkDocument,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    me {\n      id\n      notifications(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...NotificationFields\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n        totalCount\n        unreadCount\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query PendingMembers($first: Int!, $after: String) {\n    pendingMembers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          emailVerified\n          createdAt\n          referredBy {\n            id\n            displayName\n          }\n          registrationAnswers {\n            ...RegistrationAnswerFields\n          }\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": types.PendingMembersDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  fragment SignInNetworkChoiceFields on SignInNetworkChoice {\n    ticket\n    networks {\n      displayName\n      status\n      network {\n        slug\n        name\n      }\n    }\n  }\n": types.SignInNetworkChoiceFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n      networkChoice {\n        ...SignInNetworkChoiceFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query SignInNetworkChoice($ticket: String!) {\n    signInNetworkChoice(ticket: $ticket) {\n      ...SignInNetworkChoiceFields\n    }\n  }\n": types.SignInNetworkChoiceDocument,
    "\n  mutation ChooseSignInNetwork($input: ChooseSignInNetworkInput!) {\n    chooseSignInNetwork(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChooseSignInNetworkDocument,
    "\n  mutation RenewAccessToken($input: RenewAccessTokenInput!) {\n    renewAccessToken(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RenewAccessTokenDocument,
    "\n  mutation ApproveMembership($input: ApproveMembershipInput!) {\n    approveMembership(input: $input) {\n      member {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ApproveMembershipDocument,
    "\n  mutation RejectMembership($input: RejectMembershipInput!) {\n    rejectMembership(input: $input) {\n      member {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RejectMembershipDocument,
    "\n  mutation DecideMemberships($input: DecideMembershipsInput!) {\n    decideMemberships(input: $input) {\n      members {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DecideMembershipsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment ArticleCardFields on Article {\n    id\n    title\n    excerpt\n    coverImage {\n      id\n      smallUrl\n      width\n      height\n    }\n  }\n": types.ArticleCardFieldsFragmentDoc,
    "\n  fragment ArticleFields on Article {\n    id\n    title\n    excerpt\n    body\n    status\n    audience\n    segmentId\n    publishedAt\n    createdAt\n    updatedAt\n    submittedAt\n    rejectionReason\n    coverImage {\n      id\n      url\n      width\n      height\n    }\n    category {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n    readCount\n    uniqueReaderCount\n    revisions {\n      title\n      writtenAt\n      replacedAt\n      editor {\n        id\n        displayName\n      }\n    }\n  }\n": types.ArticleFieldsFragmentDoc,
    "\n  fragment ArticleListFields on Article {\n    id\n    title\n    status\n    audience\n    publishedAt\n    updatedAt\n    readCount\n    uniqueReaderCount\n    category {\n      id\n      name\n    }\n  }\n": types.ArticleListFieldsFragmentDoc,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleFields\n    }\n  }\n": types.ArticleDocument,
    "\n  query AdminArticles($status: ArticleStatus, $first: Int) {\n    articles(status: $status, first: $first) {\n      edges {\n        node {\n          ...ArticleListFields\n        }\n      }\n    }\n  }\n": types.AdminArticlesDocument,
    "\n  query ArticleCategories {\n    articleCategories {\n      id\n      name\n    }\n  }\n": types.ArticleCategoriesDocument,
    "\n  query ArticleSegments {\n    segments(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ArticleSegmentsDocument,
    "\n  mutation CreateArticle($input: ArticleContentInput!) {\n    createArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateArticleDocument,
    "\n  mutation EditArticle($input: EditArticleInput!) {\n    editArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.EditArticleDocument,
    "\n  mutation PublishArticle($input: PublishArticleInput!) {\n    publishArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.PublishArticleDocument,
    "\n  mutation UnpublishArticle($input: ArticleInput!) {\n    unpublishArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UnpublishArticleDocument,
    "\n  mutation DeleteArticle($input: ArticleInput!) {\n    deleteArticle(input: $input) {\n      deletedArticleId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteArticleDocument,
    "\n  mutation RecordArticleRead($input: ArticleInput!) {\n    recordArticleRead(input: $input) {\n      article {\n        id\n        readCount\n        uniqueReaderCount\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RecordArticleReadDocument,
    "\n  mutation CreateArticleCategory($input: CreateArticleCategoryInput!) {\n    createArticleCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateArticleCategoryDocument,
    "\n  mutation RenameArticleCategory($input: RenameArticleCategoryInput!) {\n    renameArticleCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RenameArticleCategoryDocument,
    "\n  mutation DeleteArticleCategory($input: ArticleCategoryInput!) {\n    deleteArticleCategory(input: $input) {\n      deletedCategoryId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteArticleCategoryDocument,
    "\n  fragment ReviewArticleFields on Article {\n    id\n    title\n    excerpt\n    status\n    publishedAt\n    updatedAt\n    submittedAt\n    rejectionReason\n    author {\n      id\n      displayName\n    }\n  }\n": types.ReviewArticleFieldsFragmentDoc,
    "\n  query ContentSettings {\n    contentSettings {\n      membersMayWriteArticles\n    }\n  }\n": types.ContentSettingsDocument,
    "\n  mutation UpdateContentSettings($input: UpdateContentSettingsInput!) {\n    updateContentSettings(input: $input) {\n      settings {\n        membersMayWriteArticles\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateContentSettingsDocument,
    "\n  query MyArticles($first: Int, $after: String) {\n    myArticles(first: $first, after: $after) {\n      edges {\n        node {\n          ...ReviewArticleFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyArticlesDocument,
    "\n  query ArticleReviewQueue($first: Int, $after: String) {\n    articleReviewQueueCount\n    articleReviewQueue(first: $first, after: $after) {\n      edges {\n        node {\n          ...ReviewArticleFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ArticleReviewQueueDocument,
    "\n  mutation SubmitArticle($input: ArticleInput!) {\n    submitArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SubmitArticleDocument,
    "\n  mutation WithdrawArticleSubmission($input: ArticleInput!) {\n    withdrawArticleSubmission(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.WithdrawArticleSubmissionDocument,
    "\n  mutation ApproveArticle($input: PublishArticleInput!) {\n    approveArticle(input: $input) {\n      article {\n        ...ReviewArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ApproveArticleDocument,
    "\n  mutation RejectArticle($input: RejectArticleInput!) {\n    rejectArticle(input: $input) {\n      article {\n        ...ReviewArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RejectArticleDocument,
    "\n  fragment AccountEmailPayloadFields on AccountEmailPayload {\n    email\n    pendingEmail\n    emailVerified\n    errors {\n      ...UserErrorFields\n    }\n  }\n": types.AccountEmailPayloadFieldsFragmentDoc,
    "\n  query AccountEmail {\n    me {\n      id\n      email\n      emailVerified\n      pendingEmail\n    }\n  }\n": types.AccountEmailDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      emailVerified\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail {\n      sent\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordChanged\n      networkSlug\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      passwordChanged\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      ...AccountEmailPayloadFields\n    }\n  }\n": types.ChangeEmailDocument,
    "\n  mutation CancelEmailChange {\n    cancelEmailChange {\n      ...AccountEmailPayloadFields\n    }\n  }\n": types.CancelEmailChangeDocument,
    "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      ...AccountEmailPayloadFields\n    }\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  query FoundedCompanies($memberId: ID!) {\n    profile(memberId: $memberId) {\n      memberId\n      foundedCompanies {\n        id\n        name\n        industry\n        stage\n        url\n        description\n        foundedYear\n      }\n    }\n  }\n": types.FoundedCompaniesDocument,
    "\n  fragment AdminMemberListFields on AdminMember {\n    id\n    status\n    email\n    lastSignInAt\n    signInCount\n    lineLinked\n    joinedAt\n    tags {\n      id\n      name\n      color\n    }\n    profile {\n      memberId\n      displayName\n      nameKana\n      entryYear\n      department\n      employer\n      location\n    }\n  }\n": types.AdminMemberListFieldsFragmentDoc,
    "\n  fragment AdminMemberDetailFields on AdminMember {\n    id\n    status\n    email\n    externalId\n    lastSignInAt\n    signInCount\n    lineLinked\n    joinedAt\n    registrationAnswers\n    tags {\n      id\n      name\n      color\n    }\n    profile {\n      memberId\n      displayName\n      nameKana\n      nameRomaji\n      headline\n      photoUrl\n      entryYear\n      leaveYear\n      department\n      employer\n      jobTitle\n      industry\n      location\n      bio\n      skills\n      interests\n      links {\n        label\n        url\n      }\n      contactEmail\n      phone\n      customFields {\n        fieldId\n        label\n        displayText\n      }\n    }\n  }\n": types.AdminMemberDetailFieldsFragmentDoc,
    "\n  fragment TagFields on Tag {\n    id\n    name\n    color\n    rule\n    ruleAppliesToNewcomers\n    memberCount\n  }\n": types.TagFieldsFragmentDoc,
    "\n  fragment SegmentFields on Segment {\n    id\n    name\n    description\n    filter\n    memberCount\n  }\n": types.SegmentFieldsFragmentDoc,
    "\n  query AdminMembers($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n    adminMembers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...AdminMemberListFields\n        }\n      }\n    }\n  }\n": types.AdminMembersDocument,
    "\n  query AdminMember($id: ID!) {\n    adminMember(id: $id) {\n      ...AdminMemberDetailFields\n    }\n  }\n": types.AdminMemberDocument,
    "\n  query Tags {\n    tags(first: 200) {\n      totalCount\n      edges {\n        node {\n          ...TagFields\n        }\n      }\n    }\n  }\n": types.TagsDocument,
    "\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateTagDocument,
    "\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateTagDocument,
    "\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.MergeTagsDocument,
    "\n  mutation DeleteTag($input: TagIdInput!) {\n    deleteTag(input: $input) {\n      deletedTagId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteTagDocument,
    "\n  mutation BulkTagMembers($input: BulkTagMembersInput!) {\n    bulkTagMembers(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.BulkTagMembersDocument,
    "\n  query Segments {\n    segments(first: 200) {\n      totalCount\n      edges {\n        node {\n          ...SegmentFields\n        }\n      }\n    }\n  }\n": types.SegmentsDocument,
    "\n  query SegmentPreview($filter: DirectoryFilter!, $first: Int) {\n    segmentPreview(filter: $filter, first: $first) {\n      count\n      members {\n        ...AdminMemberListFields\n      }\n    }\n  }\n": types.SegmentPreviewDocument,
    "\n  mutation CreateSegment($input: CreateSegmentInput!) {\n    createSegment(input: $input) {\n      segment {\n        ...SegmentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateSegmentDocument,
    "\n  mutation UpdateSegment($input: UpdateSegmentInput!) {\n    updateSegment(input: $input) {\n      segment {\n        ...SegmentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateSegmentDocument,
    "\n  mutation DeleteSegment($input: DeleteSegmentInput!) {\n    deleteSegment(input: $input) {\n      deletedSegmentId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteSegmentDocument,
    "\n  fragment RosterImportProgressFields on RosterImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdRows\n    updatedRows\n    unchangedRows\n    failedRows\n    failure\n    rowErrorCount\n    rowErrors(first: 200) {\n      row\n      column\n      field\n      code\n      params\n      message\n    }\n  }\n": types.RosterImportProgressFieldsFragmentDoc,
    "\n  query RosterImportSetup($id: ID!) {\n    rosterImport(id: $id) {\n      ...RosterImportProgressFields\n      columns\n      sample\n      suggestedMapping {\n        column\n        target\n      }\n      suggestedMatchBy\n    }\n    rosterImportTargets {\n      target\n      kind\n      label\n      choices\n    }\n  }\n": types.RosterImportSetupDocument,
    "\n  query RosterImportProgress($id: ID!) {\n    rosterImport(id: $id) {\n      ...RosterImportProgressFields\n    }\n  }\n": types.RosterImportProgressDocument,
    "\n  mutation PreviewRosterImport($input: PreviewRosterImportInput!) {\n    previewRosterImport(input: $input) {\n      preview {\n        toCreate\n        toUpdate\n        unchanged\n        failed\n        rowErrorCount\n        rowErrors {\n          row\n          column\n          field\n          code\n          params\n          message\n        }\n        newTags\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.PreviewRosterImportDocument,
    "\n  mutation RunRosterImport($input: RunRosterImportInput!) {\n    runRosterImport(input: $input) {\n      rosterImport {\n        ...RosterImportProgressFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RunRosterImportDocument,
    "\n  fragment CompanyFields on Company {\n    id\n    name\n    industry\n    stage\n    url\n    description\n    foundedYear\n    founderProfile {\n      memberId\n      displayName\n      photoUrl\n    }\n    viewerMayEdit\n    viewerMayRemove\n  }\n": types.CompanyFieldsFragmentDoc,
    "\n  query AlumniCompanies($filter: CompanyFilter, $sort: CompanySort, $first: Int, $after: String) {\n    alumniCompanies(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CompanyFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": types.AlumniCompaniesDocument,
    "\n  query AlumniCompanyIndustries {\n    alumniCompanyIndustries\n  }\n": types.AlumniCompanyIndustriesDocument,
    "\n  mutation AddCompany($input: AddCompanyInput!) {\n    addCompany(input: $input) {\n      company {\n        ...CompanyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AddCompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      company {\n        ...CompanyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateCompanyDocument,
    "\n  mutation RemoveCompany($input: RemoveCompanyInput!) {\n    removeCompany(input: $input) {\n      removedCompanyId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RemoveCompanyDocument,
    "\n  query PeopleYouMayKnow($first: Int) {\n    peopleYouMayKnow(first: $first) {\n      member {\n        id\n      }\n      profile {\n        memberId\n        displayName\n        headline\n        photoUrl\n      }\n      reasons {\n        kind\n        values\n      }\n    }\n  }\n": types.PeopleYouMayKnowDocument,
    "\n  mutation DismissSuggestion($input: DismissSuggestionInput!) {\n    dismissSuggestion(input: $input) {\n      dismissedMemberId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DismissSuggestionDocument,
    "\n  query Directory($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n    directory(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          memberId\n          displayName\n          nameKana\n          nameRomaji\n          headline\n          photoUrl\n          entryYear\n          department\n          employer\n          jobTitle\n          location\n          skills\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n      fuzzy\n    }\n  }\n": types.DirectoryDocument,
    "\n  query DirectoryFacets {\n    directoryFacets {\n      departments {\n        value\n        count\n      }\n      employers {\n        value\n        count\n      }\n      industries {\n        value\n        count\n      }\n      locations {\n        value\n        count\n      }\n      entryYears {\n        value\n        count\n      }\n      skills {\n        value\n        count\n      }\n    }\n  }\n": types.DirectoryFacetsDocument,
    "\n  mutation RemoveMyPhoto {\n    removeMyPhoto {\n      profile {\n        memberId\n        photoUrl\n        thumbnailUrl\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RemoveMyPhotoDocument,
    "\n  fragment ProfileFields on Profile {\n    memberId\n    displayName\n    nameKana\n    nameRomaji\n    headline\n    photoUrl\n    entryYear\n    leaveYear\n    department\n    employer\n    jobTitle\n    industry\n    location\n    bio\n    skills\n    interests\n    links {\n      label\n      url\n    }\n    contactEmail\n    phone\n    customFields {\n      fieldId\n      key\n      label\n      type\n      value\n      values\n      displayText\n    }\n    contactVisibility {\n      contactEmail\n      phone\n      links\n    }\n    email\n    registrationAnswers {\n      key\n      values\n    }\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  fragment CustomFieldFields on CustomField {\n    id\n    key\n    label\n    type\n    options {\n      value\n      label\n    }\n    helpText\n    visibility\n    position\n    archivedAt\n  }\n": types.CustomFieldFieldsFragmentDoc,
    "\n  fragment ProfileFieldSettingFields on ProfileFieldSetting {\n    field\n    visibility\n    decidedBy\n    changeable\n    searchable\n  }\n": types.ProfileFieldSettingFieldsFragmentDoc,
    "\n  fragment ProfileFieldDescriptionFields on ProfileFieldDescription {\n    key\n    standard\n    customFieldId\n    label\n    helpText\n    kind\n    multi\n    maxLength\n    maxItems\n    min\n    max\n    options {\n      value\n      label\n    }\n    visibility\n    decidedBy\n    visibilityOptions\n    searchable\n    filter\n    filterArgument\n    importable\n  }\n": types.ProfileFieldDescriptionFieldsFragmentDoc,
    "\n  query ProfileFields {\n    profileFields {\n      ...ProfileFieldDescriptionFields\n    }\n  }\n": types.ProfileFieldsDocument,
    "\n  query MemberProfile($memberId: ID!) {\n    profile(memberId: $memberId) {\n      ...ProfileFields\n    }\n    profileFields {\n      ...ProfileFieldDescriptionFields\n    }\n  }\n": types.MemberProfileDocument,
    "\n  query MyProfile {\n    myProfile {\n      ...ProfileFields\n    }\n    profileFields {\n      ...ProfileFieldDescriptionFields\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile {\n        ...ProfileFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  query FieldAdmin {\n    customFields(includeArchived: true) {\n      ...CustomFieldFields\n    }\n    profileFieldSettings {\n      ...ProfileFieldSettingFields\n    }\n  }\n": types.FieldAdminDocument,
    "\n  mutation SetProfileFieldVisibility($input: SetProfileFieldVisibilityInput!) {\n    setProfileFieldVisibility(input: $input) {\n      setting {\n        ...ProfileFieldSettingFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetProfileFieldVisibilityDocument,
    "\n  mutation CreateCustomField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateCustomFieldDocument,
    "\n  mutation UpdateCustomField($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateCustomFieldDocument,
    "\n  mutation ReorderCustomFields($input: ReorderCustomFieldsInput!) {\n    reorderCustomFields(input: $input) {\n      fields {\n        id\n        position\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ReorderCustomFieldsDocument,
    "\n  mutation ArchiveCustomField($id: ID!) {\n    archiveCustomField(id: $id) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ArchiveCustomFieldDocument,
    "\n  mutation RestoreCustomField($id: ID!) {\n    restoreCustomField(id: $id) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RestoreCustomFieldDocument,
    "\n  fragment FeedMemberFields on Member {\n    id\n    displayName\n    profile {\n      photoUrl\n    }\n  }\n": types.FeedMemberFieldsFragmentDoc,
    "\n  fragment FeedPostFields on Post {\n    id\n    body\n    hashtags\n    links\n    createdAt\n    editedAt\n    author {\n      ...FeedMemberFields\n    }\n    mentions {\n      id\n      displayName\n    }\n    images {\n      id\n      width\n      height\n      alt\n      small: url(size: SMALL)\n      large: url(size: LARGE)\n    }\n  }\n": types.FeedPostFieldsFragmentDoc,
    "\n  fragment FeedItemFields on FeedItem {\n    id\n    kind\n    title\n    excerpt\n    linkPath\n    audience\n    publishedAt\n    pinned\n    hiddenByModerators\n    reactionCount\n    commentCount\n    viewerLiked\n    actor {\n      ...FeedMemberFields\n    }\n    subject {\n      typename\n      id\n    }\n    post {\n      ...FeedPostFields\n    }\n    article {\n      ...ArticleCardFields\n    }\n    survey {\n      ...SurveyFields\n    }\n    prompt {\n      hashtag\n      title\n      body\n      occurrenceAt\n    }\n  }\n": types.FeedItemFieldsFragmentDoc,
    "\n  fragment FeedCommentFields on FeedComment {\n    id\n    feedItemId\n    replyToCommentId\n    body\n    createdAt\n    editedAt\n    replyCount\n    author {\n      ...FeedMemberFields\n    }\n    mentions {\n      id\n      displayName\n    }\n  }\n": types.FeedCommentFieldsFragmentDoc,
    "\n  query Feed($order: FeedOrder!, $first: Int!, $after: String) {\n    feed(order: $order, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...FeedItemFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.FeedDocument,
    "\n  query Hashtag($tag: String!, $first: Int!, $after: String) {\n    hashtag(tag: $tag, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...FeedItemFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.HashtagDocument,
    "\n  query FeedItem($id: ID!) {\n    feedItem(id: $id) {\n      ...FeedItemFields\n    }\n  }\n": types.FeedItemDocument,
    "\n  query FeedComments($feedItemId: ID!, $first: Int!, $after: String, $repliesFirst: Int!, $repliesAfter: String) {\n    feedItem(id: $feedItemId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...FeedCommentFields\n            replies(first: $repliesFirst, after: $repliesAfter) {\n              edges {\n                cursor\n                node {\n                  ...FeedCommentFields\n                }\n              }\n              pageInfo {\n                ...PageInfoFields\n              }\n            }\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n": types.FeedCommentsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      post {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      post {\n        ...FeedPostFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($input: DeletePostInput!) {\n    deletePost(input: $input) {\n      deletedPostId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation LikeFeedItem($input: FeedItemInput!) {\n    likeFeedItem(input: $input) {\n      feedItem {\n        id\n        reactionCount\n        viewerLiked\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.LikeFeedItemDocument,
    "\n  mutation UnlikeFeedItem($input: FeedItemInput!) {\n    unlikeFeedItem(input: $input) {\n      feedItem {\n        id\n        reactionCount\n        viewerLiked\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UnlikeFeedItemDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...FeedCommentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...FeedCommentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      comment {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation HideFromMyFeed($input: FeedItemInput!) {\n    hideFromMyFeed(input: $input) {\n      feedItem {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.HideFromMyFeedDocument,
    "\n  mutation ShowInMyFeed($input: FeedItemInput!) {\n    showInMyFeed(input: $input) {\n      feedItem {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ShowInMyFeedDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      report {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ReportContentDocument,
    "\n  fragment ModerationCaseFields on ModerationCase {\n    openReportCount\n    latestReportAt\n    item {\n      ...FeedItemFields\n    }\n    reports {\n      id\n      feedItemId\n      commentId\n      reason\n      status\n      createdAt\n    }\n  }\n": types.ModerationCaseFieldsFragmentDoc,
    "\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ModerationCaseFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation HideFeedItem($input: FeedItemInput!) {\n    hideFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.HideFeedItemDocument,
    "\n  mutation UnhideFeedItem($input: FeedItemInput!) {\n    unhideFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UnhideFeedItemDocument,
    "\n  mutation PinFeedItem($input: FeedItemInput!) {\n    pinFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.PinFeedItemDocument,
    "\n  mutation UnpinFeedItem($input: FeedItemInput!) {\n    unpinFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UnpinFeedItemDocument,
    "\n  mutation DismissReport($input: DismissReportInput!) {\n    dismissReport(input: $input) {\n      report {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DismissReportDocument,
    "\n  subscription FeedItemAdded {\n    feedItemAdded {\n      ...FeedItemFields\n    }\n  }\n": types.FeedItemAddedDocument,
    "\n  subscription FeedItemCounts($feedItemIds: [ID!]!) {\n    feedItemCounts(feedItemIds: $feedItemIds) {\n      feedItemId\n      reactionCount\n      commentCount\n    }\n  }\n": types.FeedItemCountsDocument,
    "\n  query AudienceSegments {\n    segments(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AudienceSegmentsDocument,
    "\n  fragment PostingPromptFields on PostingPrompt {\n    id\n    hashtag\n    title\n    body\n    rrule\n    timeZone\n    startsAt\n    audience\n    segmentId\n    active\n    lastOccurrenceAt\n    nextOccurrences(count: 1)\n  }\n": types.PostingPromptFieldsFragmentDoc,
    "\n  query PostingPrompts {\n    postingPrompts {\n      ...PostingPromptFields\n    }\n  }\n": types.PostingPromptsDocument,
    "\n  query PostingPromptSchedulePreview($input: PostingPromptScheduleInput!) {\n    postingPromptSchedulePreview(input: $input, count: 3) {\n      occurrences\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.PostingPromptSchedulePreviewDocument,
    "\n  mutation CreatePostingPrompt($input: CreatePostingPromptInput!) {\n    createPostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreatePostingPromptDocument,
    "\n  mutation EditPostingPrompt($input: EditPostingPromptInput!) {\n    editPostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.EditPostingPromptDocument,
    "\n  mutation PausePostingPrompt($input: PostingPromptInput!) {\n    pausePostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.PausePostingPromptDocument,
    "\n  mutation ResumePostingPrompt($input: PostingPromptInput!) {\n    resumePostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ResumePostingPromptDocument,
    "\n  mutation DeletePostingPrompt($input: PostingPromptInput!) {\n    deletePostingPrompt(input: $input) {\n      deletedPromptId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeletePostingPromptDocument,
    "\n  fragment MessageTemplateFields on MessageTemplate {\n    id\n    name\n    body\n    variables\n    updatedAt\n  }\n": types.MessageTemplateFieldsFragmentDoc,
    "\n  fragment BulkMessageFields on BulkMessage {\n    id\n    status\n    body\n    bodyParts {\n      text\n      variable\n      fallback\n    }\n    segmentName\n    scheduledAt\n    startedAt\n    completedAt\n    failureReason\n    recipientCount\n    deliveredCount\n    failedCount\n    openedCount\n    openRate\n    progress\n    createdAt\n  }\n": types.BulkMessageFieldsFragmentDoc,
    "\n  query MessageTemplates {\n    messageTemplates(first: 100) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          ...MessageTemplateFields\n        }\n      }\n    }\n  }\n": types.MessageTemplatesDocument,
    "\n  query PreviewMessageTemplate($body: String!, $recipientId: ID!) {\n    previewMessageTemplate(body: $body, recipientId: $recipientId) {\n      text\n      emptyVariables\n    }\n  }\n": types.PreviewMessageTemplateDocument,
    "\n  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      template {\n        ...MessageTemplateFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateMessageTemplateDocument,
    "\n  mutation UpdateMessageTemplate($input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(input: $input) {\n      template {\n        ...MessageTemplateFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateMessageTemplateDocument,
    "\n  mutation DeleteMessageTemplate($input: DeleteMessageTemplateInput!) {\n    deleteMessageTemplate(input: $input) {\n      deletedTemplateId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteMessageTemplateDocument,
    "\n  query AutoReplies {\n    autoReplies {\n      trigger\n      enabled\n      updatedAt\n      template {\n        id\n        name\n      }\n    }\n  }\n": types.AutoRepliesDocument,
    "\n  mutation SetAutoReply($input: SetAutoReplyInput!) {\n    setAutoReply(input: $input) {\n      autoReply {\n        trigger\n        enabled\n        updatedAt\n        template {\n          id\n          name\n        }\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetAutoReplyDocument,
    "\n  query BulkMessages {\n    bulkMessages(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...BulkMessageFields\n        }\n      }\n    }\n  }\n": types.BulkMessagesDocument,
    "\n  query BulkMessage($id: ID!, $opened: Boolean) {\n    bulkMessage(id: $id) {\n      ...BulkMessageFields\n      recipients(first: 200, opened: $opened) {\n        totalCount\n        edges {\n          node {\n            status\n            deliveredAt\n            openedAt\n            failureReason\n            member {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.BulkMessageDocument,
    "\n  mutation SendBulkMessage($input: SendBulkMessageInput!) {\n    sendBulkMessage(input: $input) {\n      bulkMessage {\n        ...BulkMessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SendBulkMessageDocument,
    "\n  mutation CancelBulkMessage($input: CancelBulkMessageInput!) {\n    cancelBulkMessage(input: $input) {\n      bulkMessage {\n        ...BulkMessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CancelBulkMessageDocument,
    "\n  fragment ChatMemberFields on Member {\n    id\n    displayName\n  }\n": types.ChatMemberFieldsFragmentDoc,
    "\n  fragment ChatMemberWithPhotoFields on Member {\n    id\n    displayName\n    profile {\n      thumbnailUrl\n    }\n  }\n": types.ChatMemberWithPhotoFieldsFragmentDoc,
    "\n  fragment RoomFields on Room {\n    name\n    description\n    category\n    topicTags\n    visibility\n    memberCount\n    messageCount\n    archivedAt\n    viewerInvited\n    viewerCanModerate\n  }\n": types.RoomFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    lastActivityAt\n    unreadCount\n    viewerIsMember\n    otherMember {\n      ...ChatMemberWithPhotoFields\n    }\n    room {\n      ...RoomFields\n    }\n    lastMessage {\n      id\n      body\n      sentByNetwork\n      createdAt\n      deletedAt\n      sender {\n        ...ChatMemberFields\n      }\n    }\n  }\n": types.ConversationFieldsFragmentDoc,
    "\n  fragment MessageFields on Message {\n    id\n    conversationId\n    seq\n    sentByNetwork\n    body\n    links\n    createdAt\n    editedAt\n    deletedAt\n    deletedByModerator\n    readByCount\n    readAt\n    sender {\n      ...ChatMemberFields\n    }\n    mentions {\n      ...ChatMemberFields\n    }\n    replyTo {\n      id\n      body\n      sentByNetwork\n      deletedAt\n      sender {\n        ...ChatMemberFields\n      }\n    }\n    reactions {\n      emoji\n      count\n      memberIds\n    }\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  fragment ConversationPageFields on ConversationConnection {\n    edges {\n      cursor\n      node {\n        ...ConversationFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n    totalCount\n  }\n": types.ConversationPageFieldsFragmentDoc,
    "\n  query Conversations($first: Int, $after: String, $kind: ConversationKind, $unreadOnly: Boolean) {\n    conversations(first: $first, after: $after, kind: $kind, unreadOnly: $unreadOnly) {\n      ...ConversationPageFields\n    }\n  }\n": types.ConversationsDocument,
    "\n  query NetworkInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    networkInbox(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      ...ConversationPageFields\n    }\n  }\n": types.NetworkInboxDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": types.ConversationDocument,
    "\n  query ConversationMessages($id: ID!, $last: Int, $before: ID) {\n    conversation(id: $id) {\n      id\n      messages(last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n": types.ConversationMessagesDocument,
    "\n  query ConversationMembers($id: ID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          role\n          joinedAt\n          node {\n            ...ChatMemberWithPhotoFields\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n        totalCount\n      }\n    }\n  }\n": types.ConversationMembersDocument,
    "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n": types.UnreadMessageCountDocument,
    "\n  query Rooms($filter: RoomFilter, $sort: RoomSort, $first: Int, $after: String) {\n    rooms(filter: $filter, sort: $sort, first: $first, after: $after) {\n      ...ConversationPageFields\n    }\n  }\n": types.RoomsDocument,
    "\n  query RoomInvitations($first: Int) {\n    roomInvitations(first: $first) {\n      ...ConversationPageFields\n    }\n  }\n": types.RoomInvitationsDocument,
    "\n  mutation StartDirectConversation($input: StartDirectConversationInput!) {\n    startDirectConversation(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.StartDirectConversationDocument,
    "\n  mutation ContactNetwork($input: ContactNetworkInput!) {\n    contactNetwork(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ContactNetworkDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.EditMessageDocument,
    "\n  mutation DeleteMessage($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteMessageDocument,
    "\n  mutation AddReaction($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AddReactionDocument,
    "\n  mutation RemoveReaction($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RemoveReactionDocument,
    "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      conversation {\n        id\n        unreadCount\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.MarkConversationReadDocument,
    "\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetTypingDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateRoomDocument,
    "\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateRoomDocument,
    "\n  mutation JoinRoom($input: RoomInput!) {\n    joinRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.JoinRoomDocument,
    "\n  mutation LeaveRoom($input: RoomInput!) {\n    leaveRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.LeaveRoomDocument,
    "\n  mutation DeclineRoomInvitation($input: RoomInput!) {\n    declineRoomInvitation(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeclineRoomInvitationDocument,
    "\n  mutation ArchiveRoom($input: RoomInput!) {\n    archiveRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ArchiveRoomDocument,
    "\n  mutation UnarchiveRoom($input: RoomInput!) {\n    unarchiveRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UnarchiveRoomDocument,
    "\n  mutation InviteToRoom($input: InviteToRoomInput!) {\n    inviteToRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.InviteToRoomDocument,
    "\n  mutation RemoveRoomMember($input: RemoveRoomMemberInput!) {\n    removeRoomMember(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RemoveRoomMemberDocument,
    "\n  subscription MessageEvents($conversationId: ID!, $afterMessageId: ID) {\n    messageEvents(conversationId: $conversationId, afterMessageId: $afterMessageId) {\n      kind\n      conversationId\n      readerId\n      message {\n        ...MessageFields\n      }\n    }\n  }\n": types.MessageEventsDocument,
    "\n  subscription ConversationUpdated {\n    conversationUpdated {\n      ...ConversationFields\n    }\n  }\n": types.ConversationUpdatedDocument,
    "\n  subscription Typing($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      conversationId\n      memberId\n      displayName\n      typing\n      expiresAt\n    }\n  }\n": types.TypingDocument,
    "\n  query MyPersonalData {\n    myPersonalData {\n      accountId\n      identity\n      directory\n      messaging\n      content\n      recruitment\n      notification\n    }\n  }\n": types.MyPersonalDataDocument,
    "\n  query AccountDeletion {\n    me {\n      id\n      hasPassword\n    }\n  }\n": types.AccountDeletionDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      deleted\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteMyAccountDocument,
    "\n  fragment RegistrationAnswerFields on RegistrationAnswer {\n    question {\n      id\n      label\n      adminOnly\n      archivedAt\n    }\n    displayText\n  }\n": types.RegistrationAnswerFieldsFragmentDoc,
    "\n  fragment NetworkBrandingFields on Network {\n    id\n    slug\n    name\n    defaultLocale\n    logoUrl\n    primaryColor\n    welcomeText\n    registrationOpen\n  }\n": types.NetworkBrandingFieldsFragmentDoc,
    "\n  fragment RegistrationQuestionFields on RegistrationQuestion {\n    id\n    kind\n    label\n    helpText\n    required\n    position\n    options {\n      id\n      label\n    }\n    profileField\n    adminOnly\n    archivedAt\n  }\n": types.RegistrationQuestionFieldsFragmentDoc,
    "\n  fragment AutoApprovalRulesFields on AutoApprovalRules {\n    emailDomains\n    rosterEnabled\n    rosterYearQuestion {\n      id\n      label\n    }\n    rosterEntryCount\n  }\n": types.AutoApprovalRulesFieldsFragmentDoc,
    "\n  query JoinNetwork($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkBrandingFields\n      registrationQuestions {\n        ...RegistrationQuestionFields\n      }\n    }\n  }\n": types.JoinNetworkDocument,
    "\n  query NetworkSettings {\n    me {\n      id\n      network {\n        ...NetworkBrandingFields\n      }\n    }\n  }\n": types.NetworkSettingsDocument,
    "\n  mutation UpdateNetworkSettings($input: UpdateNetworkSettingsInput!) {\n    updateNetworkSettings(input: $input) {\n      network {\n        ...NetworkBrandingFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateNetworkSettingsDocument,
    "\n  query RegistrationQuestions($includeArchived: Boolean!) {\n    registrationQuestions(includeArchived: $includeArchived) {\n      ...RegistrationQuestionFields\n    }\n  }\n": types.RegistrationQuestionsDocument,
    "\n  mutation CreateRegistrationQuestion($input: CreateRegistrationQuestionInput!) {\n    createRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateRegistrationQuestionDocument,
    "\n  mutation UpdateRegistrationQuestion($input: UpdateRegistrationQuestionInput!) {\n    updateRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateRegistrationQuestionDocument,
    "\n  mutation ArchiveRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    archiveRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ArchiveRegistrationQuestionDocument,
    "\n  mutation RestoreRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    restoreRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RestoreRegistrationQuestionDocument,
    "\n  mutation ReorderRegistrationQuestions($input: ReorderRegistrationQuestionsInput!) {\n    reorderRegistrationQuestions(input: $input) {\n      questions {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ReorderRegistrationQuestionsDocument,
    "\n  query AutoApproval {\n    autoApprovalRules {\n      ...AutoApprovalRulesFields\n    }\n    registrationQuestions(includeArchived: false) {\n      ...RegistrationQuestionFields\n    }\n  }\n": types.AutoApprovalDocument,
    "\n  mutation UpdateAutoApprovalRules($input: UpdateAutoApprovalRulesInput!) {\n    updateAutoApprovalRules(input: $input) {\n      rules {\n        ...AutoApprovalRulesFields\n      }\n      approvedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateAutoApprovalRulesDocument,
    "\n  query RosterPreview($csv: String!, $mode: RosterImportMode!) {\n    rosterPreview(csv: $csv, mode: $mode) {\n      validCount\n      errorCount\n      errors {\n        ...UserErrorFields\n      }\n      rows {\n        line\n        email\n        name\n        year\n        errors {\n          ...UserErrorFields\n        }\n      }\n    }\n  }\n": types.RosterPreviewDocument,
    "\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      importedCount\n      totalCount\n      approvedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ImportRosterDocument,
    "\n  query RosterEntries($search: String, $first: Int!, $after: String) {\n    rosterEntries(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          email\n          name\n          year\n          createdAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": types.RosterEntriesDocument,
    "\n  mutation DeleteRosterEntry($input: DeleteRosterEntryInput!) {\n    deleteRosterEntry(input: $input) {\n      entry {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteRosterEntryDocument,
    "\n  mutation RegisterWithAnswers($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RegisterWithAnswersDocument,
    "\n  fragment CustomRoleFields on CustomRole {\n    id\n    name\n    description\n    permissions\n    memberCount\n  }\n": types.CustomRoleFieldsFragmentDoc,
    "\n  fragment RoleHolderFields on Member {\n    id\n    displayName\n    email\n    role\n    status\n    customRole {\n      id\n      name\n    }\n  }\n": types.RoleHolderFieldsFragmentDoc,
    "\n  fragment StaffInvitationFields on StaffInvitation {\n    id\n    email\n    role\n    customRoleName\n    message\n    status\n    invitedBy {\n      id\n      displayName\n    }\n    acceptedMember {\n      id\n      displayName\n    }\n    expiresAt\n    lastSentAt\n    sendCount\n    acceptedAt\n    createdAt\n  }\n": types.StaffInvitationFieldsFragmentDoc,
    "\n  fragment InvitationLinkFields on InvitationLink {\n    id\n    code\n    path\n    label\n    createdBy {\n      id\n      displayName\n    }\n    role\n    customRoleName\n    skipApproval\n    maxUses\n    uses\n    expiresAt\n    status\n    createdAt\n  }\n": types.InvitationLinkFieldsFragmentDoc,
    "\n  query Roles {\n    roles {\n      builtIn {\n        role\n        permissions\n        memberCount\n      }\n      custom {\n        ...CustomRoleFields\n      }\n    }\n  }\n": types.RolesDocument,
    "\n  query MemberRoles($search: String, $first: Int, $after: String) {\n    memberRoles(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RoleHolderFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": types.MemberRolesDocument,
    "\n  mutation CreateCustomRole($input: CreateCustomRoleInput!) {\n    createCustomRole(input: $input) {\n      role {\n        ...CustomRoleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateCustomRoleDocument,
    "\n  mutation UpdateCustomRole($input: UpdateCustomRoleInput!) {\n    updateCustomRole(input: $input) {\n      role {\n        ...CustomRoleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateCustomRoleDocument,
    "\n  mutation DeleteCustomRole($input: DeleteCustomRoleInput!) {\n    deleteCustomRole(input: $input) {\n      deletedId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteCustomRoleDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      member {\n        ...RoleHolderFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation TransferOwnership($input: TransferOwnershipInput!) {\n    transferOwnership(input: $input) {\n      owner {\n        ...RoleHolderFields\n      }\n      previousOwner {\n        ...RoleHolderFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.TransferOwnershipDocument,
    "\n  query StaffInvitations {\n    staffInvitations {\n      ...StaffInvitationFields\n    }\n  }\n": types.StaffInvitationsDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      invitation {\n        ...StaffInvitationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.InviteStaffDocument,
    "\n  mutation ResendStaffInvitation($input: StaffInvitationIdInput!) {\n    resendStaffInvitation(input: $input) {\n      invitation {\n        ...StaffInvitationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ResendStaffInvitationDocument,
    "\n  mutation RevokeStaffInvitation($input: StaffInvitationIdInput!) {\n    revokeStaffInvitation(input: $input) {\n      invitation {\n        ...StaffInvitationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RevokeStaffInvitationDocument,
    "\n  query StaffInvitationPreview($token: String!) {\n    staffInvitation(token: $token) {\n      network {\n        ...NetworkFields\n      }\n      email\n      role\n      customRoleName\n      inviterName\n      message\n      status\n      expiresAt\n      accountExists\n    }\n  }\n": types.StaffInvitationPreviewDocument,
    "\n  mutation AcceptStaffInvitation($input: AcceptStaffInvitationInput!) {\n    acceptStaffInvitation(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AcceptStaffInvitationDocument,
    "\n  query InvitationLinks($mine: Boolean, $first: Int, $after: String) {\n    invitationLinks(mine: $mine, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InvitationLinkFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": types.InvitationLinksDocument,
    "\n  mutation CreateInvitationLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) {\n      link {\n        ...InvitationLinkFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateInvitationLinkDocument,
    "\n  mutation RevokeInvitationLink($input: RevokeInvitationLinkInput!) {\n    revokeInvitationLink(input: $input) {\n      link {\n        ...InvitationLinkFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RevokeInvitationLinkDocument,
    "\n  query InvitationSettings {\n    invitationSettings {\n      membersCanInvite\n    }\n  }\n": types.InvitationSettingsDocument,
    "\n  mutation UpdateInvitationSettings($input: InvitationSettingsInput!) {\n    updateInvitationSettings(input: $input) {\n      settings {\n        membersCanInvite\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateInvitationSettingsDocument,
    "\n  query Referrers($first: Int, $after: String) {\n    referrers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          member {\n            id\n            displayName\n            email\n          }\n          referredCount\n          approvedCount\n          pendingCount\n          lastReferredAt\n          referred {\n            id\n            displayName\n            email\n            status\n            createdAt\n          }\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": types.ReferrersDocument,
    "\n  query InvitationLinkPreview($networkSlug: String!, $code: String!) {\n    invitationLinkPreview(networkSlug: $networkSlug, code: $code) {\n      valid\n      errorCode\n      inviterName\n      skipsApproval\n    }\n  }\n": types.InvitationLinkPreviewDocument,
    "\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          actor {\n            id\n            displayName\n          }\n          target {\n            id\n            displayName\n          }\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditLogActions {\n    auditLogActions\n  }\n": types.AuditLogActionsDocument,
    "\n  query MyPermissions {\n    me {\n      id\n      permissions\n      customRole {\n        id\n        name\n      }\n    }\n  }\n": types.MyPermissionsDocument,
    "\n  fragment DeviceSessionFields on Session {\n    id\n    browser\n    operatingSystem\n    deviceType\n    ipAddress\n    createdAt\n    lastUsedAt\n    current\n    network {\n      id\n      slug\n      name\n    }\n  }\n": types.DeviceSessionFieldsFragmentDoc,
    "\n  query Sessions($first: Int, $after: String) {\n    sessions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DeviceSessionFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": types.SessionsDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      session {\n        id\n        current\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere($input: SignOutEverywhereInput) {\n    signOutEverywhere(input: $input) {\n      endedSessions\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SignOutEverywhereDocument,
    "\n  query MyNetworks {\n    myNetworks {\n      id\n      displayName\n      role\n      status\n      current\n      network {\n        id\n        slug\n        name\n        logoUrl\n      }\n    }\n  }\n": types.MyNetworksDocument,
    "\n  mutation SwitchNetwork($input: SwitchNetworkInput!) {\n    switchNetwork(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SwitchNetworkDocument,
    "\n  fragment LinkedLoginFields on LinkedLogin {\n    provider\n    providerName\n    email\n    displayName\n    linkedAt\n    lastUsedAt\n  }\n": types.LinkedLoginFieldsFragmentDoc,
    "\n  query LoginProviders {\n    loginProviders {\n      id\n      name\n    }\n  }\n": types.LoginProvidersDocument,
    "\n  query SocialSignup($ticket: String!) {\n    socialSignup(ticket: $ticket) {\n      provider\n      providerName\n      networkSlug\n      displayName\n      email\n      emailVerified\n      pictureUrl\n      existingAccount\n    }\n  }\n": types.SocialSignupDocument,
    "\n  query LinkedLogins {\n    me {\n      id\n      hasPassword\n      lineLinked\n      linkedLogins {\n        ...LinkedLoginFields\n      }\n    }\n    loginProviders {\n      id\n      name\n    }\n  }\n": types.LinkedLoginsDocument,
    "\n  mutation StartLoginLink($provider: ID!) {\n    startLoginLink(input: { provider: $provider }) {\n      authorizationUrl\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.StartLoginLinkDocument,
    "\n  mutation CompleteLoginLink($ticket: String!) {\n    completeLoginLink(input: { ticket: $ticket }) {\n      linkedLogins {\n        ...LinkedLoginFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CompleteLoginLinkDocument,
    "\n  mutation UnlinkLogin($provider: ID!) {\n    unlinkLogin(input: { provider: $provider }) {\n      linkedLogins {\n        ...LinkedLoginFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UnlinkLoginDocument,
    "\n  fragment SurveyResultsFields on SurveyResults {\n    surveyId\n    responseCount\n    closed\n    questions {\n      questionId\n      answerCount\n      options {\n        optionId\n        count\n      }\n      scale {\n        value\n        count\n      }\n      mean\n    }\n  }\n": types.SurveyResultsFieldsFragmentDoc,
    "\n  fragment SurveyFields on Survey {\n    id\n    title\n    description\n    anonymity\n    resultsVisibility\n    closesAt\n    closed\n    questions {\n      id\n      kind\n      prompt\n      required\n      options {\n        id\n        label\n      }\n      scaleMin\n      scaleMax\n      lowLabel\n      highLabel\n    }\n    viewerAnswer {\n      answers {\n        questionId\n        optionIds\n        value\n        text\n      }\n    }\n    results {\n      ...SurveyResultsFields\n    }\n  }\n": types.SurveyFieldsFragmentDoc,
    "\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AnswerSurveyDocument,
    "\n  subscription SurveyResultsChanged($surveyId: ID!) {\n    surveyResultsChanged(surveyId: $surveyId) {\n      ...SurveyResultsFields\n    }\n  }\n": types.SurveyResultsChangedDocument,
    "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n      audience\n      editable\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.SurveyDocument,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      survey {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateSurveyDocument,
    "\n  mutation CloseSurvey($input: SurveyInput!) {\n    closeSurvey(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CloseSurveyDocument,
    "\n  mutation DeleteSurvey($input: SurveyInput!) {\n    deleteSurvey(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DeleteSurveyDocument,
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
export function graphql(source: "\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n  }\n"): (typeof documents)["\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkFields on Network {\n    id\n    slug\n    name\n    defaultLocale\n  }\n"): (typeof documents)["\n  fragment NetworkFields on Network {\n    id\n    slug\n    name\n    defaultLocale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Member {\n    id\n    displayName\n    email\n    role\n    status\n    network {\n      ...NetworkFields\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Member {\n    id\n    displayName\n    email\n    role\n    status\n    network {\n      ...NetworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n    }\n  }\n"): (typeof documents)["\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    me {\n      id\n      notifications(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...NotificationFields\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n        totalCount\n        unreadCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String) {\n    me {\n      id\n      notifications(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...NotificationFields\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n        totalCount\n        unreadCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingMembers($first: Int!, $after: String) {\n    pendingMembers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          emailVerified\n          createdAt\n          referredBy {\n            id\n            displayName\n          }\n          registrationAnswers {\n            ...RegistrationAnswerFields\n          }\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PendingMembers($first: Int!, $after: String) {\n    pendingMembers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          emailVerified\n          createdAt\n          referredBy {\n            id\n            displayName\n          }\n          registrationAnswers {\n            ...RegistrationAnswerFields\n          }\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignInNetworkChoiceFields on SignInNetworkChoice {\n    ticket\n    networks {\n      displayName\n      status\n      network {\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SignInNetworkChoiceFields on SignInNetworkChoice {\n    ticket\n    networks {\n      displayName\n      status\n      network {\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n      networkChoice {\n        ...SignInNetworkChoiceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n      networkChoice {\n        ...SignInNetworkChoiceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInNetworkChoice($ticket: String!) {\n    signInNetworkChoice(ticket: $ticket) {\n      ...SignInNetworkChoiceFields\n    }\n  }\n"): (typeof documents)["\n  query SignInNetworkChoice($ticket: String!) {\n    signInNetworkChoice(ticket: $ticket) {\n      ...SignInNetworkChoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseSignInNetwork($input: ChooseSignInNetworkInput!) {\n    chooseSignInNetwork(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChooseSignInNetwork($input: ChooseSignInNetworkInput!) {\n    chooseSignInNetwork(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewAccessToken($input: RenewAccessTokenInput!) {\n    renewAccessToken(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RenewAccessToken($input: RenewAccessTokenInput!) {\n    renewAccessToken(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMembership($input: ApproveMembershipInput!) {\n    approveMembership(input: $input) {\n      member {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMembership($input: ApproveMembershipInput!) {\n    approveMembership(input: $input) {\n      member {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMembership($input: RejectMembershipInput!) {\n    rejectMembership(input: $input) {\n      member {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMembership($input: RejectMembershipInput!) {\n    rejectMembership(input: $input) {\n      member {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideMemberships($input: DecideMembershipsInput!) {\n    decideMemberships(input: $input) {\n      members {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideMemberships($input: DecideMembershipsInput!) {\n    decideMemberships(input: $input) {\n      members {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleCardFields on Article {\n    id\n    title\n    excerpt\n    coverImage {\n      id\n      smallUrl\n      width\n      height\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleCardFields on Article {\n    id\n    title\n    excerpt\n    coverImage {\n      id\n      smallUrl\n      width\n      height\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleFields on Article {\n    id\n    title\n    excerpt\n    body\n    status\n    audience\n    segmentId\n    publishedAt\n    createdAt\n    updatedAt\n    submittedAt\n    rejectionReason\n    coverImage {\n      id\n      url\n      width\n      height\n    }\n    category {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n    readCount\n    uniqueReaderCount\n    revisions {\n      title\n      writtenAt\n      replacedAt\n      editor {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleFields on Article {\n    id\n    title\n    excerpt\n    body\n    status\n    audience\n    segmentId\n    publishedAt\n    createdAt\n    updatedAt\n    submittedAt\n    rejectionReason\n    coverImage {\n      id\n      url\n      width\n      height\n    }\n    category {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n    readCount\n    uniqueReaderCount\n    revisions {\n      title\n      writtenAt\n      replacedAt\n      editor {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleListFields on Article {\n    id\n    title\n    status\n    audience\n    publishedAt\n    updatedAt\n    readCount\n    uniqueReaderCount\n    category {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleListFields on Article {\n    id\n    title\n    status\n    audience\n    publishedAt\n    updatedAt\n    readCount\n    uniqueReaderCount\n    category {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleFields\n    }\n  }\n"): (typeof documents)["\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminArticles($status: ArticleStatus, $first: Int) {\n    articles(status: $status, first: $first) {\n      edges {\n        node {\n          ...ArticleListFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminArticles($status: ArticleStatus, $first: Int) {\n    articles(status: $status, first: $first) {\n      edges {\n        node {\n          ...ArticleListFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleCategories {\n    articleCategories {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ArticleCategories {\n    articleCategories {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleSegments {\n    segments(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticleSegments {\n    segments(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArticle($input: ArticleContentInput!) {\n    createArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateArticle($input: ArticleContentInput!) {\n    createArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditArticle($input: EditArticleInput!) {\n    editArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditArticle($input: EditArticleInput!) {\n    editArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishArticle($input: PublishArticleInput!) {\n    publishArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishArticle($input: PublishArticleInput!) {\n    publishArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishArticle($input: ArticleInput!) {\n    unpublishArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishArticle($input: ArticleInput!) {\n    unpublishArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteArticle($input: ArticleInput!) {\n    deleteArticle(input: $input) {\n      deletedArticleId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteArticle($input: ArticleInput!) {\n    deleteArticle(input: $input) {\n      deletedArticleId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordArticleRead($input: ArticleInput!) {\n    recordArticleRead(input: $input) {\n      article {\n        id\n        readCount\n        uniqueReaderCount\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordArticleRead($input: ArticleInput!) {\n    recordArticleRead(input: $input) {\n      article {\n        id\n        readCount\n        uniqueReaderCount\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArticleCategory($input: CreateArticleCategoryInput!) {\n    createArticleCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateArticleCategory($input: CreateArticleCategoryInput!) {\n    createArticleCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameArticleCategory($input: RenameArticleCategoryInput!) {\n    renameArticleCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RenameArticleCategory($input: RenameArticleCategoryInput!) {\n    renameArticleCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteArticleCategory($input: ArticleCategoryInput!) {\n    deleteArticleCategory(input: $input) {\n      deletedCategoryId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteArticleCategory($input: ArticleCategoryInput!) {\n    deleteArticleCategory(input: $input) {\n      deletedCategoryId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewArticleFields on Article {\n    id\n    title\n    excerpt\n    status\n    publishedAt\n    updatedAt\n    submittedAt\n    rejectionReason\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewArticleFields on Article {\n    id\n    title\n    excerpt\n    status\n    publishedAt\n    updatedAt\n    submittedAt\n    rejectionReason\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentSettings {\n    contentSettings {\n      membersMayWriteArticles\n    }\n  }\n"): (typeof documents)["\n  query ContentSettings {\n    contentSettings {\n      membersMayWriteArticles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContentSettings($input: UpdateContentSettingsInput!) {\n    updateContentSettings(input: $input) {\n      settings {\n        membersMayWriteArticles\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContentSettings($input: UpdateContentSettingsInput!) {\n    updateContentSettings(input: $input) {\n      settings {\n        membersMayWriteArticles\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyArticles($first: Int, $after: String) {\n    myArticles(first: $first, after: $after) {\n      edges {\n        node {\n          ...ReviewArticleFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyArticles($first: Int, $after: String) {\n    myArticles(first: $first, after: $after) {\n      edges {\n        node {\n          ...ReviewArticleFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleReviewQueue($first: Int, $after: String) {\n    articleReviewQueueCount\n    articleReviewQueue(first: $first, after: $after) {\n      edges {\n        node {\n          ...ReviewArticleFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticleReviewQueue($first: Int, $after: String) {\n    articleReviewQueueCount\n    articleReviewQueue(first: $first, after: $after) {\n      edges {\n        node {\n          ...ReviewArticleFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitArticle($input: ArticleInput!) {\n    submitArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitArticle($input: ArticleInput!) {\n    submitArticle(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawArticleSubmission($input: ArticleInput!) {\n    withdrawArticleSubmission(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawArticleSubmission($input: ArticleInput!) {\n    withdrawArticleSubmission(input: $input) {\n      article {\n        ...ArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveArticle($input: PublishArticleInput!) {\n    approveArticle(input: $input) {\n      article {\n        ...ReviewArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveArticle($input: PublishArticleInput!) {\n    approveArticle(input: $input) {\n      article {\n        ...ReviewArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectArticle($input: RejectArticleInput!) {\n    rejectArticle(input: $input) {\n      article {\n        ...ReviewArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectArticle($input: RejectArticleInput!) {\n    rejectArticle(input: $input) {\n      article {\n        ...ReviewArticleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountEmailPayloadFields on AccountEmailPayload {\n    email\n    pendingEmail\n    emailVerified\n    errors {\n      ...UserErrorFields\n    }\n  }\n"): (typeof documents)["\n  fragment AccountEmailPayloadFields on AccountEmailPayload {\n    email\n    pendingEmail\n    emailVerified\n    errors {\n      ...UserErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountEmail {\n    me {\n      id\n      email\n      emailVerified\n      pendingEmail\n    }\n  }\n"): (typeof documents)["\n  query AccountEmail {\n    me {\n      id\n      email\n      emailVerified\n      pendingEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      emailVerified\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      emailVerified\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail {\n      sent\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail {\n    resendVerificationEmail {\n      sent\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordChanged\n      networkSlug\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordChanged\n      networkSlug\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      passwordChanged\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      passwordChanged\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      ...AccountEmailPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      ...AccountEmailPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEmailChange {\n    cancelEmailChange {\n      ...AccountEmailPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEmailChange {\n    cancelEmailChange {\n      ...AccountEmailPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      ...AccountEmailPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      ...AccountEmailPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoundedCompanies($memberId: ID!) {\n    profile(memberId: $memberId) {\n      memberId\n      foundedCompanies {\n        id\n        name\n        industry\n        stage\n        url\n        description\n        foundedYear\n      }\n    }\n  }\n"): (typeof documents)["\n  query FoundedCompanies($memberId: ID!) {\n    profile(memberId: $memberId) {\n      memberId\n      foundedCompanies {\n        id\n        name\n        industry\n        stage\n        url\n        description\n        foundedYear\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminMemberListFields on AdminMember {\n    id\n    status\n    email\n    lastSignInAt\n    signInCount\n    lineLinked\n    joinedAt\n    tags {\n      id\n      name\n      color\n    }\n    profile {\n      memberId\n      displayName\n      nameKana\n      entryYear\n      department\n      employer\n      location\n    }\n  }\n"): (typeof documents)["\n  fragment AdminMemberListFields on AdminMember {\n    id\n    status\n    email\n    lastSignInAt\n    signInCount\n    lineLinked\n    joinedAt\n    tags {\n      id\n      name\n      color\n    }\n    profile {\n      memberId\n      displayName\n      nameKana\n      entryYear\n      department\n      employer\n      location\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminMemberDetailFields on AdminMember {\n    id\n    status\n    email\n    externalId\n    lastSignInAt\n    signInCount\n    lineLinked\n    joinedAt\n    registrationAnswers\n    tags {\n      id\n      name\n      color\n    }\n    profile {\n      memberId\n      displayName\n      nameKana\n      nameRomaji\n      headline\n      photoUrl\n      entryYear\n      leaveYear\n      department\n      employer\n      jobTitle\n      industry\n      location\n      bio\n      skills\n      interests\n      links {\n        label\n        url\n      }\n      contactEmail\n      phone\n      customFields {\n        fieldId\n        label\n        displayText\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AdminMemberDetailFields on AdminMember {\n    id\n    status\n    email\n    externalId\n    lastSignInAt\n    signInCount\n    lineLinked\n    joinedAt\n    registrationAnswers\n    tags {\n      id\n      name\n      color\n    }\n    profile {\n      memberId\n      displayName\n      nameKana\n      nameRomaji\n      headline\n      photoUrl\n      entryYear\n      leaveYear\n      department\n      employer\n      jobTitle\n      industry\n      location\n      bio\n      skills\n      interests\n      links {\n        label\n        url\n      }\n      contactEmail\n      phone\n      customFields {\n        fieldId\n        label\n        displayText\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TagFields on Tag {\n    id\n    name\n    color\n    rule\n    ruleAppliesToNewcomers\n    memberCount\n  }\n"): (typeof documents)["\n  fragment TagFields on Tag {\n    id\n    name\n    color\n    rule\n    ruleAppliesToNewcomers\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SegmentFields on Segment {\n    id\n    name\n    description\n    filter\n    memberCount\n  }\n"): (typeof documents)["\n  fragment SegmentFields on Segment {\n    id\n    name\n    description\n    filter\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMembers($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n    adminMembers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...AdminMemberListFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMembers($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n    adminMembers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...AdminMemberListFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMember($id: ID!) {\n    adminMember(id: $id) {\n      ...AdminMemberDetailFields\n    }\n  }\n"): (typeof documents)["\n  query AdminMember($id: ID!) {\n    adminMember(id: $id) {\n      ...AdminMemberDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tags {\n    tags(first: 200) {\n      totalCount\n      edges {\n        node {\n          ...TagFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Tags {\n    tags(first: 200) {\n      totalCount\n      edges {\n        node {\n          ...TagFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTag($input: TagIdInput!) {\n    deleteTag(input: $input) {\n      deletedTagId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTag($input: TagIdInput!) {\n    deleteTag(input: $input) {\n      deletedTagId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkTagMembers($input: BulkTagMembersInput!) {\n    bulkTagMembers(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkTagMembers($input: BulkTagMembersInput!) {\n    bulkTagMembers(input: $input) {\n      tag {\n        ...TagFields\n      }\n      affectedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Segments {\n    segments(first: 200) {\n      totalCount\n      edges {\n        node {\n          ...SegmentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Segments {\n    segments(first: 200) {\n      totalCount\n      edges {\n        node {\n          ...SegmentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentPreview($filter: DirectoryFilter!, $first: Int) {\n    segmentPreview(filter: $filter, first: $first) {\n      count\n      members {\n        ...AdminMemberListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SegmentPreview($filter: DirectoryFilter!, $first: Int) {\n    segmentPreview(filter: $filter, first: $first) {\n      count\n      members {\n        ...AdminMemberListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSegment($input: CreateSegmentInput!) {\n    createSegment(input: $input) {\n      segment {\n        ...SegmentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSegment($input: CreateSegmentInput!) {\n    createSegment(input: $input) {\n      segment {\n        ...SegmentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSegment($input: UpdateSegmentInput!) {\n    updateSegment(input: $input) {\n      segment {\n        ...SegmentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSegment($input: UpdateSegmentInput!) {\n    updateSegment(input: $input) {\n      segment {\n        ...SegmentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSegment($input: DeleteSegmentInput!) {\n    deleteSegment(input: $input) {\n      deletedSegmentId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSegment($input: DeleteSegmentInput!) {\n    deleteSegment(input: $input) {\n      deletedSegmentId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RosterImportProgressFields on RosterImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdRows\n    updatedRows\n    unchangedRows\n    failedRows\n    failure\n    rowErrorCount\n    rowErrors(first: 200) {\n      row\n      column\n      field\n      code\n      params\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment RosterImportProgressFields on RosterImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdRows\n    updatedRows\n    unchangedRows\n    failedRows\n    failure\n    rowErrorCount\n    rowErrors(first: 200) {\n      row\n      column\n      field\n      code\n      params\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterImportSetup($id: ID!) {\n    rosterImport(id: $id) {\n      ...RosterImportProgressFields\n      columns\n      sample\n      suggestedMapping {\n        column\n        target\n      }\n      suggestedMatchBy\n    }\n    rosterImportTargets {\n      target\n      kind\n      label\n      choices\n    }\n  }\n"): (typeof documents)["\n  query RosterImportSetup($id: ID!) {\n    rosterImport(id: $id) {\n      ...RosterImportProgressFields\n      columns\n      sample\n      suggestedMapping {\n        column\n        target\n      }\n      suggestedMatchBy\n    }\n    rosterImportTargets {\n      target\n      kind\n      label\n      choices\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterImportProgress($id: ID!) {\n    rosterImport(id: $id) {\n      ...RosterImportProgressFields\n    }\n  }\n"): (typeof documents)["\n  query RosterImportProgress($id: ID!) {\n    rosterImport(id: $id) {\n      ...RosterImportProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewRosterImport($input: PreviewRosterImportInput!) {\n    previewRosterImport(input: $input) {\n      preview {\n        toCreate\n        toUpdate\n        unchanged\n        failed\n        rowErrorCount\n        rowErrors {\n          row\n          column\n          field\n          code\n          params\n          message\n        }\n        newTags\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewRosterImport($input: PreviewRosterImportInput!) {\n    previewRosterImport(input: $input) {\n      preview {\n        toCreate\n        toUpdate\n        unchanged\n        failed\n        rowErrorCount\n        rowErrors {\n          row\n          column\n          field\n          code\n          params\n          message\n        }\n        newTags\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunRosterImport($input: RunRosterImportInput!) {\n    runRosterImport(input: $input) {\n      rosterImport {\n        ...RosterImportProgressFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunRosterImport($input: RunRosterImportInput!) {\n    runRosterImport(input: $input) {\n      rosterImport {\n        ...RosterImportProgressFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyFields on Company {\n    id\n    name\n    industry\n    stage\n    url\n    description\n    foundedYear\n    founderProfile {\n      memberId\n      displayName\n      photoUrl\n    }\n    viewerMayEdit\n    viewerMayRemove\n  }\n"): (typeof documents)["\n  fragment CompanyFields on Company {\n    id\n    name\n    industry\n    stage\n    url\n    description\n    foundedYear\n    founderProfile {\n      memberId\n      displayName\n      photoUrl\n    }\n    viewerMayEdit\n    viewerMayRemove\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlumniCompanies($filter: CompanyFilter, $sort: CompanySort, $first: Int, $after: String) {\n    alumniCompanies(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CompanyFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AlumniCompanies($filter: CompanyFilter, $sort: CompanySort, $first: Int, $after: String) {\n    alumniCompanies(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CompanyFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlumniCompanyIndustries {\n    alumniCompanyIndustries\n  }\n"): (typeof documents)["\n  query AlumniCompanyIndustries {\n    alumniCompanyIndustries\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCompany($input: AddCompanyInput!) {\n    addCompany(input: $input) {\n      company {\n        ...CompanyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddCompany($input: AddCompanyInput!) {\n    addCompany(input: $input) {\n      company {\n        ...CompanyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      company {\n        ...CompanyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      company {\n        ...CompanyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCompany($input: RemoveCompanyInput!) {\n    removeCompany(input: $input) {\n      removedCompanyId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCompany($input: RemoveCompanyInput!) {\n    removeCompany(input: $input) {\n      removedCompanyId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleYouMayKnow($first: Int) {\n    peopleYouMayKnow(first: $first) {\n      member {\n        id\n      }\n      profile {\n        memberId\n        displayName\n        headline\n        photoUrl\n      }\n      reasons {\n        kind\n        values\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleYouMayKnow($first: Int) {\n    peopleYouMayKnow(first: $first) {\n      member {\n        id\n      }\n      profile {\n        memberId\n        displayName\n        headline\n        photoUrl\n      }\n      reasons {\n        kind\n        values\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissSuggestion($input: DismissSuggestionInput!) {\n    dismissSuggestion(input: $input) {\n      dismissedMemberId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DismissSuggestion($input: DismissSuggestionInput!) {\n    dismissSuggestion(input: $input) {\n      dismissedMemberId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n    directory(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          memberId\n          displayName\n          nameKana\n          nameRomaji\n          headline\n          photoUrl\n          entryYear\n          department\n          employer\n          jobTitle\n          location\n          skills\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n      fuzzy\n    }\n  }\n"): (typeof documents)["\n  query Directory($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {\n    directory(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          memberId\n          displayName\n          nameKana\n          nameRomaji\n          headline\n          photoUrl\n          entryYear\n          department\n          employer\n          jobTitle\n          location\n          skills\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n      fuzzy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryFacets {\n    directoryFacets {\n      departments {\n        value\n        count\n      }\n      employers {\n        value\n        count\n      }\n      industries {\n        value\n        count\n      }\n      locations {\n        value\n        count\n      }\n      entryYears {\n        value\n        count\n      }\n      skills {\n        value\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryFacets {\n    directoryFacets {\n      departments {\n        value\n        count\n      }\n      employers {\n        value\n        count\n      }\n      industries {\n        value\n        count\n      }\n      locations {\n        value\n        count\n      }\n      entryYears {\n        value\n        count\n      }\n      skills {\n        value\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMyPhoto {\n    removeMyPhoto {\n      profile {\n        memberId\n        photoUrl\n        thumbnailUrl\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMyPhoto {\n    removeMyPhoto {\n      profile {\n        memberId\n        photoUrl\n        thumbnailUrl\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFields on Profile {\n    memberId\n    displayName\n    nameKana\n    nameRomaji\n    headline\n    photoUrl\n    entryYear\n    leaveYear\n    department\n    employer\n    jobTitle\n    industry\n    location\n    bio\n    skills\n    interests\n    links {\n      label\n      url\n    }\n    contactEmail\n    phone\n    customFields {\n      fieldId\n      key\n      label\n      type\n      value\n      values\n      displayText\n    }\n    contactVisibility {\n      contactEmail\n      phone\n      links\n    }\n    email\n    registrationAnswers {\n      key\n      values\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileFields on Profile {\n    memberId\n    displayName\n    nameKana\n    nameRomaji\n    headline\n    photoUrl\n    entryYear\n    leaveYear\n    department\n    employer\n    jobTitle\n    industry\n    location\n    bio\n    skills\n    interests\n    links {\n      label\n      url\n    }\n    contactEmail\n    phone\n    customFields {\n      fieldId\n      key\n      label\n      type\n      value\n      values\n      displayText\n    }\n    contactVisibility {\n      contactEmail\n      phone\n      links\n    }\n    email\n    registrationAnswers {\n      key\n      values\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomFieldFields on CustomField {\n    id\n    key\n    label\n    type\n    options {\n      value\n      label\n    }\n    helpText\n    visibility\n    position\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment CustomFieldFields on CustomField {\n    id\n    key\n    label\n    type\n    options {\n      value\n      label\n    }\n    helpText\n    visibility\n    position\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFieldSettingFields on ProfileFieldSetting {\n    field\n    visibility\n    decidedBy\n    changeable\n    searchable\n  }\n"): (typeof documents)["\n  fragment ProfileFieldSettingFields on ProfileFieldSetting {\n    field\n    visibility\n    decidedBy\n    changeable\n    searchable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFieldDescriptionFields on ProfileFieldDescription {\n    key\n    standard\n    customFieldId\n    label\n    helpText\n    kind\n    multi\n    maxLength\n    maxItems\n    min\n    max\n    options {\n      value\n      label\n    }\n    visibility\n    decidedBy\n    visibilityOptions\n    searchable\n    filter\n    filterArgument\n    importable\n  }\n"): (typeof documents)["\n  fragment ProfileFieldDescriptionFields on ProfileFieldDescription {\n    key\n    standard\n    customFieldId\n    label\n    helpText\n    kind\n    multi\n    maxLength\n    maxItems\n    min\n    max\n    options {\n      value\n      label\n    }\n    visibility\n    decidedBy\n    visibilityOptions\n    searchable\n    filter\n    filterArgument\n    importable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileFields {\n    profileFields {\n      ...ProfileFieldDescriptionFields\n    }\n  }\n"): (typeof documents)["\n  query ProfileFields {\n    profileFields {\n      ...ProfileFieldDescriptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberProfile($memberId: ID!) {\n    profile(memberId: $memberId) {\n      ...ProfileFields\n    }\n    profileFields {\n      ...ProfileFieldDescriptionFields\n    }\n  }\n"): (typeof documents)["\n  query MemberProfile($memberId: ID!) {\n    profile(memberId: $memberId) {\n      ...ProfileFields\n    }\n    profileFields {\n      ...ProfileFieldDescriptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    myProfile {\n      ...ProfileFields\n    }\n    profileFields {\n      ...ProfileFieldDescriptionFields\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    myProfile {\n      ...ProfileFields\n    }\n    profileFields {\n      ...ProfileFieldDescriptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile {\n        ...ProfileFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile {\n        ...ProfileFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldAdmin {\n    customFields(includeArchived: true) {\n      ...CustomFieldFields\n    }\n    profileFieldSettings {\n      ...ProfileFieldSettingFields\n    }\n  }\n"): (typeof documents)["\n  query FieldAdmin {\n    customFields(includeArchived: true) {\n      ...CustomFieldFields\n    }\n    profileFieldSettings {\n      ...ProfileFieldSettingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProfileFieldVisibility($input: SetProfileFieldVisibilityInput!) {\n    setProfileFieldVisibility(input: $input) {\n      setting {\n        ...ProfileFieldSettingFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetProfileFieldVisibility($input: SetProfileFieldVisibilityInput!) {\n    setProfileFieldVisibility(input: $input) {\n      setting {\n        ...ProfileFieldSettingFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomField($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomField($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderCustomFields($input: ReorderCustomFieldsInput!) {\n    reorderCustomFields(input: $input) {\n      fields {\n        id\n        position\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderCustomFields($input: ReorderCustomFieldsInput!) {\n    reorderCustomFields(input: $input) {\n      fields {\n        id\n        position\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCustomField($id: ID!) {\n    archiveCustomField(id: $id) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCustomField($id: ID!) {\n    archiveCustomField(id: $id) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreCustomField($id: ID!) {\n    restoreCustomField(id: $id) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreCustomField($id: ID!) {\n    restoreCustomField(id: $id) {\n      field {\n        ...CustomFieldFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedMemberFields on Member {\n    id\n    displayName\n    profile {\n      photoUrl\n    }\n  }\n"): (typeof documents)["\n  fragment FeedMemberFields on Member {\n    id\n    displayName\n    profile {\n      photoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedPostFields on Post {\n    id\n    body\n    hashtags\n    links\n    createdAt\n    editedAt\n    author {\n      ...FeedMemberFields\n    }\n    mentions {\n      id\n      displayName\n    }\n    images {\n      id\n      width\n      height\n      alt\n      small: url(size: SMALL)\n      large: url(size: LARGE)\n    }\n  }\n"): (typeof documents)["\n  fragment FeedPostFields on Post {\n    id\n    body\n    hashtags\n    links\n    createdAt\n    editedAt\n    author {\n      ...FeedMemberFields\n    }\n    mentions {\n      id\n      displayName\n    }\n    images {\n      id\n      width\n      height\n      alt\n      small: url(size: SMALL)\n      large: url(size: LARGE)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedItemFields on FeedItem {\n    id\n    kind\n    title\n    excerpt\n    linkPath\n    audience\n    publishedAt\n    pinned\n    hiddenByModerators\n    reactionCount\n    commentCount\n    viewerLiked\n    actor {\n      ...FeedMemberFields\n    }\n    subject {\n      typename\n      id\n    }\n    post {\n      ...FeedPostFields\n    }\n    article {\n      ...ArticleCardFields\n    }\n    survey {\n      ...SurveyFields\n    }\n    prompt {\n      hashtag\n      title\n      body\n      occurrenceAt\n    }\n  }\n"): (typeof documents)["\n  fragment FeedItemFields on FeedItem {\n    id\n    kind\n    title\n    excerpt\n    linkPath\n    audience\n    publishedAt\n    pinned\n    hiddenByModerators\n    reactionCount\n    commentCount\n    viewerLiked\n    actor {\n      ...FeedMemberFields\n    }\n    subject {\n      typename\n      id\n    }\n    post {\n      ...FeedPostFields\n    }\n    article {\n      ...ArticleCardFields\n    }\n    survey {\n      ...SurveyFields\n    }\n    prompt {\n      hashtag\n      title\n      body\n      occurrenceAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedCommentFields on FeedComment {\n    id\n    feedItemId\n    replyToCommentId\n    body\n    createdAt\n    editedAt\n    replyCount\n    author {\n      ...FeedMemberFields\n    }\n    mentions {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment FeedCommentFields on FeedComment {\n    id\n    feedItemId\n    replyToCommentId\n    body\n    createdAt\n    editedAt\n    replyCount\n    author {\n      ...FeedMemberFields\n    }\n    mentions {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($order: FeedOrder!, $first: Int!, $after: String) {\n    feed(order: $order, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...FeedItemFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Feed($order: FeedOrder!, $first: Int!, $after: String) {\n    feed(order: $order, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...FeedItemFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Hashtag($tag: String!, $first: Int!, $after: String) {\n    hashtag(tag: $tag, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...FeedItemFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Hashtag($tag: String!, $first: Int!, $after: String) {\n    hashtag(tag: $tag, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...FeedItemFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedItem($id: ID!) {\n    feedItem(id: $id) {\n      ...FeedItemFields\n    }\n  }\n"): (typeof documents)["\n  query FeedItem($id: ID!) {\n    feedItem(id: $id) {\n      ...FeedItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedComments($feedItemId: ID!, $first: Int!, $after: String, $repliesFirst: Int!, $repliesAfter: String) {\n    feedItem(id: $feedItemId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...FeedCommentFields\n            replies(first: $repliesFirst, after: $repliesAfter) {\n              edges {\n                cursor\n                node {\n                  ...FeedCommentFields\n                }\n              }\n              pageInfo {\n                ...PageInfoFields\n              }\n            }\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedComments($feedItemId: ID!, $first: Int!, $after: String, $repliesFirst: Int!, $repliesAfter: String) {\n    feedItem(id: $feedItemId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...FeedCommentFields\n            replies(first: $repliesFirst, after: $repliesAfter) {\n              edges {\n                cursor\n                node {\n                  ...FeedCommentFields\n                }\n              }\n              pageInfo {\n                ...PageInfoFields\n              }\n            }\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      post {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      post {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      post {\n        ...FeedPostFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      post {\n        ...FeedPostFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($input: DeletePostInput!) {\n    deletePost(input: $input) {\n      deletedPostId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($input: DeletePostInput!) {\n    deletePost(input: $input) {\n      deletedPostId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LikeFeedItem($input: FeedItemInput!) {\n    likeFeedItem(input: $input) {\n      feedItem {\n        id\n        reactionCount\n        viewerLiked\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LikeFeedItem($input: FeedItemInput!) {\n    likeFeedItem(input: $input) {\n      feedItem {\n        id\n        reactionCount\n        viewerLiked\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlikeFeedItem($input: FeedItemInput!) {\n    unlikeFeedItem(input: $input) {\n      feedItem {\n        id\n        reactionCount\n        viewerLiked\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlikeFeedItem($input: FeedItemInput!) {\n    unlikeFeedItem(input: $input) {\n      feedItem {\n        id\n        reactionCount\n        viewerLiked\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...FeedCommentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...FeedCommentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...FeedCommentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...FeedCommentFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      comment {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      comment {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideFromMyFeed($input: FeedItemInput!) {\n    hideFromMyFeed(input: $input) {\n      feedItem {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HideFromMyFeed($input: FeedItemInput!) {\n    hideFromMyFeed(input: $input) {\n      feedItem {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShowInMyFeed($input: FeedItemInput!) {\n    showInMyFeed(input: $input) {\n      feedItem {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ShowInMyFeed($input: FeedItemInput!) {\n    showInMyFeed(input: $input) {\n      feedItem {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      report {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      report {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationCaseFields on ModerationCase {\n    openReportCount\n    latestReportAt\n    item {\n      ...FeedItemFields\n    }\n    reports {\n      id\n      feedItemId\n      commentId\n      reason\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationCaseFields on ModerationCase {\n    openReportCount\n    latestReportAt\n    item {\n      ...FeedItemFields\n    }\n    reports {\n      id\n      feedItemId\n      commentId\n      reason\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ModerationCaseFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ModerationCaseFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideFeedItem($input: FeedItemInput!) {\n    hideFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HideFeedItem($input: FeedItemInput!) {\n    hideFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideFeedItem($input: FeedItemInput!) {\n    unhideFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideFeedItem($input: FeedItemInput!) {\n    unhideFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinFeedItem($input: FeedItemInput!) {\n    pinFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PinFeedItem($input: FeedItemInput!) {\n    pinFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinFeedItem($input: FeedItemInput!) {\n    unpinFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnpinFeedItem($input: FeedItemInput!) {\n    unpinFeedItem(input: $input) {\n      feedItem {\n        ...FeedItemFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissReport($input: DismissReportInput!) {\n    dismissReport(input: $input) {\n      report {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DismissReport($input: DismissReportInput!) {\n    dismissReport(input: $input) {\n      report {\n        id\n        status\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FeedItemAdded {\n    feedItemAdded {\n      ...FeedItemFields\n    }\n  }\n"): (typeof documents)["\n  subscription FeedItemAdded {\n    feedItemAdded {\n      ...FeedItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FeedItemCounts($feedItemIds: [ID!]!) {\n    feedItemCounts(feedItemIds: $feedItemIds) {\n      feedItemId\n      reactionCount\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  subscription FeedItemCounts($feedItemIds: [ID!]!) {\n    feedItemCounts(feedItemIds: $feedItemIds) {\n      feedItemId\n      reactionCount\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceSegments {\n    segments(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AudienceSegments {\n    segments(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostingPromptFields on PostingPrompt {\n    id\n    hashtag\n    title\n    body\n    rrule\n    timeZone\n    startsAt\n    audience\n    segmentId\n    active\n    lastOccurrenceAt\n    nextOccurrences(count: 1)\n  }\n"): (typeof documents)["\n  fragment PostingPromptFields on PostingPrompt {\n    id\n    hashtag\n    title\n    body\n    rrule\n    timeZone\n    startsAt\n    audience\n    segmentId\n    active\n    lastOccurrenceAt\n    nextOccurrences(count: 1)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingPrompts {\n    postingPrompts {\n      ...PostingPromptFields\n    }\n  }\n"): (typeof documents)["\n  query PostingPrompts {\n    postingPrompts {\n      ...PostingPromptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingPromptSchedulePreview($input: PostingPromptScheduleInput!) {\n    postingPromptSchedulePreview(input: $input, count: 3) {\n      occurrences\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostingPromptSchedulePreview($input: PostingPromptScheduleInput!) {\n    postingPromptSchedulePreview(input: $input, count: 3) {\n      occurrences\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePostingPrompt($input: CreatePostingPromptInput!) {\n    createPostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePostingPrompt($input: CreatePostingPromptInput!) {\n    createPostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPostingPrompt($input: EditPostingPromptInput!) {\n    editPostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditPostingPrompt($input: EditPostingPromptInput!) {\n    editPostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PausePostingPrompt($input: PostingPromptInput!) {\n    pausePostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PausePostingPrompt($input: PostingPromptInput!) {\n    pausePostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumePostingPrompt($input: PostingPromptInput!) {\n    resumePostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResumePostingPrompt($input: PostingPromptInput!) {\n    resumePostingPrompt(input: $input) {\n      prompt {\n        ...PostingPromptFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePostingPrompt($input: PostingPromptInput!) {\n    deletePostingPrompt(input: $input) {\n      deletedPromptId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePostingPrompt($input: PostingPromptInput!) {\n    deletePostingPrompt(input: $input) {\n      deletedPromptId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageTemplateFields on MessageTemplate {\n    id\n    name\n    body\n    variables\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment MessageTemplateFields on MessageTemplate {\n    id\n    name\n    body\n    variables\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulkMessageFields on BulkMessage {\n    id\n    status\n    body\n    bodyParts {\n      text\n      variable\n      fallback\n    }\n    segmentName\n    scheduledAt\n    startedAt\n    completedAt\n    failureReason\n    recipientCount\n    deliveredCount\n    failedCount\n    openedCount\n    openRate\n    progress\n    createdAt\n  }\n"): (typeof documents)["\n  fragment BulkMessageFields on BulkMessage {\n    id\n    status\n    body\n    bodyParts {\n      text\n      variable\n      fallback\n    }\n    segmentName\n    scheduledAt\n    startedAt\n    completedAt\n    failureReason\n    recipientCount\n    deliveredCount\n    failedCount\n    openedCount\n    openRate\n    progress\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageTemplates {\n    messageTemplates(first: 100) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          ...MessageTemplateFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessageTemplates {\n    messageTemplates(first: 100) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          ...MessageTemplateFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewMessageTemplate($body: String!, $recipientId: ID!) {\n    previewMessageTemplate(body: $body, recipientId: $recipientId) {\n      text\n      emptyVariables\n    }\n  }\n"): (typeof documents)["\n  query PreviewMessageTemplate($body: String!, $recipientId: ID!) {\n    previewMessageTemplate(body: $body, recipientId: $recipientId) {\n      text\n      emptyVariables\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      template {\n        ...MessageTemplateFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      template {\n        ...MessageTemplateFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMessageTemplate($input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(input: $input) {\n      template {\n        ...MessageTemplateFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMessageTemplate($input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(input: $input) {\n      template {\n        ...MessageTemplateFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessageTemplate($input: DeleteMessageTemplateInput!) {\n    deleteMessageTemplate(input: $input) {\n      deletedTemplateId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMessageTemplate($input: DeleteMessageTemplateInput!) {\n    deleteMessageTemplate(input: $input) {\n      deletedTemplateId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutoReplies {\n    autoReplies {\n      trigger\n      enabled\n      updatedAt\n      template {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AutoReplies {\n    autoReplies {\n      trigger\n      enabled\n      updatedAt\n      template {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAutoReply($input: SetAutoReplyInput!) {\n    setAutoReply(input: $input) {\n      autoReply {\n        trigger\n        enabled\n        updatedAt\n        template {\n          id\n          name\n        }\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAutoReply($input: SetAutoReplyInput!) {\n    setAutoReply(input: $input) {\n      autoReply {\n        trigger\n        enabled\n        updatedAt\n        template {\n          id\n          name\n        }\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkMessages {\n    bulkMessages(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...BulkMessageFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BulkMessages {\n    bulkMessages(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...BulkMessageFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkMessage($id: ID!, $opened: Boolean) {\n    bulkMessage(id: $id) {\n      ...BulkMessageFields\n      recipients(first: 200, opened: $opened) {\n        totalCount\n        edges {\n          node {\n            status\n            deliveredAt\n            openedAt\n            failureReason\n            member {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BulkMessage($id: ID!, $opened: Boolean) {\n    bulkMessage(id: $id) {\n      ...BulkMessageFields\n      recipients(first: 200, opened: $opened) {\n        totalCount\n        edges {\n          node {\n            status\n            deliveredAt\n            openedAt\n            failureReason\n            member {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendBulkMessage($input: SendBulkMessageInput!) {\n    sendBulkMessage(input: $input) {\n      bulkMessage {\n        ...BulkMessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendBulkMessage($input: SendBulkMessageInput!) {\n    sendBulkMessage(input: $input) {\n      bulkMessage {\n        ...BulkMessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBulkMessage($input: CancelBulkMessageInput!) {\n    cancelBulkMessage(input: $input) {\n      bulkMessage {\n        ...BulkMessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBulkMessage($input: CancelBulkMessageInput!) {\n    cancelBulkMessage(input: $input) {\n      bulkMessage {\n        ...BulkMessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatMemberFields on Member {\n    id\n    displayName\n  }\n"): (typeof documents)["\n  fragment ChatMemberFields on Member {\n    id\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatMemberWithPhotoFields on Member {\n    id\n    displayName\n    profile {\n      thumbnailUrl\n    }\n  }\n"): (typeof documents)["\n  fragment ChatMemberWithPhotoFields on Member {\n    id\n    displayName\n    profile {\n      thumbnailUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomFields on Room {\n    name\n    description\n    category\n    topicTags\n    visibility\n    memberCount\n    messageCount\n    archivedAt\n    viewerInvited\n    viewerCanModerate\n  }\n"): (typeof documents)["\n  fragment RoomFields on Room {\n    name\n    description\n    category\n    topicTags\n    visibility\n    memberCount\n    messageCount\n    archivedAt\n    viewerInvited\n    viewerCanModerate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    lastActivityAt\n    unreadCount\n    viewerIsMember\n    otherMember {\n      ...ChatMemberWithPhotoFields\n    }\n    room {\n      ...RoomFields\n    }\n    lastMessage {\n      id\n      body\n      sentByNetwork\n      createdAt\n      deletedAt\n      sender {\n        ...ChatMemberFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    lastActivityAt\n    unreadCount\n    viewerIsMember\n    otherMember {\n      ...ChatMemberWithPhotoFields\n    }\n    room {\n      ...RoomFields\n    }\n    lastMessage {\n      id\n      body\n      sentByNetwork\n      createdAt\n      deletedAt\n      sender {\n        ...ChatMemberFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id\n    conversationId\n    seq\n    sentByNetwork\n    body\n    links\n    createdAt\n    editedAt\n    deletedAt\n    deletedByModerator\n    readByCount\n    readAt\n    sender {\n      ...ChatMemberFields\n    }\n    mentions {\n      ...ChatMemberFields\n    }\n    replyTo {\n      id\n      body\n      sentByNetwork\n      deletedAt\n      sender {\n        ...ChatMemberFields\n      }\n    }\n    reactions {\n      emoji\n      count\n      memberIds\n    }\n  }\n"): (typeof documents)["\n  fragment MessageFields on Message {\n    id\n    conversationId\n    seq\n    sentByNetwork\n    body\n    links\n    createdAt\n    editedAt\n    deletedAt\n    deletedByModerator\n    readByCount\n    readAt\n    sender {\n      ...ChatMemberFields\n    }\n    mentions {\n      ...ChatMemberFields\n    }\n    replyTo {\n      id\n      body\n      sentByNetwork\n      deletedAt\n      sender {\n        ...ChatMemberFields\n      }\n    }\n    reactions {\n      emoji\n      count\n      memberIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationPageFields on ConversationConnection {\n    edges {\n      cursor\n      node {\n        ...ConversationFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n    totalCount\n  }\n"): (typeof documents)["\n  fragment ConversationPageFields on ConversationConnection {\n    edges {\n      cursor\n      node {\n        ...ConversationFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n    totalCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations($first: Int, $after: String, $kind: ConversationKind, $unreadOnly: Boolean) {\n    conversations(first: $first, after: $after, kind: $kind, unreadOnly: $unreadOnly) {\n      ...ConversationPageFields\n    }\n  }\n"): (typeof documents)["\n  query Conversations($first: Int, $after: String, $kind: ConversationKind, $unreadOnly: Boolean) {\n    conversations(first: $first, after: $after, kind: $kind, unreadOnly: $unreadOnly) {\n      ...ConversationPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    networkInbox(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      ...ConversationPageFields\n    }\n  }\n"): (typeof documents)["\n  query NetworkInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    networkInbox(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      ...ConversationPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationMessages($id: ID!, $last: Int, $before: ID) {\n    conversation(id: $id) {\n      id\n      messages(last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationMessages($id: ID!, $last: Int, $before: ID) {\n    conversation(id: $id) {\n      id\n      messages(last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationMembers($id: ID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          role\n          joinedAt\n          node {\n            ...ChatMemberWithPhotoFields\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationMembers($id: ID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          role\n          joinedAt\n          node {\n            ...ChatMemberWithPhotoFields\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n"): (typeof documents)["\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rooms($filter: RoomFilter, $sort: RoomSort, $first: Int, $after: String) {\n    rooms(filter: $filter, sort: $sort, first: $first, after: $after) {\n      ...ConversationPageFields\n    }\n  }\n"): (typeof documents)["\n  query Rooms($filter: RoomFilter, $sort: RoomSort, $first: Int, $after: String) {\n    rooms(filter: $filter, sort: $sort, first: $first, after: $after) {\n      ...ConversationPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomInvitations($first: Int) {\n    roomInvitations(first: $first) {\n      ...ConversationPageFields\n    }\n  }\n"): (typeof documents)["\n  query RoomInvitations($first: Int) {\n    roomInvitations(first: $first) {\n      ...ConversationPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartDirectConversation($input: StartDirectConversationInput!) {\n    startDirectConversation(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartDirectConversation($input: StartDirectConversationInput!) {\n    startDirectConversation(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactNetwork($input: ContactNetworkInput!) {\n    contactNetwork(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ContactNetwork($input: ContactNetworkInput!) {\n    contactNetwork(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessage($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMessage($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReaction($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddReaction($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReaction($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveReaction($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      message {\n        ...MessageFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      conversation {\n        id\n        unreadCount\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      conversation {\n        id\n        unreadCount\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinRoom($input: RoomInput!) {\n    joinRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinRoom($input: RoomInput!) {\n    joinRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveRoom($input: RoomInput!) {\n    leaveRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveRoom($input: RoomInput!) {\n    leaveRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineRoomInvitation($input: RoomInput!) {\n    declineRoomInvitation(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineRoomInvitation($input: RoomInput!) {\n    declineRoomInvitation(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveRoom($input: RoomInput!) {\n    archiveRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveRoom($input: RoomInput!) {\n    archiveRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveRoom($input: RoomInput!) {\n    unarchiveRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnarchiveRoom($input: RoomInput!) {\n    unarchiveRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToRoom($input: InviteToRoomInput!) {\n    inviteToRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToRoom($input: InviteToRoomInput!) {\n    inviteToRoom(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRoomMember($input: RemoveRoomMemberInput!) {\n    removeRoomMember(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveRoomMember($input: RemoveRoomMemberInput!) {\n    removeRoomMember(input: $input) {\n      conversation {\n        ...ConversationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageEvents($conversationId: ID!, $afterMessageId: ID) {\n    messageEvents(conversationId: $conversationId, afterMessageId: $afterMessageId) {\n      kind\n      conversationId\n      readerId\n      message {\n        ...MessageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MessageEvents($conversationId: ID!, $afterMessageId: ID) {\n    messageEvents(conversationId: $conversationId, afterMessageId: $afterMessageId) {\n      kind\n      conversationId\n      readerId\n      message {\n        ...MessageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationUpdated {\n    conversationUpdated {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  subscription ConversationUpdated {\n    conversationUpdated {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Typing($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      conversationId\n      memberId\n      displayName\n      typing\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  subscription Typing($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      conversationId\n      memberId\n      displayName\n      typing\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPersonalData {\n    myPersonalData {\n      accountId\n      identity\n      directory\n      messaging\n      content\n      recruitment\n      notification\n    }\n  }\n"): (typeof documents)["\n  query MyPersonalData {\n    myPersonalData {\n      accountId\n      identity\n      directory\n      messaging\n      content\n      recruitment\n      notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountDeletion {\n    me {\n      id\n      hasPassword\n    }\n  }\n"): (typeof documents)["\n  query AccountDeletion {\n    me {\n      id\n      hasPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      deleted\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      deleted\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationAnswerFields on RegistrationAnswer {\n    question {\n      id\n      label\n      adminOnly\n      archivedAt\n    }\n    displayText\n  }\n"): (typeof documents)["\n  fragment RegistrationAnswerFields on RegistrationAnswer {\n    question {\n      id\n      label\n      adminOnly\n      archivedAt\n    }\n    displayText\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkBrandingFields on Network {\n    id\n    slug\n    name\n    defaultLocale\n    logoUrl\n    primaryColor\n    welcomeText\n    registrationOpen\n  }\n"): (typeof documents)["\n  fragment NetworkBrandingFields on Network {\n    id\n    slug\n    name\n    defaultLocale\n    logoUrl\n    primaryColor\n    welcomeText\n    registrationOpen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationQuestionFields on RegistrationQuestion {\n    id\n    kind\n    label\n    helpText\n    required\n    position\n    options {\n      id\n      label\n    }\n    profileField\n    adminOnly\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment RegistrationQuestionFields on RegistrationQuestion {\n    id\n    kind\n    label\n    helpText\n    required\n    position\n    options {\n      id\n      label\n    }\n    profileField\n    adminOnly\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AutoApprovalRulesFields on AutoApprovalRules {\n    emailDomains\n    rosterEnabled\n    rosterYearQuestion {\n      id\n      label\n    }\n    rosterEntryCount\n  }\n"): (typeof documents)["\n  fragment AutoApprovalRulesFields on AutoApprovalRules {\n    emailDomains\n    rosterEnabled\n    rosterYearQuestion {\n      id\n      label\n    }\n    rosterEntryCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinNetwork($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkBrandingFields\n      registrationQuestions {\n        ...RegistrationQuestionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query JoinNetwork($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkBrandingFields\n      registrationQuestions {\n        ...RegistrationQuestionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkSettings {\n    me {\n      id\n      network {\n        ...NetworkBrandingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkSettings {\n    me {\n      id\n      network {\n        ...NetworkBrandingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNetworkSettings($input: UpdateNetworkSettingsInput!) {\n    updateNetworkSettings(input: $input) {\n      network {\n        ...NetworkBrandingFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNetworkSettings($input: UpdateNetworkSettingsInput!) {\n    updateNetworkSettings(input: $input) {\n      network {\n        ...NetworkBrandingFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationQuestions($includeArchived: Boolean!) {\n    registrationQuestions(includeArchived: $includeArchived) {\n      ...RegistrationQuestionFields\n    }\n  }\n"): (typeof documents)["\n  query RegistrationQuestions($includeArchived: Boolean!) {\n    registrationQuestions(includeArchived: $includeArchived) {\n      ...RegistrationQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegistrationQuestion($input: CreateRegistrationQuestionInput!) {\n    createRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRegistrationQuestion($input: CreateRegistrationQuestionInput!) {\n    createRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegistrationQuestion($input: UpdateRegistrationQuestionInput!) {\n    updateRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegistrationQuestion($input: UpdateRegistrationQuestionInput!) {\n    updateRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    archiveRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    archiveRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    restoreRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreRegistrationQuestion($input: RegistrationQuestionIdInput!) {\n    restoreRegistrationQuestion(input: $input) {\n      question {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderRegistrationQuestions($input: ReorderRegistrationQuestionsInput!) {\n    reorderRegistrationQuestions(input: $input) {\n      questions {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderRegistrationQuestions($input: ReorderRegistrationQuestionsInput!) {\n    reorderRegistrationQuestions(input: $input) {\n      questions {\n        ...RegistrationQuestionFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutoApproval {\n    autoApprovalRules {\n      ...AutoApprovalRulesFields\n    }\n    registrationQuestions(includeArchived: false) {\n      ...RegistrationQuestionFields\n    }\n  }\n"): (typeof documents)["\n  query AutoApproval {\n    autoApprovalRules {\n      ...AutoApprovalRulesFields\n    }\n    registrationQuestions(includeArchived: false) {\n      ...RegistrationQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAutoApprovalRules($input: UpdateAutoApprovalRulesInput!) {\n    updateAutoApprovalRules(input: $input) {\n      rules {\n        ...AutoApprovalRulesFields\n      }\n      approvedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAutoApprovalRules($input: UpdateAutoApprovalRulesInput!) {\n    updateAutoApprovalRules(input: $input) {\n      rules {\n        ...AutoApprovalRulesFields\n      }\n      approvedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterPreview($csv: String!, $mode: RosterImportMode!) {\n    rosterPreview(csv: $csv, mode: $mode) {\n      validCount\n      errorCount\n      errors {\n        ...UserErrorFields\n      }\n      rows {\n        line\n        email\n        name\n        year\n        errors {\n          ...UserErrorFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RosterPreview($csv: String!, $mode: RosterImportMode!) {\n    rosterPreview(csv: $csv, mode: $mode) {\n      validCount\n      errorCount\n      errors {\n        ...UserErrorFields\n      }\n      rows {\n        line\n        email\n        name\n        year\n        errors {\n          ...UserErrorFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      importedCount\n      totalCount\n      approvedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      importedCount\n      totalCount\n      approvedCount\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterEntries($search: String, $first: Int!, $after: String) {\n    rosterEntries(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          email\n          name\n          year\n          createdAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RosterEntries($search: String, $first: Int!, $after: String) {\n    rosterEntries(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          email\n          name\n          year\n          createdAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRosterEntry($input: DeleteRosterEntryInput!) {\n    deleteRosterEntry(input: $input) {\n      entry {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRosterEntry($input: DeleteRosterEntryInput!) {\n    deleteRosterEntry(input: $input) {\n      entry {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterWithAnswers($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterWithAnswers($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomRoleFields on CustomRole {\n    id\n    name\n    description\n    permissions\n    memberCount\n  }\n"): (typeof documents)["\n  fragment CustomRoleFields on CustomRole {\n    id\n    name\n    description\n    permissions\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleHolderFields on Member {\n    id\n    displayName\n    email\n    role\n    status\n    customRole {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RoleHolderFields on Member {\n    id\n    displayName\n    email\n    role\n    status\n    customRole {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffInvitationFields on StaffInvitation {\n    id\n    email\n    role\n    customRoleName\n    message\n    status\n    invitedBy {\n      id\n      displayName\n    }\n    acceptedMember {\n      id\n      displayName\n    }\n    expiresAt\n    lastSentAt\n    sendCount\n    acceptedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment StaffInvitationFields on StaffInvitation {\n    id\n    email\n    role\n    customRoleName\n    message\n    status\n    invitedBy {\n      id\n      displayName\n    }\n    acceptedMember {\n      id\n      displayName\n    }\n    expiresAt\n    lastSentAt\n    sendCount\n    acceptedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationLinkFields on InvitationLink {\n    id\n    code\n    path\n    label\n    createdBy {\n      id\n      displayName\n    }\n    role\n    customRoleName\n    skipApproval\n    maxUses\n    uses\n    expiresAt\n    status\n    createdAt\n  }\n"): (typeof documents)["\n  fragment InvitationLinkFields on InvitationLink {\n    id\n    code\n    path\n    label\n    createdBy {\n      id\n      displayName\n    }\n    role\n    customRoleName\n    skipApproval\n    maxUses\n    uses\n    expiresAt\n    status\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles {\n    roles {\n      builtIn {\n        role\n        permissions\n        memberCount\n      }\n      custom {\n        ...CustomRoleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roles {\n    roles {\n      builtIn {\n        role\n        permissions\n        memberCount\n      }\n      custom {\n        ...CustomRoleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberRoles($search: String, $first: Int, $after: String) {\n    memberRoles(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RoleHolderFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MemberRoles($search: String, $first: Int, $after: String) {\n    memberRoles(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RoleHolderFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomRole($input: CreateCustomRoleInput!) {\n    createCustomRole(input: $input) {\n      role {\n        ...CustomRoleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomRole($input: CreateCustomRoleInput!) {\n    createCustomRole(input: $input) {\n      role {\n        ...CustomRoleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomRole($input: UpdateCustomRoleInput!) {\n    updateCustomRole(input: $input) {\n      role {\n        ...CustomRoleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomRole($input: UpdateCustomRoleInput!) {\n    updateCustomRole(input: $input) {\n      role {\n        ...CustomRoleFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomRole($input: DeleteCustomRoleInput!) {\n    deleteCustomRole(input: $input) {\n      deletedId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCustomRole($input: DeleteCustomRoleInput!) {\n    deleteCustomRole(input: $input) {\n      deletedId\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      member {\n        ...RoleHolderFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      member {\n        ...RoleHolderFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferOwnership($input: TransferOwnershipInput!) {\n    transferOwnership(input: $input) {\n      owner {\n        ...RoleHolderFields\n      }\n      previousOwner {\n        ...RoleHolderFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferOwnership($input: TransferOwnershipInput!) {\n    transferOwnership(input: $input) {\n      owner {\n        ...RoleHolderFields\n      }\n      previousOwner {\n        ...RoleHolderFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffInvitations {\n    staffInvitations {\n      ...StaffInvitationFields\n    }\n  }\n"): (typeof documents)["\n  query StaffInvitations {\n    staffInvitations {\n      ...StaffInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      invitation {\n        ...StaffInvitationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      invitation {\n        ...StaffInvitationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendStaffInvitation($input: StaffInvitationIdInput!) {\n    resendStaffInvitation(input: $input) {\n      invitation {\n        ...StaffInvitationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendStaffInvitation($input: StaffInvitationIdInput!) {\n    resendStaffInvitation(input: $input) {\n      invitation {\n        ...StaffInvitationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeStaffInvitation($input: StaffInvitationIdInput!) {\n    revokeStaffInvitation(input: $input) {\n      invitation {\n        ...StaffInvitationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeStaffInvitation($input: StaffInvitationIdInput!) {\n    revokeStaffInvitation(input: $input) {\n      invitation {\n        ...StaffInvitationFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffInvitationPreview($token: String!) {\n    staffInvitation(token: $token) {\n      network {\n        ...NetworkFields\n      }\n      email\n      role\n      customRoleName\n      inviterName\n      message\n      status\n      expiresAt\n      accountExists\n    }\n  }\n"): (typeof documents)["\n  query StaffInvitationPreview($token: String!) {\n    staffInvitation(token: $token) {\n      network {\n        ...NetworkFields\n      }\n      email\n      role\n      customRoleName\n      inviterName\n      message\n      status\n      expiresAt\n      accountExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptStaffInvitation($input: AcceptStaffInvitationInput!) {\n    acceptStaffInvitation(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptStaffInvitation($input: AcceptStaffInvitationInput!) {\n    acceptStaffInvitation(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationLinks($mine: Boolean, $first: Int, $after: String) {\n    invitationLinks(mine: $mine, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InvitationLinkFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InvitationLinks($mine: Boolean, $first: Int, $after: String) {\n    invitationLinks(mine: $mine, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InvitationLinkFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitationLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) {\n      link {\n        ...InvitationLinkFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvitationLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) {\n      link {\n        ...InvitationLinkFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitationLink($input: RevokeInvitationLinkInput!) {\n    revokeInvitationLink(input: $input) {\n      link {\n        ...InvitationLinkFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitationLink($input: RevokeInvitationLinkInput!) {\n    revokeInvitationLink(input: $input) {\n      link {\n        ...InvitationLinkFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationSettings {\n    invitationSettings {\n      membersCanInvite\n    }\n  }\n"): (typeof documents)["\n  query InvitationSettings {\n    invitationSettings {\n      membersCanInvite\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInvitationSettings($input: InvitationSettingsInput!) {\n    updateInvitationSettings(input: $input) {\n      settings {\n        membersCanInvite\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInvitationSettings($input: InvitationSettingsInput!) {\n    updateInvitationSettings(input: $input) {\n      settings {\n        membersCanInvite\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referrers($first: Int, $after: String) {\n    referrers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          member {\n            id\n            displayName\n            email\n          }\n          referredCount\n          approvedCount\n          pendingCount\n          lastReferredAt\n          referred {\n            id\n            displayName\n            email\n            status\n            createdAt\n          }\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Referrers($first: Int, $after: String) {\n    referrers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          member {\n            id\n            displayName\n            email\n          }\n          referredCount\n          approvedCount\n          pendingCount\n          lastReferredAt\n          referred {\n            id\n            displayName\n            email\n            status\n            createdAt\n          }\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationLinkPreview($networkSlug: String!, $code: String!) {\n    invitationLinkPreview(networkSlug: $networkSlug, code: $code) {\n      valid\n      errorCode\n      inviterName\n      skipsApproval\n    }\n  }\n"): (typeof documents)["\n  query InvitationLinkPreview($networkSlug: String!, $code: String!) {\n    invitationLinkPreview(networkSlug: $networkSlug, code: $code) {\n      valid\n      errorCode\n      inviterName\n      skipsApproval\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          actor {\n            id\n            displayName\n          }\n          target {\n            id\n            displayName\n          }\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          actor {\n            id\n            displayName\n          }\n          target {\n            id\n            displayName\n          }\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogActions {\n    auditLogActions\n  }\n"): (typeof documents)["\n  query AuditLogActions {\n    auditLogActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPermissions {\n    me {\n      id\n      permissions\n      customRole {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPermissions {\n    me {\n      id\n      permissions\n      customRole {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeviceSessionFields on Session {\n    id\n    browser\n    operatingSystem\n    deviceType\n    ipAddress\n    createdAt\n    lastUsedAt\n    current\n    network {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DeviceSessionFields on Session {\n    id\n    browser\n    operatingSystem\n    deviceType\n    ipAddress\n    createdAt\n    lastUsedAt\n    current\n    network {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions($first: Int, $after: String) {\n    sessions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DeviceSessionFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Sessions($first: Int, $after: String) {\n    sessions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DeviceSessionFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      session {\n        id\n        current\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      session {\n        id\n        current\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere($input: SignOutEverywhereInput) {\n    signOutEverywhere(input: $input) {\n      endedSessions\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere($input: SignOutEverywhereInput) {\n    signOutEverywhere(input: $input) {\n      endedSessions\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNetworks {\n    myNetworks {\n      id\n      displayName\n      role\n      status\n      current\n      network {\n        id\n        slug\n        name\n        logoUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNetworks {\n    myNetworks {\n      id\n      displayName\n      role\n      status\n      current\n      network {\n        id\n        slug\n        name\n        logoUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchNetwork($input: SwitchNetworkInput!) {\n    switchNetwork(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchNetwork($input: SwitchNetworkInput!) {\n    switchNetwork(input: $input) {\n      accessToken\n      member {\n        ...ViewerFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinkedLoginFields on LinkedLogin {\n    provider\n    providerName\n    email\n    displayName\n    linkedAt\n    lastUsedAt\n  }\n"): (typeof documents)["\n  fragment LinkedLoginFields on LinkedLogin {\n    provider\n    providerName\n    email\n    displayName\n    linkedAt\n    lastUsedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginProviders {\n    loginProviders {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query LoginProviders {\n    loginProviders {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocialSignup($ticket: String!) {\n    socialSignup(ticket: $ticket) {\n      provider\n      providerName\n      networkSlug\n      displayName\n      email\n      emailVerified\n      pictureUrl\n      existingAccount\n    }\n  }\n"): (typeof documents)["\n  query SocialSignup($ticket: String!) {\n    socialSignup(ticket: $ticket) {\n      provider\n      providerName\n      networkSlug\n      displayName\n      email\n      emailVerified\n      pictureUrl\n      existingAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkedLogins {\n    me {\n      id\n      hasPassword\n      lineLinked\n      linkedLogins {\n        ...LinkedLoginFields\n      }\n    }\n    loginProviders {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query LinkedLogins {\n    me {\n      id\n      hasPassword\n      lineLinked\n      linkedLogins {\n        ...LinkedLoginFields\n      }\n    }\n    loginProviders {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLoginLink($provider: ID!) {\n    startLoginLink(input: { provider: $provider }) {\n      authorizationUrl\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartLoginLink($provider: ID!) {\n    startLoginLink(input: { provider: $provider }) {\n      authorizationUrl\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteLoginLink($ticket: String!) {\n    completeLoginLink(input: { ticket: $ticket }) {\n      linkedLogins {\n        ...LinkedLoginFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteLoginLink($ticket: String!) {\n    completeLoginLink(input: { ticket: $ticket }) {\n      linkedLogins {\n        ...LinkedLoginFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkLogin($provider: ID!) {\n    unlinkLogin(input: { provider: $provider }) {\n      linkedLogins {\n        ...LinkedLoginFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkLogin($provider: ID!) {\n    unlinkLogin(input: { provider: $provider }) {\n      linkedLogins {\n        ...LinkedLoginFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyResultsFields on SurveyResults {\n    surveyId\n    responseCount\n    closed\n    questions {\n      questionId\n      answerCount\n      options {\n        optionId\n        count\n      }\n      scale {\n        value\n        count\n      }\n      mean\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyResultsFields on SurveyResults {\n    surveyId\n    responseCount\n    closed\n    questions {\n      questionId\n      answerCount\n      options {\n        optionId\n        count\n      }\n      scale {\n        value\n        count\n      }\n      mean\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyFields on Survey {\n    id\n    title\n    description\n    anonymity\n    resultsVisibility\n    closesAt\n    closed\n    questions {\n      id\n      kind\n      prompt\n      required\n      options {\n        id\n        label\n      }\n      scaleMin\n      scaleMax\n      lowLabel\n      highLabel\n    }\n    viewerAnswer {\n      answers {\n        questionId\n        optionIds\n        value\n        text\n      }\n    }\n    results {\n      ...SurveyResultsFields\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyFields on Survey {\n    id\n    title\n    description\n    anonymity\n    resultsVisibility\n    closesAt\n    closed\n    questions {\n      id\n      kind\n      prompt\n      required\n      options {\n        id\n        label\n      }\n      scaleMin\n      scaleMax\n      lowLabel\n      highLabel\n    }\n    viewerAnswer {\n      answers {\n        questionId\n        optionIds\n        value\n        text\n      }\n    }\n    results {\n      ...SurveyResultsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SurveyResultsChanged($surveyId: ID!) {\n    surveyResultsChanged(surveyId: $surveyId) {\n      ...SurveyResultsFields\n    }\n  }\n"): (typeof documents)["\n  subscription SurveyResultsChanged($surveyId: ID!) {\n    surveyResultsChanged(surveyId: $surveyId) {\n      ...SurveyResultsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n      audience\n      editable\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n      audience\n      editable\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      survey {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      survey {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurvey($input: SurveyInput!) {\n    closeSurvey(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSurvey($input: SurveyInput!) {\n    closeSurvey(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSurvey($input: SurveyInput!) {\n    deleteSurvey(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSurvey($input: SurveyInput!) {\n    deleteSurvey(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;