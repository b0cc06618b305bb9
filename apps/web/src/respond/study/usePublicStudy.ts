import { useEffect, useState } from "react";
import type { PublicStudyQuery } from "../../gql/graphql";
import { respondentApi } from "../api/respondent-api";

/** Who runs the study; the study that comes with the questionnaire (RespondentStart) has these fields too. */
export type StudyDetails = PublicStudyQuery["study"];

/**
 * The study's identity for a page that has no questionnaire to bring it along; null until it arrives (or if it
 * cannot be fetched: the page stands without it).
 */
export function usePublicStudy(wanted: boolean): StudyDetails | null {
  const [study, setStudy] = useState<StudyDetails | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    respondentApi.study().then(
      (details) => current && setStudy(details),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [wanted]);
  return study;
}
