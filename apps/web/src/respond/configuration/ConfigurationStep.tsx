import { useState, type FormEvent } from "react";
import { useLocalized } from "../../i18n/useT";
import { respondentApi } from "../api/respondent-api";
import { useRespondT } from "../i18n";
import { FailureNotice } from "../journey/FailureNotice";
import { useJourney } from "../journey/journey-context";
import { StepHeading } from "../journey/StepHeading";
import { useStepAction } from "../journey/useStepAction";

/** Which of the four sales–marketing configurations the company recognises itself in. */
export function ConfigurationStep() {
  const t = useRespondT();
  const localized = useLocalized();
  const { token, session, texts, setSession, go } = useJourney();
  const { busy, failure, run } = useStepAction();
  const [chosen, setChosen] = useState(session.configuration);
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setMissing(true);
      document.querySelector<HTMLInputElement>("input[name=configuration]")?.focus();
      return;
    }
    void run(async () => {
      setSession({ ...session, configuration: await respondentApi.saveConfiguration(token, chosen) });
      go({ kind: "review" });
    });
  };

  return (
    <article className="step">
      <StepHeading>{t.configuration.title}</StepHeading>
      <p className="lead">{t.configuration.intro}</p>
      <form onSubmit={submit} noValidate>
        <FailureNotice failure={failure} />
        <fieldset
          className={missing && !chosen ? "cards field-invalid" : "cards"}
          aria-describedby={missing && !chosen ? "configuration-error" : undefined}
        >
          <legend className="visually-hidden">{t.configuration.legend}</legend>
          {texts.configurations.map((configuration) => (
            <label key={configuration.id} className="card-option">
              <input
                type="radio"
                name="configuration"
                value={configuration.id}
                checked={chosen === configuration.id}
                aria-labelledby={`configuration-${configuration.id}`}
                aria-describedby={`configuration-${configuration.id}-description`}
                onChange={() => setChosen(configuration.id)}
              />
              <span>
                <strong id={`configuration-${configuration.id}`}>{localized(configuration.label)}</strong>
                <span id={`configuration-${configuration.id}-description`} className="card-description">
                  {localized(configuration.description)}
                </span>
              </span>
            </label>
          ))}
          {missing && !chosen && (
            <p id="configuration-error" className="field-error" role="alert">
              {t.configuration.chooseFirst}
            </p>
          )}
        </fieldset>
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
