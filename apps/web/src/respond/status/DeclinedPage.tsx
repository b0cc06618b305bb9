import { useEffect, useState } from "react";
import { respondentApi } from "../api/respondent-api";
import { DeclinedNotice } from "./DeclinedNotice";

/** A link whose holder declined earlier: no questionnaire, only the study's contact. */
export function DeclinedPage() {
  const [contactEmail, setContactEmail] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    respondentApi.studyContact().then(
      (email) => current && setContactEmail(email),
      () => undefined, // the notice stands without the address
    );
    return () => {
      current = false;
    };
  }, []);
  return <DeclinedNotice contactEmail={contactEmail} />;
}
