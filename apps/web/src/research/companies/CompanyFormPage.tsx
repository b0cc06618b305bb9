import { useMutation, useQuery } from "@apollo/client/react";
import { Link, useNavigate, useParams } from "react-router";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { QueryState } from "../ui/QueryState";
import { CompanyQuery, CreateCompanyMutation, UpdateCompanyMutation } from "./companies.graphql";
import { CompanyForm } from "./CompanyForm";
import { companyFormValues, EMPTY_COMPANY_FORM } from "./company-form-values";

export function NewCompanyPage() {
  const t = useResearchT();
  useDocumentTitle(t.companies.create);
  const navigate = useNavigate();
  const [create, { loading, error }] = useMutation(CreateCompanyMutation, {
    refetchQueries: ["Companies"],
  });
  return (
    <article>
      <p>
        <Link to="/companies">{t.companies.backToList}</Link>
      </p>
      <h1>{t.companies.create}</h1>
      <CompanyForm
        initial={EMPTY_COMPANY_FORM}
        submitLabel={t.companies.createSubmit}
        saving={loading}
        error={error}
        onSubmit={(input) =>
          void create({ variables: { input } })
            .then((r) => r.data && navigate(`/companies/${r.data.createCompany.id}`))
            .catch(() => undefined)
        }
      />
    </article>
  );
}

export function EditCompanyPage() {
  const t = useResearchT();
  useDocumentTitle(t.companies.edit);
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const query = useQuery(CompanyQuery, { variables: { id } });
  const [update, { loading, error }] = useMutation(UpdateCompanyMutation);
  return (
    <QueryState
      loading={query.loading}
      error={query.error}
      data={query.data}
      onRetry={() => void query.refetch()}
    >
      {({ company }) => (
        <article>
          <p>
            <Link to={`/companies/${company.id}`}>{t.companies.backToCompany(company.name)}</Link>
          </p>
          <h1>{t.companies.editTitle(company.name)}</h1>
          <CompanyForm
            initial={companyFormValues(company)}
            submitLabel={t.common.save}
            saving={loading}
            error={error}
            onSubmit={(input) =>
              void update({ variables: { id: company.id, input } })
                .then((r) => r.data && navigate(`/companies/${company.id}`))
                .catch(() => undefined)
            }
          />
        </article>
      )}
    </QueryState>
  );
}
