import { COUNTIES } from "@smi/questionnaire";
import { useState, type FormEvent } from "react";
import { useLocale } from "../../i18n/useT";
import { respondentApi } from "../api/respondent-api";
import { toFailure } from "../api/request-failure";
import { TextField } from "../forms/TextField";
import { useRespondT } from "../i18n";
import { FailureNotice } from "../journey/FailureNotice";
import { itemIdsOf, useJourney } from "../journey/journey-context";
import { StepHeading } from "../journey/StepHeading";
import { resumeStep } from "../journey/steps";
import { useStepAction } from "../journey/useStepAction";
import { MarketingDeptField } from "./MarketingDeptField";
import {
  draftFromSession,
  OTHER_COUNTY,
  PROFILE_FIELDS,
  readDraft,
  type ProfileDraft,
  type ProfileField,
} from "./profile-draft";

type FieldErrors = Partial<Record<ProfileField, string>>;

const fieldId = (field: ProfileField) => `profile-${field}`;

/** Confirm or correct the sampling frame's figures; the server decides eligibility and may screen out. */
export function ProfileStep() {
  const t = useRespondT();
  const { locale } = useLocale();
  const { token, session, texts, setSession, go } = useJourney();
  const { busy, failure, setFailure, run } = useStepAction();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromSession(session));
  const [errors, setErrors] = useState<FieldErrors>({});
  const change = (patch: Partial<ProfileDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const showErrors = (fields: readonly { field: string; message: string }[]) => {
    const next: FieldErrors = {};
    for (const { field, message } of fields) {
      const known = PROFILE_FIELDS.find((f) => f === field);
      // The server's wording is English; the same rule is worded in the reader's language here.
      if (known) next[known] = t.profile.errors[known] || message;
    }
    setErrors(next);
    const first = PROFILE_FIELDS.find((f) => next[f]);
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readDraft(draft, locale);
    if (!read.ok) {
      setFailure({ kind: "invalid", message: "", fieldErrors: [] });
      showErrors(read.invalid.map((field) => ({ field, message: "" })));
      return;
    }
    setErrors({});
    void run(async () => {
      try {
        const saved = await respondentApi.saveProfile(token, read.input);
        setSession(saved);
        go(resumeStep(saved, itemIdsOf(texts)));
      } catch (error) {
        const problem = toFailure(error);
        if (problem.kind === "invalid") showErrors(problem.fieldErrors);
        throw error;
      }
    });
  };

  return (
    <article className="step">
      <StepHeading>{t.profile.title}</StepHeading>
      <p className="lead">{t.profile.intro(session.companyName)}</p>
      <form onSubmit={submit} noValidate>
        <FailureNotice failure={failure} />
        <div className={errors.county ? "field field-invalid" : "field"}>
          <label htmlFor={fieldId("county")}>{t.profile.county}</label>
          <select
            id={fieldId("county")}
            value={draft.county}
            aria-invalid={errors.county ? true : undefined}
            aria-describedby={errors.county ? "profile-county-error" : undefined}
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
          {errors.county && draft.county !== OTHER_COUNTY && (
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
