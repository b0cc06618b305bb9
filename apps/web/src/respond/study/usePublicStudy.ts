import { useEffect, useState } from "react";
import type { StudyFieldsFragment } from "../../gql/graphql";
import { respondentApi } from "../api/respondent-api";

export type StudyDetails = StudyFieldsFragment;

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
