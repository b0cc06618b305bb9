import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import type { Locale } from "../../gql/graphql";
import { navigate } from "../../lib/navigation";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { QueryState } from "../ui/QueryState";
import {
  DeleteTestResponsesMutation,
  StartTestResponseMutation,
  TestResponsesQuery,
} from "./test-mode.graphql";

/**
 * Trying the questionnaire without inviting anyone: the respondent's own pages behind a test link, whose answers
 * no analysis, export or count includes; and deleting every try at once, after saying how many.
 */
export function TestModePage() {
  const t = useResearchT();
  useDocumentTitle(t.testMode.title);
  const [start, startState] = useMutation(StartTestResponseMutation);
  const summary = useQuery(TestResponsesQuery, { fetchPolicy: "cache-and-network" });
  const [remove, removeState] = useMutation(DeleteTestResponsesMutation, {
    refetchQueries: ["TestResponses"],
    awaitRefetchQueries: true,
  });
  const [confirming, setConfirming] = useState(false);

  const handleStart = async (locale: Locale) => {
    const { data } = await start({ variables: { locale } });
    // The respondent's pages are the shell's, outside the workspace's router.
    if (data) navigate(`/r/${encodeURIComponent(data.startTestResponse.token)}`);
  };

  const handleDelete = async () => {
    await remove();
    setConfirming(false);
  };

  return (
    <article>
      <h1>{t.testMode.title}</h1>
      <p>{t.testMode.lead}</p>
      <p className="actions">
        <button
          type="button"
          className="button"
          disabled={startState.loading}
          onClick={() => void handleStart("ro").catch(() => undefined)}
        >
          {t.testMode.tryIn.ro}
        </button>
        <button
          type="button"
          className="button"
          disabled={startState.loading}
          onClick={() => void handleStart("en").catch(() => undefined)}
        >
          {t.testMode.tryIn.en}
        </button>
      </p>
      <ErrorAlert error={startState.error} />

      <section aria-labelledby="tries-title">
        <h2 id="tries-title">{t.testMode.triesTitle}</h2>
        <QueryState
          loading={summary.loading}
          error={summary.error}
          data={summary.data}
          onRetry={() => void summary.refetch()}
        >
          {({ testResponses: { tries, submitted } }) => (
            <>
              <p role="status">{t.testMode.tries(tries, submitted)}</p>
              {removeState.data && !confirming && (
                <p className="alert alert-success" role="status">
                  {t.testMode.deleted(removeState.data.deleteTestResponses.tries)}
                </p>
              )}
              {tries > 0 &&
                (!confirming ? (
                  <button type="button" onClick={() => setConfirming(true)}>
                    {t.testMode.delete}
                  </button>
                ) : (
                  <div role="group" aria-labelledby="delete-question">
                    <p id="delete-question">
                      <strong>{t.testMode.deleteQuestion(tries, submitted)}</strong>
                    </p>
                    <p className="actions">
                      <button
                        type="button"
                        className="button-danger"
                        disabled={removeState.loading}
                        onClick={() => void handleDelete().catch(() => undefined)}
                      >
                        {t.testMode.deleteConfirm(tries)}
                      </button>
                      <button type="button" onClick={() => setConfirming(false)}>
                        {t.common.cancel}
                      </button>
                    </p>
                  </div>
                ))}
              <ErrorAlert error={removeState.error} />
            </>
          )}
        </QueryState>
      </section>
    </article>
  );
}
