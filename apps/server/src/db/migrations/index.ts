import { Init1795375109461 } from "./1795375109461-Init";
import { CompanyEligibility1795375454022 } from "./1795375454022-CompanyEligibility";
import { ResponseExternalId1795375889439 } from "./1795375889439-ResponseExternalId";
import { Mail1795377869923 } from "./1795377869923-Mail";
import { MailQueue1795377900000 } from "./1795377900000-MailQueue";
import { AccountSecurity1795400000000 } from "./1795400000000-AccountSecurity";
import { AuditTrail1795400000001 } from "./1795400000001-AuditTrail";
import { AccountGrants1796150000000 } from "./1796150000000-AccountGrants";
import { Refusals1796200000000 } from "./1796200000000-Refusals";
import { TemplatesEditsOnly1796250000000 } from "./1796250000000-TemplatesEditsOnly";
import { ResponsesVersion1796260000000 } from "./1796260000000-ResponsesVersion";
import { StudySettings1796310000001 } from "./1796310000001-StudySettings";
import { ResponseConsistency1796320000001 } from "./1796320000001-ResponseConsistency";
import { DeliberateSending1796300000001 } from "./1796300000001-DeliberateSending";
import { RomanianSearch1796340000001 } from "./1796340000001-RomanianSearch";
import { ResultEmail1796340000002 } from "./1796340000002-ResultEmail";
import { TemplateEditorId1796440000001 } from "./1796440000001-TemplateEditorId";
import { CountyScoreCounts1796450000001 } from "./1796450000001-CountyScoreCounts";
import { AnalysisColumns1796460000001 } from "./1796460000001-AnalysisColumns";
import { UnqueuedCounters1796460000002 } from "./1796460000002-UnqueuedCounters";
import { ResponseExclusion1796500000002 } from "./1796500000002-ResponseExclusion";
import { TestMode1796500000003 } from "./1796500000003-TestMode";
import { CountyCategoryIndex1796500000005 } from "./1796500000005-CountyCategoryIndex";

/** Every migration, in order. A class list (not a glob) works the same from source, dist and Jest. */
export const MIGRATIONS = [
  Init1795375109461,
  CompanyEligibility1795375454022,
  ResponseExternalId1795375889439,
  Mail1795377869923,
  MailQueue1795377900000,
  AccountSecurity1795400000000,
  AuditTrail1795400000001,
  AccountGrants1796150000000,
  Refusals1796200000000,
  TemplatesEditsOnly1796250000000,
  ResponsesVersion1796260000000,
  StudySettings1796310000001,
  ResponseConsistency1796320000001,
  DeliberateSending1796300000001,
  RomanianSearch1796340000001,
  ResultEmail1796340000002,
  TemplateEditorId1796440000001,
  CountyScoreCounts1796450000001,
  AnalysisColumns1796460000001,
  UnqueuedCounters1796460000002,
  ResponseExclusion1796500000002,
  TestMode1796500000003,
  CountyCategoryIndex1796500000005,
];
