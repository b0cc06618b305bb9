import { COUNTIES } from "@smi/questionnaire";
import { useState, type FormEvent } from "react";
import type { CompanyInput } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormField } from "../ui/FormField";
import { useServerFieldErrors } from "../ui/useServerFieldErrors";
import { companyInput, type CompanyFormValues, type NumberProblem } from "./company-form-values";

type CompanyFormProps = {
  initial: CompanyFormValues;
  submitLabel: string;
  saving: boolean;
  /** The last save's error; its field errors appear next to their fields. */
  error: unknown;
  onSubmit: (input: CompanyInput) => void;
};

type TextFieldName = Exclude<keyof CompanyFormValues, "county" | "hasMarketingDept">;

export function CompanyForm({ initial, submitLabel, saving, error, onSubmit }: CompanyFormProps) {
  const t = useResearchT();
  const [values, setValues] = useState(initial);
  const [numberProblems, setNumberProblems] = useState<Partial<Record<string, NumberProblem>>>({});
  const serverError = useServerFieldErrors(error);

  const set = (field: keyof CompanyFormValues, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const errorFor = (field: keyof CompanyFormValues) =>
    numberProblems[field] ? { error: t.companies.notANumber } : serverError(field);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = companyInput(values);
    setNumberProblems(result.ok ? {} : result.problems);
    if (result.ok) onSubmit(result.input);
  };

  const textField = (
    field: TextFieldName,
    props: {
      type?: string;
      inputMode?: "numeric" | "decimal" | "email";
      autoComplete?: string;
      hint?: string;
    } = {},
  ) => (
    <FormField label={t.companies[field]} hint={props.hint} {...errorFor(field)}>
      {(control) => (
        <input
          {...control}
          name={field}
          type={props.type ?? "text"}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? "off"}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <form className="company-form" onSubmit={handleSubmit} noValidate>
      <ErrorAlert error={error} />
      {textField("name", { autoComplete: "organization" })}
      {textField("registrationCode", { hint: t.companies.registrationCodeHint })}
      <FormField label={t.companies.county} {...errorFor("county")}>
        {(control) => (
          <select
            {...control}
            name="county"
            value={values.county}
            onChange={(e) => set("county", e.target.value)}
          >
            <option value="">{t.companies.chooseCounty}</option>
            {COUNTIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {textField("city")}
      {textField("caenCode", { inputMode: "numeric", hint: t.companies.caenHint })}
      {textField("employees", { inputMode: "numeric" })}
      {textField("turnoverEur", { inputMode: "decimal" })}
      {textField("balanceSheetEur", { inputMode: "decimal" })}
      <FormField label={t.companies.hasMarketingDept} {...errorFor("hasMarketingDept")}>
        {(control) => (
          <select
            {...control}
            name="hasMarketingDept"
            value={values.hasMarketingDept}
            onChange={(e) => set("hasMarketingDept", e.target.value)}
          >
            <option value="">{t.common.unknown}</option>
            <option value="yes">{t.common.yes}</option>
            <option value="no">{t.common.no}</option>
          </select>
        )}
      </FormField>
      {textField("contactName", { autoComplete: "off" })}
      {textField("contactEmail", { type: "email", inputMode: "email" })}
      <button className="button" type="submit" disabled={saving}>
        {saving ? t.common.saving : submitLabel}
      </button>
    </form>
  );
}
