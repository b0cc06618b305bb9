import type { ConsistencyRuleId, SmiConfigurationId } from "@smi/questionnaire";
import { useState, type FormEvent } from "react";
import { useLocalized } from "../../i18n/useT";
import { respondentApi } from "../api/respondent-api";
import { ConsistencyNotice } from "../consistency/ConsistencyNotice";
import { useConsistencyCheck } from "../consistency/useConsistencyCheck";
import { RequiredMark } from "../forms/TextField";
import { useRespondT } from "../i18n";
import { FailureNotice } from "../journey/FailureNotice";
import { DraftRestoredNotice } from "../journey/DraftRestoredNotice";
import { useFormDraft } from "../journey/useFormDraft";
import { useJourney } from "../journey/journey-context";
import { StepHeading } from "../journey/StepHeading";
import { useStepAction } from "../journey/useStepAction";

const focusChoice = () =>
  (
    document.querySelector<HTMLInputElement>("input[name=configuration]:checked") ??
    document.querySelector<HTMLInputElement>("input[name=configuration]")
  )?.focus();

/** Which of the four sales–marketing configurations the company recognises itself in. */
export function ConfigurationForm() {
  const t = useRespondT();
  const localized = useLocalized();
  const { token, session, texts, setSession, go } = useJourney();
  const { busy, failure, run } = useStepAction();
  const consistency = useConsistencyCheck("configuration");
  const {
    draft,
    setDraft,
    restored,
    saved: draftSaved,
  } = useFormDraft("configuration", () => ({
    configuration: session.configuration,
  }));
  const chosen = draft.configuration;
  const [missing, setMissing] = useState(false);
  const invalid = missing && !chosen;

  /** Saves the choice, after the consistency check unless the respondent confirms `confirm`. */
  const proceed = (configuration: SmiConfigurationId, confirm: readonly ConsistencyRuleId[]) =>
    run(async () => {
      if (confirm.length === 0 && !consistency.check({ configuration })) return;
      try {
        const saved = await respondentApi.saveConfiguration(token, configuration, confirm);
        draftSaved();
        setSession({ ...session, ...saved });
        go({ kind: "review" });
      } catch (error) {
        if (!consistency.refusedFor(error)) throw error;
      }
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setMissing(true);
      focusChoice();
      return;
    }
    void proceed(chosen, []);
  };

  return (
    <article className="step">
      <StepHeading>{t.configuration.title}</StepHeading>
      <p className="lead">{t.configuration.intro}</p>
      <form onSubmit={submit} noValidate>
        <FailureNotice failure={failure} />
        <DraftRestoredNotice shown={restored} />
        <fieldset
          className={invalid ? "cards field-invalid" : "cards"}
          role="radiogroup"
          aria-required="true"
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? "configuration-error" : undefined}
        >
          <legend>
            {t.configuration.legend}
            <RequiredMark />
          </legend>
          {texts.configurations.map((configuration) => (
            <label key={configuration.id} className="card-option">
              <input
                type="radio"
                name="configuration"
                value={configuration.id}
                checked={chosen === configuration.id}
                aria-labelledby={`configuration-${configuration.id}`}
                aria-describedby={`configuration-${configuration.id}-description`}
                onChange={() => {
                  consistency.dismiss();
                  setDraft(() => ({ configuration: configuration.id }));
                }}
              />
              <span>
                <strong id={`configuration-${configuration.id}`}>{localized(configuration.label)}</strong>
                <span id={`configuration-${configuration.id}-description`} className="card-description">
                  {localized(configuration.description)}
                </span>
              </span>
            </label>
          ))}
          {invalid && (
            <p id="configuration-error" className="field-error" role="alert">
              {t.configuration.chooseFirst}
            </p>
          )}
        </fieldset>
        <ConsistencyNotice
          step="configuration"
          conflicts={consistency.conflicts}
          busy={busy}
          onChangeHere={() => {
            consistency.dismiss();
            focusChoice();
          }}
          onConfirm={() => chosen && void proceed(chosen, consistency.conflicts)}
        />
        <div className="step-actions">
          <button type="button" onClick={() => go({ kind: "performance" })}>
            {t.common.back}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t.common.continue}
          </button>
        </div>
      </form>
    </article>
  );
}
