import { useJourney } from "../journey/journey-context";
import { DeclinedNotice } from "../status/DeclinedNotice";

/** After "I do not wish to take part": the refusal is on record, so there is no way back into the questionnaire. */
export function DeclinedStep() {
  const { study } = useJourney();
  return <DeclinedNotice study={study} />;
}
