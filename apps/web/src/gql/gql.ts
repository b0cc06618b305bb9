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
    "\n  query ServerHealth {\n    health {\n      status\n      version\n    }\n  }\n": typeof types.ServerHealthDocument,
    "\n  query Accounts {\n    accounts {\n      id\n      email\n      displayName\n      role\n      disabled\n      passwordSet\n      createdAt\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      email\n      displayName\n      role\n      disabled\n      passwordSet\n      createdAt\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      email\n      displayName\n      role\n      disabled\n      passwordSet\n      createdAt\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation ResendAccountSetupLink($id: ID!, $locale: Locale) {\n    resendAccountSetupLink(id: $id, locale: $locale) {\n      id\n      passwordSet\n    }\n  }\n": typeof types.ResendAccountSetupLinkDocument,
    "\n  mutation UnlockAccount($id: ID!) {\n    unlockAccount(id: $id) {\n      id\n    }\n  }\n": typeof types.UnlockAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $limit: Int!, $offset: Int!) {\n    auditLog(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        seq\n        at\n        action\n        clientIp\n        details\n        hash\n        actor {\n          id\n          name\n          erased\n        }\n        subject {\n          type\n          id\n          name\n          erased\n        }\n        companyCount\n        counties\n        companies {\n          id\n          name\n          erased\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditActors {\n    accounts {\n      id\n      displayName\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  fragment CompanyFields on Company {\n    id\n    name\n    registrationCode\n    county\n    city\n    caenCode\n    employees\n    turnoverEur\n    balanceSheetEur\n    hasMarketingDept\n    contactName\n    contactEmail\n    sizeClass\n    eligible\n    ineligibilityReasons\n    invitationStatus\n    erasedAt\n    updatedAt\n  }\n": typeof types.CompanyFieldsFragmentDoc,
    "\n  query Companies(\n    $search: String\n    $counties: [County!]\n    $sizeClasses: [SizeClass!]\n    $eligible: Boolean\n    $invited: Boolean\n    $sort: CompanySortKey!\n    $direction: SortDirection!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    companies(\n      search: $search\n      counties: $counties\n      sizeClasses: $sizeClasses\n      eligible: $eligible\n      sort: $sort\n      direction: $direction\n      invited: $invited\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...CompanyFields\n      }\n    }\n  }\n": typeof types.CompaniesDocument,
    "\n  query Company($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n    }\n  }\n": typeof types.CompanyDocument,
    "\n  mutation CreateCompany($input: CompanyInput!) {\n    createCompany(input: $input) {\n      ...CompanyFields\n    }\n  }\n": typeof types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($id: ID!, $input: CompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      ...CompanyFields\n    }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  mutation EraseCompany($id: ID!, $includeResponses: Boolean!) {\n    eraseCompany(id: $id, includeResponses: $includeResponses) {\n      ...CompanyFields\n    }\n  }\n": typeof types.EraseCompanyDocument,
    "\n  mutation ExportCompanyData($id: ID!) {\n    exportCompanyData(id: $id)\n  }\n": typeof types.ExportCompanyDataDocument,
    "\n  mutation PseudonymiseContacts($confirm: String!) {\n    pseudonymiseContacts(confirm: $confirm)\n  }\n": typeof types.PseudonymiseContactsDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    rows\n    validRows\n    invalidRows\n    created\n    updated\n    skipped\n    applied\n    problems {\n      row\n      column\n      code\n      params\n      message\n    }\n  }\n": typeof types.ImportReportFieldsFragmentDoc,
    "\n  mutation PreviewCompanyImport($csv: String!) {\n    previewCompanyImport(csv: $csv) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.PreviewCompanyImportDocument,
    "\n  mutation ImportCompanies($csv: String!, $mode: ImportMode!) {\n    importCompanies(csv: $csv, mode: $mode) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.ImportCompaniesDocument,
    "\n  query CompanyImportTemplate {\n    companyImportTemplate\n  }\n": typeof types.CompanyImportTemplateDocument,
    "\n  mutation PreviewResponseImport($csv: String!) {\n    previewResponseImport(csv: $csv) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.PreviewResponseImportDocument,
    "\n  mutation ImportResponses($csv: String!, $mode: ImportMode!) {\n    importResponses(csv: $csv, mode: $mode) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.ImportResponsesDocument,
    "\n  query ResponseImportTemplate {\n    responseImportTemplate\n  }\n": typeof types.ResponseImportTemplateDocument,
    "\n  query InvitationCounts {\n    invitationCounts {\n      county\n      total\n      created\n      sent\n      opened\n      started\n      completed\n      screenedOut\n      bounced\n      expired\n      revoked\n      refused\n    }\n  }\n": typeof types.InvitationCountsDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    companyId\n    companyName\n    county\n    contactEmail\n    status\n    locale\n    expiresAt\n    sentAt\n    openedAt\n    completedAt\n    revokedAt\n    refusedAt\n    remindersSent\n    lastRemindedAt\n    createdAt\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Invitations(\n    $statuses: [InvitationStatus!]\n    $counties: [County!]\n    $search: String\n    $sort: InvitationSortKey!\n    $direction: SortDirection!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    invitations(\n      statuses: $statuses\n      counties: $counties\n      search: $search\n      sort: $sort\n      direction: $direction\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteCompanies($input: InviteCompaniesInput!) {\n    inviteCompanies(input: $input) {\n      invited\n      skipped {\n        companyId\n        companyName\n        reason\n      }\n    }\n  }\n": typeof types.InviteCompaniesDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation SendReminders($input: SendRemindersInput!) {\n    sendReminders(input: $input) {\n      queued\n      skipped {\n        invitationId\n        reason\n        possibleFrom\n      }\n    }\n  }\n": typeof types.SendRemindersDocument,
    "\n  mutation ReissueInvitationLink($id: ID!, $input: ReissueLinkInput!) {\n    reissueInvitationLink(id: $id, input: $input) {\n      link\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.ReissueInvitationLinkDocument,
    "\n  fragment SendPreviewFields on SendPreview {\n    kind\n    count\n    more\n    selectionKey\n    recipients {\n      id\n      companyName\n      county\n      locale\n    }\n    skipped {\n      reason\n      count\n    }\n    email {\n      companyName\n      locale\n      template\n      subject\n      text\n      html\n    }\n  }\n": typeof types.SendPreviewFieldsFragmentDoc,
    "\n  query InvitationPreview($input: InviteCompaniesInput!) {\n    invitationPreview(input: $input) {\n      ...SendPreviewFields\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  query ReminderPreview($input: SendRemindersInput!, $sendAt: DateTimeISO) {\n    reminderPreview(input: $input, sendAt: $sendAt) {\n      ...SendPreviewFields\n    }\n  }\n": typeof types.ReminderPreviewDocument,
    "\n  query ScheduledSends {\n    scheduledSends {\n      id\n      kind\n      count\n      sendAt\n      status\n      createdByName\n      queued\n      skipped\n    }\n  }\n": typeof types.ScheduledSendsDocument,
    "\n  mutation ScheduleSend($input: ScheduleSendInput!) {\n    scheduleSend(input: $input) {\n      id\n      sendAt\n      status\n    }\n  }\n": typeof types.ScheduleSendDocument,
    "\n  mutation CancelScheduledSend($id: ID!) {\n    cancelScheduledSend(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelScheduledSendDocument,
    "\n  mutation SendTestEmail($input: TestEmailInput!) {\n    sendTestEmail(input: $input) {\n      recipient\n      subject\n    }\n  }\n": typeof types.SendTestEmailDocument,
    "\n  mutation ExtendInvitationExpiry($id: ID!, $input: ExtendExpiryInput!) {\n    extendInvitationExpiry(id: $id, input: $input) {\n      ...InvitationFields\n    }\n  }\n": typeof types.ExtendInvitationExpiryDocument,
    "\n  mutation ReinviteCompany($input: ReinviteCompanyInput!) {\n    reinviteCompany(input: $input) {\n      ...InvitationFields\n    }\n  }\n": typeof types.ReinviteCompanyDocument,
    "\n  query EmailTemplates {\n    emailTemplates {\n      kind\n      locale\n      subject\n      body\n      isDefault\n      updatedByName\n      updatedAt\n    }\n  }\n": typeof types.EmailTemplatesDocument,
    "\n  mutation UpdateEmailTemplate($input: EmailTemplateInput!) {\n    updateEmailTemplate(input: $input) {\n      kind\n      locale\n      subject\n      body\n      isDefault\n      updatedByName\n      updatedAt\n    }\n  }\n": typeof types.UpdateEmailTemplateDocument,
    "\n  query Outbox($limit: Int!, $offset: Int!) {\n    outbox(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        invitationId\n        kind\n        recipient\n        locale\n        subject\n        body\n        sentAt\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query EmailDeliveries($statuses: [EmailStatus!], $limit: Int!, $offset: Int!) {\n    emailDeliveries(statuses: $statuses, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        invitationId\n        kind\n        reminderStep\n        recipient\n        status\n        transport\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n": typeof types.EmailDeliveriesDocument,
    "\n  fragment ResponseRowFields on ResponseRow {\n    id\n    company {\n      id\n      name\n    }\n    county\n    state\n    step\n    answeredItems\n    itemCount\n    locale\n    source\n    startedAt\n    submittedAt\n    durationSeconds\n    flags\n    consistencyRules\n    exclusion {\n      at\n      by\n      reason\n    }\n  }\n": typeof types.ResponseRowFieldsFragmentDoc,
    "\n  query Responses(\n    $filter: ResponseBrowserFilter\n    $sort: ResponseSort!\n    $direction: SortDirection!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    responses(filter: $filter, sort: $sort, direction: $direction, limit: $limit, offset: $offset) {\n      total\n      medianDurationSeconds\n      items {\n        ...ResponseRowFields\n      }\n    }\n  }\n": typeof types.ResponsesDocument,
    "\n  mutation ExcludeResponse($id: ID!, $reason: String!) {\n    excludeResponse(id: $id, reason: $reason) {\n      ...ResponseRowFields\n    }\n  }\n": typeof types.ExcludeResponseDocument,
    "\n  mutation IncludeResponse($id: ID!, $reason: String) {\n    includeResponse(id: $id, reason: $reason) {\n      ...ResponseRowFields\n    }\n  }\n": typeof types.IncludeResponseDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      maxLength\n    }\n  }\n": typeof types.PasswordPolicyDocument,
    "\n  mutation RequestPasswordReset($email: String!, $locale: Locale) {\n    requestPasswordReset(email: $email, locale: $locale)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      email\n      expiresAt\n    }\n  }\n": typeof types.PasswordLinkDocument,
    "\n  mutation ResetPassword($input: UsePasswordLinkInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      rights\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      account {\n        id\n        email\n        displayName\n        role\n        rights\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment StudySettingsFields on StudyInfo {\n    controller {\n      ro\n      en\n    }\n    principalInvestigator\n    contactEmail\n    ethicsApproval {\n      ro\n      en\n    }\n    retentionMonths\n    missing\n  }\n": typeof types.StudySettingsFieldsFragmentDoc,
    "\n  query StudySettings {\n    study {\n      ...StudySettingsFields\n    }\n  }\n": typeof types.StudySettingsDocument,
    "\n  mutation UpdateStudySettings($input: StudySettingsInput!) {\n    updateStudySettings(input: $input) {\n      ...StudySettingsFields\n    }\n  }\n": typeof types.UpdateStudySettingsDocument,
    "\n  query TestResponses {\n    testResponses {\n      tries\n      submitted\n    }\n  }\n": typeof types.TestResponsesDocument,
    "\n  mutation StartTestResponse($locale: Locale!) {\n    startTestResponse(locale: $locale) {\n      token\n    }\n  }\n": typeof types.StartTestResponseDocument,
    "\n  mutation DeleteTestResponses {\n    deleteTestResponses {\n      tries\n      submitted\n    }\n  }\n": typeof types.DeleteTestResponsesDocument,
    "\n  fragment RespondentResultFields on RespondentResult {\n    totalScore\n    category\n    submittedAt\n    lowestItems\n    countyComparison {\n      county\n      peers\n      available\n      peerMeanScore\n      percentile\n    }\n  }\n": typeof types.RespondentResultFieldsFragmentDoc,
    "\n  fragment RespondentSessionFields on RespondentSession {\n    status\n    locale\n    companyName\n    testMode\n    expiresAt\n    consentedAt\n    profileConfirmed\n    profile {\n      county\n      employees\n      turnoverEur\n      balanceSheetEur\n      hasMarketingDept\n    }\n    answers {\n      itemId\n      value\n    }\n    performance {\n      indicatorId\n      value\n    }\n    configuration\n    revision\n    confirmedConflicts\n    screeningReasons {\n      code\n      message {\n        ro\n        en\n      }\n    }\n    result {\n      ...RespondentResultFields\n    }\n  }\n": typeof types.RespondentSessionFieldsFragmentDoc,
    "\n  fragment Text on LocalizedText {\n    ro\n    en\n  }\n": typeof types.TextFragmentDoc,
    "\n  query RespondentStart($token: String!) {\n    respondentSession(token: $token) {\n      ...RespondentSessionFields\n    }\n    study {\n      controller {\n        ...Text\n      }\n      principalInvestigator\n      contactEmail\n      ethicsApproval {\n        ...Text\n      }\n      retentionMonths\n    }\n    questionnaire {\n      items {\n        id\n        statement {\n          ...Text\n        }\n        integratedPractice {\n          ...Text\n        }\n      }\n      scale {\n        value\n        label {\n          ...Text\n        }\n      }\n      categories {\n        id\n        min\n        max\n        label {\n          ...Text\n        }\n        description {\n          ...Text\n        }\n      }\n      performanceIndicators {\n        id\n        label {\n          ...Text\n        }\n        help {\n          ...Text\n        }\n        unit\n        min\n        max\n        integer\n      }\n      configurations {\n        id\n        label {\n          ...Text\n        }\n        description {\n          ...Text\n        }\n      }\n    }\n  }\n": typeof types.RespondentStartDocument,
    "\n  query RespondentSession($token: String!) {\n    respondentSession(token: $token) {\n      ...RespondentSessionFields\n    }\n  }\n": typeof types.RespondentSessionDocument,
    "\n  mutation SetRespondentLocale($token: String!, $locale: Locale!) {\n    setRespondentLocale(token: $token, locale: $locale) {\n      locale\n    }\n  }\n": typeof types.SetRespondentLocaleDocument,
    "\n  mutation GiveConsent($token: String!, $consentVersion: String!, $locale: Locale!) {\n    giveConsent(token: $token, consentVersion: $consentVersion, locale: $locale) {\n      consentedAt\n    }\n  }\n": typeof types.GiveConsentDocument,
    "\n  mutation DeclineInvitation($token: String!) {\n    declineInvitation(token: $token)\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  query PublicStudy {\n    study {\n      controller {\n        ro\n        en\n      }\n      principalInvestigator\n      contactEmail\n      ethicsApproval {\n        ro\n        en\n      }\n    }\n  }\n": typeof types.PublicStudyDocument,
    "\n  mutation SaveProfile($token: String!, $profile: ProfileInput!, $confirmConflicts: [ConsistencyRule!]) {\n    saveProfile(token: $token, profile: $profile, confirmConflicts: $confirmConflicts) {\n      ...RespondentSessionFields\n    }\n  }\n": typeof types.SaveProfileDocument,
    "\n  mutation SaveAnswer($token: String!, $itemId: String!, $value: Int!) {\n    saveAnswer(token: $token, itemId: $itemId, value: $value) {\n      status\n    }\n  }\n": typeof types.SaveAnswerDocument,
    "\n  mutation SavePerformance(\n    $token: String!\n    $values: [PerformanceValueInput!]!\n    $confirmConflicts: [ConsistencyRule!]\n  ) {\n    savePerformance(token: $token, values: $values, confirmConflicts: $confirmConflicts) {\n      performance {\n        indicatorId\n        value\n      }\n      confirmedConflicts\n    }\n  }\n": typeof types.SavePerformanceDocument,
    "\n  mutation SaveConfiguration(\n    $token: String!\n    $configuration: SmiConfiguration!\n    $confirmConflicts: [ConsistencyRule!]\n  ) {\n    saveConfiguration(token: $token, configuration: $configuration, confirmConflicts: $confirmConflicts) {\n      configuration\n      confirmedConflicts\n    }\n  }\n": typeof types.SaveConfigurationDocument,
    "\n  mutation SubmitResponse($token: String!, $reviewedRevision: String) {\n    submitResponse(token: $token, reviewedRevision: $reviewedRevision) {\n      ...RespondentResultFields\n    }\n  }\n": typeof types.SubmitResponseDocument,
    "\n  mutation EmailRespondentResult($token: String!) {\n    emailRespondentResult(token: $token)\n  }\n": typeof types.EmailRespondentResultDocument,
};
const documents: Documents = {
    "\n  query ServerHealth {\n    health {\n      status\n      version\n    }\n  }\n": types.ServerHealthDocument,
    "\n  query Accounts {\n    accounts {\n      id\n      email\n      displayName\n      role\n      disabled\n      passwordSet\n      createdAt\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      email\n      displayName\n      role\n      disabled\n      passwordSet\n      createdAt\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      email\n      displayName\n      role\n      disabled\n      passwordSet\n      createdAt\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation ResendAccountSetupLink($id: ID!, $locale: Locale) {\n    resendAccountSetupLink(id: $id, locale: $locale) {\n      id\n      passwordSet\n    }\n  }\n": types.ResendAccountSetupLinkDocument,
    "\n  mutation UnlockAccount($id: ID!) {\n    unlockAccount(id: $id) {\n      id\n    }\n  }\n": types.UnlockAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $limit: Int!, $offset: Int!) {\n    auditLog(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        seq\n        at\n        action\n        clientIp\n        details\n        hash\n        actor {\n          id\n          name\n          erased\n        }\n        subject {\n          type\n          id\n          name\n          erased\n        }\n        companyCount\n        counties\n        companies {\n          id\n          name\n          erased\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditActors {\n    accounts {\n      id\n      displayName\n    }\n  }\n": types.AuditActorsDocument,
    "\n  fragment CompanyFields on Company {\n    id\n    name\n    registrationCode\n    county\n    city\n    caenCode\n    employees\n    turnoverEur\n    balanceSheetEur\n    hasMarketingDept\n    contactName\n    contactEmail\n    sizeClass\n    eligible\n    ineligibilityReasons\n    invitationStatus\n    erasedAt\n    updatedAt\n  }\n": types.CompanyFieldsFragmentDoc,
    "\n  query Companies(\n    $search: String\n    $counties: [County!]\n    $sizeClasses: [SizeClass!]\n    $eligible: Boolean\n    $invited: Boolean\n    $sort: CompanySortKey!\n    $direction: SortDirection!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    companies(\n      search: $search\n      counties: $counties\n      sizeClasses: $sizeClasses\n      eligible: $eligible\n      sort: $sort\n      direction: $direction\n      invited: $invited\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...CompanyFields\n      }\n    }\n  }\n": types.CompaniesDocument,
    "\n  query Company($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n    }\n  }\n": types.CompanyDocument,
    "\n  mutation CreateCompany($input: CompanyInput!) {\n    createCompany(input: $input) {\n      ...CompanyFields\n    }\n  }\n": types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($id: ID!, $input: CompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      ...CompanyFields\n    }\n  }\n": types.UpdateCompanyDocument,
    "\n  mutation EraseCompany($id: ID!, $includeResponses: Boolean!) {\n    eraseCompany(id: $id, includeResponses: $includeResponses) {\n      ...CompanyFields\n    }\n  }\n": types.EraseCompanyDocument,
    "\n  mutation ExportCompanyData($id: ID!) {\n    exportCompanyData(id: $id)\n  }\n": types.ExportCompanyDataDocument,
    "\n  mutation PseudonymiseContacts($confirm: String!) {\n    pseudonymiseContacts(confirm: $confirm)\n  }\n": types.PseudonymiseContactsDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    rows\n    validRows\n    invalidRows\n    created\n    updated\n    skipped\n    applied\n    problems {\n      row\n      column\n      code\n      params\n      message\n    }\n  }\n": types.ImportReportFieldsFragmentDoc,
    "\n  mutation PreviewCompanyImport($csv: String!) {\n    previewCompanyImport(csv: $csv) {\n      ...ImportReportFields\n    }\n  }\n": types.PreviewCompanyImportDocument,
    "\n  mutation ImportCompanies($csv: String!, $mode: ImportMode!) {\n    importCompanies(csv: $csv, mode: $mode) {\n      ...ImportReportFields\n    }\n  }\n": types.ImportCompaniesDocument,
    "\n  query CompanyImportTemplate {\n    companyImportTemplate\n  }\n": types.CompanyImportTemplateDocument,
    "\n  mutation PreviewResponseImport($csv: String!) {\n    previewResponseImport(csv: $csv) {\n      ...ImportReportFields\n    }\n  }\n": types.PreviewResponseImportDocument,
    "\n  mutation ImportResponses($csv: String!, $mode: ImportMode!) {\n    importResponses(csv: $csv, mode: $mode) {\n      ...ImportReportFields\n    }\n  }\n": types.ImportResponsesDocument,
    "\n  query ResponseImportTemplate {\n    responseImportTemplate\n  }\n": types.ResponseImportTemplateDocument,
    "\n  query InvitationCounts {\n    invitationCounts {\n      county\n      total\n      created\n      sent\n      opened\n      started\n      completed\n      screenedOut\n      bounced\n      expired\n      revoked\n      refused\n    }\n  }\n": types.InvitationCountsDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    companyId\n    companyName\n    county\n    contactEmail\n    status\n    locale\n    expiresAt\n    sentAt\n    openedAt\n    completedAt\n    revokedAt\n    refusedAt\n    remindersSent\n    lastRemindedAt\n    createdAt\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Invitations(\n    $statuses: [InvitationStatus!]\n    $counties: [County!]\n    $search: String\n    $sort: InvitationSortKey!\n    $direction: SortDirection!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    invitations(\n      statuses: $statuses\n      counties: $counties\n      search: $search\n      sort: $sort\n      direction: $direction\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...InvitationFields\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteCompanies($input: InviteCompaniesInput!) {\n    inviteCompanies(input: $input) {\n      invited\n      skipped {\n        companyId\n        companyName\n        reason\n      }\n    }\n  }\n": types.InviteCompaniesDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation SendReminders($input: SendRemindersInput!) {\n    sendReminders(input: $input) {\n      queued\n      skipped {\n        invitationId\n        reason\n        possibleFrom\n      }\n    }\n  }\n": types.SendRemindersDocument,
    "\n  mutation ReissueInvitationLink($id: ID!, $input: ReissueLinkInput!) {\n    reissueInvitationLink(id: $id, input: $input) {\n      link\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": types.ReissueInvitationLinkDocument,
    "\n  fragment SendPreviewFields on SendPreview {\n    kind\n    count\n    more\n    selectionKey\n    recipients {\n      id\n      companyName\n      county\n      locale\n    }\n    skipped {\n      reason\n      count\n    }\n    email {\n      companyName\n      locale\n      template\n      subject\n      text\n      html\n    }\n  }\n": types.SendPreviewFieldsFragmentDoc,
    "\n  query InvitationPreview($input: InviteCompaniesInput!) {\n    invitationPreview(input: $input) {\n      ...SendPreviewFields\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  query ReminderPreview($input: SendRemindersInput!, $sendAt: DateTimeISO) {\n    reminderPreview(input: $input, sendAt: $sendAt) {\n      ...SendPreviewFields\n    }\n  }\n": types.ReminderPreviewDocument,
    "\n  query ScheduledSends {\n    scheduledSends {\n      id\n      kind\n      count\n      sendAt\n      status\n      createdByName\n      queued\n      skipped\n    }\n  }\n": types.ScheduledSendsDocument,
    "\n  mutation ScheduleSend($input: ScheduleSendInput!) {\n    scheduleSend(input: $input) {\n      id\n      sendAt\n      status\n    }\n  }\n": types.ScheduleSendDocument,
    "\n  mutation CancelScheduledSend($id: ID!) {\n    cancelScheduledSend(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelScheduledSendDocument,
    "\n  mutation SendTestEmail($input: TestEmailInput!) {\n    sendTestEmail(input: $input) {\n      recipient\n      subject\n    }\n  }\n": types.SendTestEmailDocument,
    "\n  mutation ExtendInvitationExpiry($id: ID!, $input: ExtendExpiryInput!) {\n    extendInvitationExpiry(id: $id, input: $input) {\n      ...InvitationFields\n    }\n  }\n": types.ExtendInvitationExpiryDocument,
    "\n  mutation ReinviteCompany($input: ReinviteCompanyInput!) {\n    reinviteCompany(input: $input) {\n      ...InvitationFields\n    }\n  }\n": types.ReinviteCompanyDocument,
    "\n  query EmailTemplates {\n    emailTemplates {\n      kind\n      locale\n      subject\n      body\n      isDefault\n      updatedByName\n      updatedAt\n    }\n  }\n": types.EmailTemplatesDocument,
    "\n  mutation UpdateEmailTemplate($input: EmailTemplateInput!) {\n    updateEmailTemplate(input: $input) {\n      kind\n      locale\n      subject\n      body\n      isDefault\n      updatedByName\n      updatedAt\n    }\n  }\n": types.UpdateEmailTemplateDocument,
    "\n  query Outbox($limit: Int!, $offset: Int!) {\n    outbox(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        invitationId\n        kind\n        recipient\n        locale\n        subject\n        body\n        sentAt\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  query EmailDeliveries($statuses: [EmailStatus!], $limit: Int!, $offset: Int!) {\n    emailDeliveries(statuses: $statuses, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        invitationId\n        kind\n        reminderStep\n        recipient\n        status\n        transport\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n": types.EmailDeliveriesDocument,
    "\n  fragment ResponseRowFields on ResponseRow {\n    id\n    company {\n      id\n      name\n    }\n    county\n    state\n    step\n    answeredItems\n    itemCount\n    locale\n    source\n    startedAt\n    submittedAt\n    durationSeconds\n    flags\n    consistencyRules\n    exclusion {\n      at\n      by\n      reason\n    }\n  }\n": types.ResponseRowFieldsFragmentDoc,
    "\n  query Responses(\n    $filter: ResponseBrowserFilter\n    $sort: ResponseSort!\n    $direction: SortDirection!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    responses(filter: $filter, sort: $sort, direction: $direction, limit: $limit, offset: $offset) {\n      total\n      medianDurationSeconds\n      items {\n        ...ResponseRowFields\n      }\n    }\n  }\n": types.ResponsesDocument,
    "\n  mutation ExcludeResponse($id: ID!, $reason: String!) {\n    excludeResponse(id: $id, reason: $reason) {\n      ...ResponseRowFields\n    }\n  }\n": types.ExcludeResponseDocument,
    "\n  mutation IncludeResponse($id: ID!, $reason: String) {\n    includeResponse(id: $id, reason: $reason) {\n      ...ResponseRowFields\n    }\n  }\n": types.IncludeResponseDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      maxLength\n    }\n  }\n": types.PasswordPolicyDocument,
    "\n  mutation RequestPasswordReset($email: String!, $locale: Locale) {\n    requestPasswordReset(email: $email, locale: $locale)\n  }\n": types.RequestPasswordResetDocument,
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      email\n      expiresAt\n    }\n  }\n": types.PasswordLinkDocument,
    "\n  mutation ResetPassword($input: UsePasswordLinkInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      rights\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      account {\n        id\n        email\n        displayName\n        role\n        rights\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment StudySettingsFields on StudyInfo {\n    controller {\n      ro\n      en\n    }\n    principalInvestigator\n    contactEmail\n    ethicsApproval {\n      ro\n      en\n    }\n    retentionMonths\n    missing\n  }\n": types.StudySettingsFieldsFragmentDoc,
    "\n  query StudySettings {\n    study {\n      ...StudySettingsFields\n    }\n  }\n": types.StudySettingsDocument,
    "\n  mutation UpdateStudySettings($input: StudySettingsInput!) {\n    updateStudySettings(input: $input) {\n      ...StudySettingsFields\n    }\n  }\n": types.UpdateStudySettingsDocument,
    "\n  query TestResponses {\n    testResponses {\n      tries\n      submitted\n    }\n  }\n": types.TestResponsesDocument,
    "\n  mutation StartTestResponse($locale: Locale!) {\n    startTestResponse(locale: $locale) {\n      token\n    }\n  }\n": types.StartTestResponseDocument,
    "\n  mutation DeleteTestResponses {\n    deleteTestResponses {\n      tries\n      submitted\n    }\n  }\n": types.DeleteTestResponsesDocument,
    "\n  fragment RespondentResultFields on RespondentResult {\n    totalScore\n    category\n    submittedAt\n    lowestItems\n    countyComparison {\n      county\n      peers\n      available\n      peerMeanScore\n      percentile\n    }\n  }\n": types.RespondentResultFieldsFragmentDoc,
    "\n  fragment RespondentSessionFields on RespondentSession {\n    status\n    locale\n    companyName\n    testMode\n    expiresAt\n    consentedAt\n    profileConfirmed\n    profile {\n      county\n      employees\n      turnoverEur\n      balanceSheetEur\n      hasMarketingDept\n    }\n    answers {\n      itemId\n      value\n    }\n    performance {\n      indicatorId\n      value\n    }\n    configuration\n    revision\n    confirmedConflicts\n    screeningReasons {\n      code\n      message {\n        ro\n        en\n      }\n    }\n    result {\n      ...RespondentResultFields\n    }\n  }\n": types.RespondentSessionFieldsFragmentDoc,
    "\n  fragment Text on LocalizedText {\n    ro\n    en\n  }\n": types.TextFragmentDoc,
    "\n  query RespondentStart($token: String!) {\n    respondentSession(token: $token) {\n      ...RespondentSessionFields\n    }\n    study {\n      controller {\n        ...Text\n      }\n      principalInvestigator\n      contactEmail\n      ethicsApproval {\n        ...Text\n      }\n      retentionMonths\n    }\n    questionnaire {\n      items {\n        id\n        statement {\n          ...Text\n        }\n        integratedPractice {\n          ...Text\n        }\n      }\n      scale {\n        value\n        label {\n          ...Text\n        }\n      }\n      categories {\n        id\n        min\n        max\n        label {\n          ...Text\n        }\n        description {\n          ...Text\n        }\n      }\n      performanceIndicators {\n        id\n        label {\n          ...Text\n        }\n        help {\n          ...Text\n        }\n        unit\n        min\n        max\n        integer\n      }\n      configurations {\n        id\n        label {\n          ...Text\n        }\n        description {\n          ...Text\n        }\n      }\n    }\n  }\n": types.RespondentStartDocument,
    "\n  query RespondentSession($token: String!) {\n    respondentSession(token: $token) {\n      ...RespondentSessionFields\n    }\n  }\n": types.RespondentSessionDocument,
    "\n  mutation SetRespondentLocale($token: String!, $locale: Locale!) {\n    setRespondentLocale(token: $token, locale: $locale) {\n      locale\n    }\n  }\n": types.SetRespondentLocaleDocument,
    "\n  mutation GiveConsent($token: String!, $consentVersion: String!, $locale: Locale!) {\n    giveConsent(token: $token, consentVersion: $consentVersion, locale: $locale) {\n      consentedAt\n    }\n  }\n": types.GiveConsentDocument,
    "\n  mutation DeclineInvitation($token: String!) {\n    declineInvitation(token: $token)\n  }\n": types.DeclineInvitationDocument,
    "\n  query PublicStudy {\n    study {\n      controller {\n        ro\n        en\n      }\n      principalInvestigator\n      contactEmail\n      ethicsApproval {\n        ro\n        en\n      }\n    }\n  }\n": types.PublicStudyDocument,
    "\n  mutation SaveProfile($token: String!, $profile: ProfileInput!, $confirmConflicts: [ConsistencyRule!]) {\n    saveProfile(token: $token, profile: $profile, confirmConflicts: $confirmConflicts) {\n      ...RespondentSessionFields\n    }\n  }\n": types.SaveProfileDocument,
    "\n  mutation SaveAnswer($token: String!, $itemId: String!, $value: Int!) {\n    saveAnswer(token: $token, itemId: $itemId, value: $value) {\n      status\n    }\n  }\n": types.SaveAnswerDocument,
    "\n  mutation SavePerformance(\n    $token: String!\n    $values: [PerformanceValueInput!]!\n    $confirmConflicts: [ConsistencyRule!]\n  ) {\n    savePerformance(token: $token, values: $values, confirmConflicts: $confirmConflicts) {\n      performance {\n        indicatorId\n        value\n      }\n      confirmedConflicts\n    }\n  }\n": types.SavePerformanceDocument,
    "\n  mutation SaveConfiguration(\n    $token: String!\n    $configuration: SmiConfiguration!\n    $confirmConflicts: [ConsistencyRule!]\n  ) {\n    saveConfiguration(token: $token, configuration: $configuration, confirmConflicts: $confirmConflicts) {\n      configuration\n      confirmedConflicts\n    }\n  }\n": types.SaveConfigurationDocument,
    "\n  mutation SubmitResponse($token: String!, $reviewedRevision: String) {\n    submitResponse(token: $token, reviewedRevision: $reviewedRevision) {\n      ...RespondentResultFields\n    }\n  }\n": types.SubmitResponseDocument,
    "\n  mutation EmailRespondentResult($token: String!) {\n    emailRespondentResult(token: $token)\n  }\n": types.EmailRespondentResultDocument,
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
export function graphql(source: "\n  query ServerHealth {\n    health {\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  query ServerHealth {\n    health {\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts {\n    accounts {\n      id\n      email\n      displayName\n      role\n      disabled\n      passwordSet\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Accounts {\n    accounts {\n      id\n      email\n      displayName\n      role\n      disabled\n      passwordSet\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      email\n      displayName\n      role\n      disabled\n      passwordSet\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      email\n      displayName\n      role\n      disabled\n      passwordSet\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      email\n      displayName\n      role\n      disabled\n      passwordSet\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      email\n      displayName\n      role\n      disabled\n      passwordSet\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendAccountSetupLink($id: ID!, $locale: Locale) {\n    resendAccountSetupLink(id: $id, locale: $locale) {\n      id\n      passwordSet\n    }\n  }\n"): (typeof documents)["\n  mutation ResendAccountSetupLink($id: ID!, $locale: Locale) {\n    resendAccountSetupLink(id: $id, locale: $locale) {\n      id\n      passwordSet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockAccount($id: ID!) {\n    unlockAccount(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockAccount($id: ID!) {\n    unlockAccount(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $limit: Int!, $offset: Int!) {\n    auditLog(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        seq\n        at\n        action\n        clientIp\n        details\n        hash\n        actor {\n          id\n          name\n          erased\n        }\n        subject {\n          type\n          id\n          name\n          erased\n        }\n        companyCount\n        counties\n        companies {\n          id\n          name\n          erased\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $limit: Int!, $offset: Int!) {\n    auditLog(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        seq\n        at\n        action\n        clientIp\n        details\n        hash\n        actor {\n          id\n          name\n          erased\n        }\n        subject {\n          type\n          id\n          name\n          erased\n        }\n        companyCount\n        counties\n        companies {\n          id\n          name\n          erased\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors {\n    accounts {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query AuditActors {\n    accounts {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyFields on Company {\n    id\n    name\n    registrationCode\n    county\n    city\n    caenCode\n    employees\n    turnoverEur\n    balanceSheetEur\n    hasMarketingDept\n    contactName\n    contactEmail\n    sizeClass\n    eligible\n    ineligibilityReasons\n    invitationStatus\n    erasedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CompanyFields on Company {\n    id\n    name\n    registrationCode\n    county\n    city\n    caenCode\n    employees\n    turnoverEur\n    balanceSheetEur\n    hasMarketingDept\n    contactName\n    contactEmail\n    sizeClass\n    eligible\n    ineligibilityReasons\n    invitationStatus\n    erasedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Companies(\n    $search: String\n    $counties: [County!]\n    $sizeClasses: [SizeClass!]\n    $eligible: Boolean\n    $invited: Boolean\n    $sort: CompanySortKey!\n    $direction: SortDirection!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    companies(\n      search: $search\n      counties: $counties\n      sizeClasses: $sizeClasses\n      eligible: $eligible\n      sort: $sort\n      direction: $direction\n      invited: $invited\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...CompanyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Companies(\n    $search: String\n    $counties: [County!]\n    $sizeClasses: [SizeClass!]\n    $eligible: Boolean\n    $invited: Boolean\n    $sort: CompanySortKey!\n    $direction: SortDirection!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    companies(\n      search: $search\n      counties: $counties\n      sizeClasses: $sizeClasses\n      eligible: $eligible\n      sort: $sort\n      direction: $direction\n      invited: $invited\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...CompanyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Company($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n    }\n  }\n"): (typeof documents)["\n  query Company($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompany($input: CompanyInput!) {\n    createCompany(input: $input) {\n      ...CompanyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCompany($input: CompanyInput!) {\n    createCompany(input: $input) {\n      ...CompanyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($id: ID!, $input: CompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      ...CompanyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompany($id: ID!, $input: CompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      ...CompanyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseCompany($id: ID!, $includeResponses: Boolean!) {\n    eraseCompany(id: $id, includeResponses: $includeResponses) {\n      ...CompanyFields\n    }\n  }\n"): (typeof documents)["\n  mutation EraseCompany($id: ID!, $includeResponses: Boolean!) {\n    eraseCompany(id: $id, includeResponses: $includeResponses) {\n      ...CompanyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCompanyData($id: ID!) {\n    exportCompanyData(id: $id)\n  }\n"): (typeof documents)["\n  mutation ExportCompanyData($id: ID!) {\n    exportCompanyData(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PseudonymiseContacts($confirm: String!) {\n    pseudonymiseContacts(confirm: $confirm)\n  }\n"): (typeof documents)["\n  mutation PseudonymiseContacts($confirm: String!) {\n    pseudonymiseContacts(confirm: $confirm)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportReportFields on ImportReport {\n    rows\n    validRows\n    invalidRows\n    created\n    updated\n    skipped\n    applied\n    problems {\n      row\n      column\n      code\n      params\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment ImportReportFields on ImportReport {\n    rows\n    validRows\n    invalidRows\n    created\n    updated\n    skipped\n    applied\n    problems {\n      row\n      column\n      code\n      params\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewCompanyImport($csv: String!) {\n    previewCompanyImport(csv: $csv) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewCompanyImport($csv: String!) {\n    previewCompanyImport(csv: $csv) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCompanies($csv: String!, $mode: ImportMode!) {\n    importCompanies(csv: $csv, mode: $mode) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCompanies($csv: String!, $mode: ImportMode!) {\n    importCompanies(csv: $csv, mode: $mode) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyImportTemplate {\n    companyImportTemplate\n  }\n"): (typeof documents)["\n  query CompanyImportTemplate {\n    companyImportTemplate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewResponseImport($csv: String!) {\n    previewResponseImport(csv: $csv) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewResponseImport($csv: String!) {\n    previewResponseImport(csv: $csv) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportResponses($csv: String!, $mode: ImportMode!) {\n    importResponses(csv: $csv, mode: $mode) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportResponses($csv: String!, $mode: ImportMode!) {\n    importResponses(csv: $csv, mode: $mode) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseImportTemplate {\n    responseImportTemplate\n  }\n"): (typeof documents)["\n  query ResponseImportTemplate {\n    responseImportTemplate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationCounts {\n    invitationCounts {\n      county\n      total\n      created\n      sent\n      opened\n      started\n      completed\n      screenedOut\n      bounced\n      expired\n      revoked\n      refused\n    }\n  }\n"): (typeof documents)["\n  query InvitationCounts {\n    invitationCounts {\n      county\n      total\n      created\n      sent\n      opened\n      started\n      completed\n      screenedOut\n      bounced\n      expired\n      revoked\n      refused\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    companyId\n    companyName\n    county\n    contactEmail\n    status\n    locale\n    expiresAt\n    sentAt\n    openedAt\n    completedAt\n    revokedAt\n    refusedAt\n    remindersSent\n    lastRemindedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    companyId\n    companyName\n    county\n    contactEmail\n    status\n    locale\n    expiresAt\n    sentAt\n    openedAt\n    completedAt\n    revokedAt\n    refusedAt\n    remindersSent\n    lastRemindedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations(\n    $statuses: [InvitationStatus!]\n    $counties: [County!]\n    $search: String\n    $sort: InvitationSortKey!\n    $direction: SortDirection!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    invitations(\n      statuses: $statuses\n      counties: $counties\n      search: $search\n      sort: $sort\n      direction: $direction\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations(\n    $statuses: [InvitationStatus!]\n    $counties: [County!]\n    $search: String\n    $sort: InvitationSortKey!\n    $direction: SortDirection!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    invitations(\n      statuses: $statuses\n      counties: $counties\n      search: $search\n      sort: $sort\n      direction: $direction\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCompanies($input: InviteCompaniesInput!) {\n    inviteCompanies(input: $input) {\n      invited\n      skipped {\n        companyId\n        companyName\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCompanies($input: InviteCompaniesInput!) {\n    inviteCompanies(input: $input) {\n      invited\n      skipped {\n        companyId\n        companyName\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReminders($input: SendRemindersInput!) {\n    sendReminders(input: $input) {\n      queued\n      skipped {\n        invitationId\n        reason\n        possibleFrom\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendReminders($input: SendRemindersInput!) {\n    sendReminders(input: $input) {\n      queued\n      skipped {\n        invitationId\n        reason\n        possibleFrom\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueInvitationLink($id: ID!, $input: ReissueLinkInput!) {\n    reissueInvitationLink(id: $id, input: $input) {\n      link\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReissueInvitationLink($id: ID!, $input: ReissueLinkInput!) {\n    reissueInvitationLink(id: $id, input: $input) {\n      link\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SendPreviewFields on SendPreview {\n    kind\n    count\n    more\n    selectionKey\n    recipients {\n      id\n      companyName\n      county\n      locale\n    }\n    skipped {\n      reason\n      count\n    }\n    email {\n      companyName\n      locale\n      template\n      subject\n      text\n      html\n    }\n  }\n"): (typeof documents)["\n  fragment SendPreviewFields on SendPreview {\n    kind\n    count\n    more\n    selectionKey\n    recipients {\n      id\n      companyName\n      county\n      locale\n    }\n    skipped {\n      reason\n      count\n    }\n    email {\n      companyName\n      locale\n      template\n      subject\n      text\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($input: InviteCompaniesInput!) {\n    invitationPreview(input: $input) {\n      ...SendPreviewFields\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($input: InviteCompaniesInput!) {\n    invitationPreview(input: $input) {\n      ...SendPreviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderPreview($input: SendRemindersInput!, $sendAt: DateTimeISO) {\n    reminderPreview(input: $input, sendAt: $sendAt) {\n      ...SendPreviewFields\n    }\n  }\n"): (typeof documents)["\n  query ReminderPreview($input: SendRemindersInput!, $sendAt: DateTimeISO) {\n    reminderPreview(input: $input, sendAt: $sendAt) {\n      ...SendPreviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduledSends {\n    scheduledSends {\n      id\n      kind\n      count\n      sendAt\n      status\n      createdByName\n      queued\n      skipped\n    }\n  }\n"): (typeof documents)["\n  query ScheduledSends {\n    scheduledSends {\n      id\n      kind\n      count\n      sendAt\n      status\n      createdByName\n      queued\n      skipped\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleSend($input: ScheduleSendInput!) {\n    scheduleSend(input: $input) {\n      id\n      sendAt\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleSend($input: ScheduleSendInput!) {\n    scheduleSend(input: $input) {\n      id\n      sendAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelScheduledSend($id: ID!) {\n    cancelScheduledSend(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelScheduledSend($id: ID!) {\n    cancelScheduledSend(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestEmail($input: TestEmailInput!) {\n    sendTestEmail(input: $input) {\n      recipient\n      subject\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestEmail($input: TestEmailInput!) {\n    sendTestEmail(input: $input) {\n      recipient\n      subject\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendInvitationExpiry($id: ID!, $input: ExtendExpiryInput!) {\n    extendInvitationExpiry(id: $id, input: $input) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendInvitationExpiry($id: ID!, $input: ExtendExpiryInput!) {\n    extendInvitationExpiry(id: $id, input: $input) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinviteCompany($input: ReinviteCompanyInput!) {\n    reinviteCompany(input: $input) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReinviteCompany($input: ReinviteCompanyInput!) {\n    reinviteCompany(input: $input) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailTemplates {\n    emailTemplates {\n      kind\n      locale\n      subject\n      body\n      isDefault\n      updatedByName\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query EmailTemplates {\n    emailTemplates {\n      kind\n      locale\n      subject\n      body\n      isDefault\n      updatedByName\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmailTemplate($input: EmailTemplateInput!) {\n    updateEmailTemplate(input: $input) {\n      kind\n      locale\n      subject\n      body\n      isDefault\n      updatedByName\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmailTemplate($input: EmailTemplateInput!) {\n    updateEmailTemplate(input: $input) {\n      kind\n      locale\n      subject\n      body\n      isDefault\n      updatedByName\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($limit: Int!, $offset: Int!) {\n    outbox(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        invitationId\n        kind\n        recipient\n        locale\n        subject\n        body\n        sentAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($limit: Int!, $offset: Int!) {\n    outbox(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        invitationId\n        kind\n        recipient\n        locale\n        subject\n        body\n        sentAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailDeliveries($statuses: [EmailStatus!], $limit: Int!, $offset: Int!) {\n    emailDeliveries(statuses: $statuses, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        invitationId\n        kind\n        reminderStep\n        recipient\n        status\n        transport\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailDeliveries($statuses: [EmailStatus!], $limit: Int!, $offset: Int!) {\n    emailDeliveries(statuses: $statuses, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        invitationId\n        kind\n        reminderStep\n        recipient\n        status\n        transport\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResponseRowFields on ResponseRow {\n    id\n    company {\n      id\n      name\n    }\n    county\n    state\n    step\n    answeredItems\n    itemCount\n    locale\n    source\n    startedAt\n    submittedAt\n    durationSeconds\n    flags\n    consistencyRules\n    exclusion {\n      at\n      by\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment ResponseRowFields on ResponseRow {\n    id\n    company {\n      id\n      name\n    }\n    county\n    state\n    step\n    answeredItems\n    itemCount\n    locale\n    source\n    startedAt\n    submittedAt\n    durationSeconds\n    flags\n    consistencyRules\n    exclusion {\n      at\n      by\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Responses(\n    $filter: ResponseBrowserFilter\n    $sort: ResponseSort!\n    $direction: SortDirection!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    responses(filter: $filter, sort: $sort, direction: $direction, limit: $limit, offset: $offset) {\n      total\n      medianDurationSeconds\n      items {\n        ...ResponseRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Responses(\n    $filter: ResponseBrowserFilter\n    $sort: ResponseSort!\n    $direction: SortDirection!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    responses(filter: $filter, sort: $sort, direction: $direction, limit: $limit, offset: $offset) {\n      total\n      medianDurationSeconds\n      items {\n        ...ResponseRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExcludeResponse($id: ID!, $reason: String!) {\n    excludeResponse(id: $id, reason: $reason) {\n      ...ResponseRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExcludeResponse($id: ID!, $reason: String!) {\n    excludeResponse(id: $id, reason: $reason) {\n      ...ResponseRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncludeResponse($id: ID!, $reason: String) {\n    includeResponse(id: $id, reason: $reason) {\n      ...ResponseRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation IncludeResponse($id: ID!, $reason: String) {\n    includeResponse(id: $id, reason: $reason) {\n      ...ResponseRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      maxLength\n    }\n  }\n"): (typeof documents)["\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      maxLength\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!, $locale: Locale) {\n    requestPasswordReset(email: $email, locale: $locale)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!, $locale: Locale) {\n    requestPasswordReset(email: $email, locale: $locale)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: UsePasswordLinkInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: UsePasswordLinkInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      rights\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      rights\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      account {\n        id\n        email\n        displayName\n        role\n        rights\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      account {\n        id\n        email\n        displayName\n        role\n        rights\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudySettingsFields on StudyInfo {\n    controller {\n      ro\n      en\n    }\n    principalInvestigator\n    contactEmail\n    ethicsApproval {\n      ro\n      en\n    }\n    retentionMonths\n    missing\n  }\n"): (typeof documents)["\n  fragment StudySettingsFields on StudyInfo {\n    controller {\n      ro\n      en\n    }\n    principalInvestigator\n    contactEmail\n    ethicsApproval {\n      ro\n      en\n    }\n    retentionMonths\n    missing\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudySettings {\n    study {\n      ...StudySettingsFields\n    }\n  }\n"): (typeof documents)["\n  query StudySettings {\n    study {\n      ...StudySettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStudySettings($input: StudySettingsInput!) {\n    updateStudySettings(input: $input) {\n      ...StudySettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStudySettings($input: StudySettingsInput!) {\n    updateStudySettings(input: $input) {\n      ...StudySettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestResponses {\n    testResponses {\n      tries\n      submitted\n    }\n  }\n"): (typeof documents)["\n  query TestResponses {\n    testResponses {\n      tries\n      submitted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTestResponse($locale: Locale!) {\n    startTestResponse(locale: $locale) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation StartTestResponse($locale: Locale!) {\n    startTestResponse(locale: $locale) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTestResponses {\n    deleteTestResponses {\n      tries\n      submitted\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTestResponses {\n    deleteTestResponses {\n      tries\n      submitted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RespondentResultFields on RespondentResult {\n    totalScore\n    category\n    submittedAt\n    lowestItems\n    countyComparison {\n      county\n      peers\n      available\n      peerMeanScore\n      percentile\n    }\n  }\n"): (typeof documents)["\n  fragment RespondentResultFields on RespondentResult {\n    totalScore\n    category\n    submittedAt\n    lowestItems\n    countyComparison {\n      county\n      peers\n      available\n      peerMeanScore\n      percentile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RespondentSessionFields on RespondentSession {\n    status\n    locale\n    companyName\n    testMode\n    expiresAt\n    consentedAt\n    profileConfirmed\n    profile {\n      county\n      employees\n      turnoverEur\n      balanceSheetEur\n      hasMarketingDept\n    }\n    answers {\n      itemId\n      value\n    }\n    performance {\n      indicatorId\n      value\n    }\n    configuration\n    revision\n    confirmedConflicts\n    screeningReasons {\n      code\n      message {\n        ro\n        en\n      }\n    }\n    result {\n      ...RespondentResultFields\n    }\n  }\n"): (typeof documents)["\n  fragment RespondentSessionFields on RespondentSession {\n    status\n    locale\n    companyName\n    testMode\n    expiresAt\n    consentedAt\n    profileConfirmed\n    profile {\n      county\n      employees\n      turnoverEur\n      balanceSheetEur\n      hasMarketingDept\n    }\n    answers {\n      itemId\n      value\n    }\n    performance {\n      indicatorId\n      value\n    }\n    configuration\n    revision\n    confirmedConflicts\n    screeningReasons {\n      code\n      message {\n        ro\n        en\n      }\n    }\n    result {\n      ...RespondentResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Text on LocalizedText {\n    ro\n    en\n  }\n"): (typeof documents)["\n  fragment Text on LocalizedText {\n    ro\n    en\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RespondentStart($token: String!) {\n    respondentSession(token: $token) {\n      ...RespondentSessionFields\n    }\n    study {\n      controller {\n        ...Text\n      }\n      principalInvestigator\n      contactEmail\n      ethicsApproval {\n        ...Text\n      }\n      retentionMonths\n    }\n    questionnaire {\n      items {\n        id\n        statement {\n          ...Text\n        }\n        integratedPractice {\n          ...Text\n        }\n      }\n      scale {\n        value\n        label {\n          ...Text\n        }\n      }\n      categories {\n        id\n        min\n        max\n        label {\n          ...Text\n        }\n        description {\n          ...Text\n        }\n      }\n      performanceIndicators {\n        id\n        label {\n          ...Text\n        }\n        help {\n          ...Text\n        }\n        unit\n        min\n        max\n        integer\n      }\n      configurations {\n        id\n        label {\n          ...Text\n        }\n        description {\n          ...Text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RespondentStart($token: String!) {\n    respondentSession(token: $token) {\n      ...RespondentSessionFields\n    }\n    study {\n      controller {\n        ...Text\n      }\n      principalInvestigator\n      contactEmail\n      ethicsApproval {\n        ...Text\n      }\n      retentionMonths\n    }\n    questionnaire {\n      items {\n        id\n        statement {\n          ...Text\n        }\n        integratedPractice {\n          ...Text\n        }\n      }\n      scale {\n        value\n        label {\n          ...Text\n        }\n      }\n      categories {\n        id\n        min\n        max\n        label {\n          ...Text\n        }\n        description {\n          ...Text\n        }\n      }\n      performanceIndicators {\n        id\n        label {\n          ...Text\n        }\n        help {\n          ...Text\n        }\n        unit\n        min\n        max\n        integer\n      }\n      configurations {\n        id\n        label {\n          ...Text\n        }\n        description {\n          ...Text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RespondentSession($token: String!) {\n    respondentSession(token: $token) {\n      ...RespondentSessionFields\n    }\n  }\n"): (typeof documents)["\n  query RespondentSession($token: String!) {\n    respondentSession(token: $token) {\n      ...RespondentSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRespondentLocale($token: String!, $locale: Locale!) {\n    setRespondentLocale(token: $token, locale: $locale) {\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetRespondentLocale($token: String!, $locale: Locale!) {\n    setRespondentLocale(token: $token, locale: $locale) {\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveConsent($token: String!, $consentVersion: String!, $locale: Locale!) {\n    giveConsent(token: $token, consentVersion: $consentVersion, locale: $locale) {\n      consentedAt\n    }\n  }\n"): (typeof documents)["\n  mutation GiveConsent($token: String!, $consentVersion: String!, $locale: Locale!) {\n    giveConsent(token: $token, consentVersion: $consentVersion, locale: $locale) {\n      consentedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($token: String!) {\n    declineInvitation(token: $token)\n  }\n"): (typeof documents)["\n  mutation DeclineInvitation($token: String!) {\n    declineInvitation(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicStudy {\n    study {\n      controller {\n        ro\n        en\n      }\n      principalInvestigator\n      contactEmail\n      ethicsApproval {\n        ro\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicStudy {\n    study {\n      controller {\n        ro\n        en\n      }\n      principalInvestigator\n      contactEmail\n      ethicsApproval {\n        ro\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveProfile($token: String!, $profile: ProfileInput!, $confirmConflicts: [ConsistencyRule!]) {\n    saveProfile(token: $token, profile: $profile, confirmConflicts: $confirmConflicts) {\n      ...RespondentSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveProfile($token: String!, $profile: ProfileInput!, $confirmConflicts: [ConsistencyRule!]) {\n    saveProfile(token: $token, profile: $profile, confirmConflicts: $confirmConflicts) {\n      ...RespondentSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAnswer($token: String!, $itemId: String!, $value: Int!) {\n    saveAnswer(token: $token, itemId: $itemId, value: $value) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAnswer($token: String!, $itemId: String!, $value: Int!) {\n    saveAnswer(token: $token, itemId: $itemId, value: $value) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePerformance(\n    $token: String!\n    $values: [PerformanceValueInput!]!\n    $confirmConflicts: [ConsistencyRule!]\n  ) {\n    savePerformance(token: $token, values: $values, confirmConflicts: $confirmConflicts) {\n      performance {\n        indicatorId\n        value\n      }\n      confirmedConflicts\n    }\n  }\n"): (typeof documents)["\n  mutation SavePerformance(\n    $token: String!\n    $values: [PerformanceValueInput!]!\n    $confirmConflicts: [ConsistencyRule!]\n  ) {\n    savePerformance(token: $token, values: $values, confirmConflicts: $confirmConflicts) {\n      performance {\n        indicatorId\n        value\n      }\n      confirmedConflicts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveConfiguration(\n    $token: String!\n    $configuration: SmiConfiguration!\n    $confirmConflicts: [ConsistencyRule!]\n  ) {\n    saveConfiguration(token: $token, configuration: $configuration, confirmConflicts: $confirmConflicts) {\n      configuration\n      confirmedConflicts\n    }\n  }\n"): (typeof documents)["\n  mutation SaveConfiguration(\n    $token: String!\n    $configuration: SmiConfiguration!\n    $confirmConflicts: [ConsistencyRule!]\n  ) {\n    saveConfiguration(token: $token, configuration: $configuration, confirmConflicts: $confirmConflicts) {\n      configuration\n      confirmedConflicts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitResponse($token: String!, $reviewedRevision: String) {\n    submitResponse(token: $token, reviewedRevision: $reviewedRevision) {\n      ...RespondentResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitResponse($token: String!, $reviewedRevision: String) {\n    submitResponse(token: $token, reviewedRevision: $reviewedRevision) {\n      ...RespondentResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailRespondentResult($token: String!) {\n    emailRespondentResult(token: $token)\n  }\n"): (typeof documents)["\n  mutation EmailRespondentResult($token: String!) {\n    emailRespondentResult(token: $token)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;