import { useQuery } from "@apollo/client/react";
import { Link, useSearchParams } from "react-router";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { useMayUse } from "../session/session-context";
import { Pager } from "../ui/Pager";
import { QueryState } from "../ui/QueryState";
import { CompaniesQuery } from "./companies.graphql";
import { CompanyFilterForm } from "./CompanyFilterForm";
import { CompanyTable } from "./CompanyTable";
import {
  COMPANIES_PAGE_SIZE,
  companiesCsvHref,
  companyQueryVariables,
  readCompanyFilters,
  writeCompanyFilters,
  type CompanyFilters,
} from "./company-filters";
import { PseudonymisePanel } from "./PseudonymisePanel";

export function CompaniesPage() {
  const t = useResearchT();
  useDocumentTitle(t.companies.title);
  const mayEdit = useMayUse("EDIT_STUDY_DATA");
  const isAdministrator = useMayUse("PSEUDONYMISE_CONTACTS");
  const mayDownload = useMayUse("DOWNLOAD_EXPORTS");
  const [params, setParams] = useSearchParams();
  const filters = readCompanyFilters(params);
  const { data, loading, error, refetch } = useQuery(CompaniesQuery, {
    variables: companyQueryVariables(filters),
    fetchPolicy: "cache-and-network",
  });
  const setFilters = (next: CompanyFilters) => setParams(writeCompanyFilters(next));

  return (
    <article>
      <h1>{t.companies.title}</h1>
      {mayEdit && (
        <p className="actions">
          <Link className="button" to="/companies/new">
            {t.companies.create}
          </Link>
          <Link className="button button-secondary" to="/companies/import">
            {t.nav.import}
          </Link>
        </p>
      )}
      <CompanyFilterForm key={filters.search} filters={filters} onChange={setFilters} />
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {({ companies }) =>
          companies.items.length === 0 ? (
            <p className="empty" role="status">
              {params.size > 0 ? t.companies.noMatch : t.companies.empty}
            </p>
          ) : (
            <>
              <p role="status">{t.companies.count(companies.total)}</p>
              {mayDownload && (
                <p>
                  <a href={companiesCsvHref(filters)} download>
                    {t.companies.download}
                  </a>
                </p>
              )}
              <CompanyTable
                companies={companies.items}
                caption={t.companies.tableCaption}
                sort={filters.sort}
                onSort={(sort) => setFilters({ ...filters, sort, offset: 0 })}
              />
              <Pager
                offset={filters.offset}
                limit={COMPANIES_PAGE_SIZE}
                total={companies.total}
                shown={companies.items.length}
                onChange={(offset) => setFilters({ ...filters, offset })}
              />
            </>
          )
        }
      </QueryState>
      {isAdministrator && <PseudonymisePanel />}
    </article>
  );
}
