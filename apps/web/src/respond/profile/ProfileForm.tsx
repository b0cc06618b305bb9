import {
  COUNTIES,
  PROFILE_FIELDS,
  PROFILE_LIMITS,
  type ConsistencyRuleId,
  type ProfileField,
} from "@smi/questionnaire";
import { useState, type FormEvent } from "react";
import { useLocale } from "../../i18n/useT";
import { respondentApi } from "../api/respondent-api";
import { toFailure } from "../api/request-failure";
import { ConsistencyNotice } from "../consistency/ConsistencyNotice";
import { useConsistencyCheck } from "../consistency/useConsistencyCheck";
import { formatNumber } from "../forms/format";
import { RequiredMark, TextField } from "../forms/TextField";
import { useRespondT } from "../i18n";
import { FailureNotice } from "../journey/FailureNotice";
import { DraftRestoredNotice } from "../journey/DraftRestoredNotice";
import { useFormDraft } from "../journey/useFormDraft";
import { itemIdsOf, useJourney } from "../journey/journey-context";
import { StepHeading } from "../journey/StepHeading";
import { resumeStep } from "../journey/steps";
import { useStepAction } from "../journey/useStepAction";
import { MarketingDeptField } from "./MarketingDeptField";
import { draftFromSession, OTHER_COUNTY, readDraft, type ProfileDraft } from "./profile-draft";

type FieldErrors = Partial<Record<ProfileField, string>>;

const fieldId = (field: ProfileField) => `profile-${field}`;
/** The profile answer each consistency rule reads, where "correct it here" puts the focus. */
const RULE_FIELD: Partial<Record<ConsistencyRuleId, ProfileField>> = {
  dept_vs_hidden_marketing: "hasMarketingDept",
  gross_profit_vs_turnover: "turnoverEur",
};

/** Confirm or correct the sampling frame's figures; the server decides eligibility and may screen out. */
export function ProfileForm() {
  const t = useRespondT();
  const { locale } = useLocale();
  const { token, session, texts, setSession, go } = useJourney();
  const { busy, failure, setFailure, run } = useStepAction();
  const consistency = useConsistencyCheck("profile");
  const {
    draft,
    setDraft,
    restored,
    saved: draftSaved,
  } = useFormDraft("profile", () => draftFromSession(session));
  const [errors, setErrors] = useState<FieldErrors>({});
  const change = (patch: Partial<ProfileDraft>) => {
    consistency.dismiss();
    setDraft((current) => ({ ...current, ...patch }));
  };
  const focus = (field: ProfileField) =>
    document
      .getElementById(
        field === "county" && draft.county === OTHER_COUNTY ? "profile-countyOther" : fieldId(field),
      )
      ?.focus();

  const showErrors = (fields: readonly string[]) => {
    const next: FieldErrors = {};
    for (const field of PROFILE_FIELDS) {
      if (!fields.includes(field)) continue;
      next[field] =
        field === "employees"
          ? t.profile.errors.employees(formatNumber(PROFILE_LIMITS.maxEmployees, locale))
          : t.profile.errors[field];
    }
    setErrors(next);
    const first = PROFILE_FIELDS.find((f) => next[f]);
    if (first) focus(first);
  };

  /** Checks the whole form, then the answers' consistency unless the respondent confirms `confirm`, then saves. */
  const proceed = (confirm: readonly ConsistencyRuleId[]) =>
    run(async () => {
      const read = readDraft(draft, locale);
      if (!read.ok) {
        consistency.dismiss();
        setFailure({ kind: "invalid", message: "", fieldErrors: [] });
        showErrors(read.issues.map((issue) => issue.field));
        return;
      }
      setErrors({});
      const { input } = read;
      const changed = { hasMarketingDept: input.hasMarketingDept, turnoverEur: input.turnoverEur ?? null };
      if (confirm.length === 0 && !consistency.check(changed)) return;
      try {
        const saved = await respondentApi.saveProfile(token, input, confirm);
        draftSaved();
        setSession(saved);
        go(resumeStep(saved, itemIdsOf(texts)));
      } catch (error) {
        if (consistency.refusedFor(error)) return;
        const problem = toFailure(error);
        if (problem.kind === "invalid") showErrors(problem.fieldErrors.map((e) => e.field));
        throw error;
      }
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void proceed([]);
  };

  const countyError = errors.county && draft.county !== OTHER_COUNTY;
  return (
    <article className="step">
      <StepHeading>{t.profile.title}</StepHeading>
      <p className="lead">{t.profile.intro(session.companyName)}</p>
      <p className="required-note">{t.common.requiredNote}</p>
      <form onSubmit={submit} noValidate>
        <FailureNotice failure={failure} />
        <DraftRestoredNotice shown={restored} />
        <div className={errors.county ? "field field-invalid" : "field"}>
          <label htmlFor={fieldId("county")}>
            {t.profile.county}
            <RequiredMark />
          </label>
          <select
            id={fieldId("county")}
            value={draft.county}
            aria-required="true"
            aria-invalid={countyError ? true : undefined}
            aria-describedby={countyError ? "profile-county-error" : undefined}
            onChange={(event) => change({ county: event.target.value })}
          >
            <option value="" disabled>
              {t.profile.countyChoose}
            </option>
            {COUNTIES.map((county) => (
              <option key={county.code} value={county.code}>
                {county.name}
              </option>
            ))}
            <option value={OTHER_COUNTY}>{t.profile.countyOther}</option>
          </select>
          {countyError && (
            <p id="profile-county-error" className="field-error">
              {errors.county}
            </p>
          )}
        </div>
        {draft.county === OTHER_COUNTY && (
          <TextField
            id="profile-countyOther"
            label={t.profile.countyOtherName}
            value={draft.countyOther}
            error={errors.county}
            required
            onChange={(countyOther) => change({ countyOther })}
          />
        )}
        <TextField
          id={fieldId("employees")}
          label={t.profile.employees}
          hint={t.profile.employeesHint}
          inputMode="numeric"
          value={draft.employees}
          error={errors.employees}
          required
          onChange={(employees) => change({ employees })}
        />
        <TextField
          id={fieldId("turnoverEur")}
          label={t.profile.turnover}
          hint={t.profile.moneyHint}
          inputMode="decimal"
          value={draft.turnoverEur}
          error={errors.turnoverEur}
          onChange={(turnoverEur) => change({ turnoverEur })}
        />
        <TextField
          id={fieldId("balanceSheetEur")}
          label={t.profile.balanceSheet}
          hint={t.profile.moneyHint}
          inputMode="decimal"
          value={draft.balanceSheetEur}
          error={errors.balanceSheetEur}
          onChange={(balanceSheetEur) => change({ balanceSheetEur })}
        />
        <MarketingDeptField
          id={fieldId("hasMarketingDept")}
          value={draft.hasMarketingDept}
          error={errors.hasMarketingDept}
          onChange={(hasMarketingDept) => change({ hasMarketingDept })}
        />
        <ConsistencyNotice
          step="profile"
          conflicts={consistency.conflicts}
          busy={busy}
          onChangeHere={() => {
            const field = consistency.conflicts.map((id) => RULE_FIELD[id]).find(Boolean);
            consistency.dismiss();
            if (field) focus(field);
          }}
          onConfirm={() => void proceed(consistency.conflicts)}
        />
        <div className="step-actions">
          <button type="button" onClick={() => go({ kind: "consent" })}>
            {t.common.back}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t.profile.confirm}
          </button>
        </div>
      </form>
    </article>
  );
}
