import { useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import type { AuditAction, AuditSubjectType } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { FormField } from "../ui/FormField";
import { AuditActorsQuery } from "./audit.graphql";
import type { AuditFilters } from "./audit-filters";

type AuditFilterFormProps = {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
};

/** Selects apply at once; the object id and the dates with the button (or with the next select). */
export function AuditFilterForm({ filters, onChange }: AuditFilterFormProps) {
  const t = useResearchT();
  const accounts = useQuery(AuditActorsQuery).data?.accounts ?? [];
  const [objectId, setObjectId] = useState(filters.objectId);
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);
  // What is typed so far goes along with a changed select, so it is not lost.
  const change = (patch: Partial<AuditFilters> = {}) =>
    onChange({ ...filters, objectId: objectId.trim(), from, to, ...patch, offset: 0 });

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    change();
  };
  const clear = () => {
    setObjectId("");
    setFrom("");
    setTo("");
    onChange({ actor: "", action: "", objectType: "", objectId: "", from: "", to: "", offset: 0 });
  };

  return (
    <form className="filters" role="search" aria-label={t.audit.filtersLabel} onSubmit={handleSubmit}>
      <FormField label={t.audit.actor}>
        {(control) => (
          <select {...control} value={filters.actor} onChange={(e) => change({ actor: e.target.value })}>
            <option value="">{t.audit.anyone}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.displayName}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t.audit.action}>
        {(control) => (
          <select
            {...control}
            value={filters.action}
            onChange={(e) => change({ action: e.target.value as AuditAction | "" })}
          >
            <option value="">{t.audit.anyAction}</option>
            {(Object.entries(t.audit.actionNames) as Array<[AuditAction, string]>).map(([action, name]) => (
              <option key={action} value={action}>
                {name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t.audit.objectType}>
        {(control) => (
          <select
            {...control}
            value={filters.objectType}
            onChange={(e) => change({ objectType: e.target.value as AuditSubjectType | "" })}
          >
            <option value="">{t.audit.anyObject}</option>
            {(Object.entries(t.audit.objectTypes) as Array<[AuditSubjectType, string]>).map(
              ([type, name]) => (
                <option key={type} value={type}>
                  {name}
                </option>
              ),
            )}
          </select>
        )}
      </FormField>
      <FormField label={t.audit.objectId} hint={t.audit.objectIdHint}>
        {(control) => <input {...control} value={objectId} onChange={(e) => setObjectId(e.target.value)} />}
      </FormField>
      <FormField label={t.audit.from}>
        {(control) => (
          <input {...control} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        )}
      </FormField>
      <FormField label={t.audit.to}>
        {(control) => <input {...control} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}
      </FormField>
      <div className="filter-actions">
        <button type="submit">{t.audit.apply}</button>
        <button type="button" onClick={clear}>
          {t.audit.clear}
        </button>
      </div>
    </form>
  );
}
