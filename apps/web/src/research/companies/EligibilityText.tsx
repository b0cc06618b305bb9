import { SIZE_CLASS_LABELS, type SizeClass } from "@smi/questionnaire";
import { useLocalized } from "../../i18n/useT";
import { useResearchT } from "../i18n";
import type { CompanyFieldsFragment } from "../../gql/graphql";

type Company = Pick<CompanyFieldsFragment, "eligible" | "ineligibilityReasons" | "sizeClass">;

export function SizeClassText({ sizeClass }: { sizeClass: string | null | undefined }) {
  const t = useResearchT();
  const localized = useLocalized();
  if (!sizeClass) return <>{t.companies.sizeUnknown}</>;
  const label = SIZE_CLASS_LABELS[sizeClass as SizeClass];
  return <>{label ? localized(label) : sizeClass}</>;
}

/** "Eligible", or "Not eligible" with every reason, so the researcher sees what to correct or why to skip. */
export function EligibilityText({ company }: { company: Company }) {
  const t = useResearchT();
  if (company.eligible) return <span className="badge badge-ok">{t.companies.eligibleYes}</span>;
  const reasons = company.ineligibilityReasons.length
    ? company.ineligibilityReasons.map(
        (code) => t.companies.reasons[code as keyof typeof t.companies.reasons] ?? code,
      )
    : [t.companies.reasonIncomplete];
  return (
    <>
      <span className="badge badge-no">{t.companies.eligibleNo}</span>
      <ul className="reasons">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </>
  );
}
