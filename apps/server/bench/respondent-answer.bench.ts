/**
 * `pnpm bench:answer`: the SQL statements the server sends to PostgreSQL for one respondent answer (the web app's
 * own saveAnswer operation), counted on a throwaway embedded PostgreSQL (or DATABASE_URL's server), with the
 * statements of one answer listed. Prints, never asserts.
 */
import { CONSENT_VERSION, ITEM_IDS } from "@smi/questionnaire";
import { createInvitation, ELIGIBLE_PROFILE } from "../test/support/fixtures";
import { countStatements } from "../test/support/statement-counter";
import { startTestApp } from "../test/support/test-app";
import { benchDatabase } from "./bench-database";
import { webOperation } from "./respondent/web-operations";

const SAVE_ANSWER = webOperation("SaveAnswer");

async function main(): Promise<void> {
  const database = await benchDatabase("smi_bench_answer", 54359);
  const t = await startTestApp({}, { databaseUrl: database.url });
  try {
    const { token } = await createInvitation(t.dataSource);
    await t.graphql(
      `mutation($token: String!, $v: String!) { giveConsent(token: $token, consentVersion: $v, locale: ro) { status } }`,
      { token, v: CONSENT_VERSION },
    );
    await t.graphql(
      `mutation($token: String!, $p: ProfileInput!) { saveProfile(token: $token, profile: $p) { status } }`,
      {
        token,
        p: ELIGIBLE_PROFILE,
      },
    );
    const counter = countStatements(t.dataSource);
    const perAnswer: number[] = [];
    let first: string[] = [];
    for (const [i, itemId] of ITEM_IDS.entries()) {
      counter.reset();
      const result = await t.graphql(SAVE_ANSWER, { token, itemId, value: (i % 5) + 1 });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      perAnswer.push(counter.statements.length);
      if (i === 0) first = [...counter.statements];
    }
    counter.stop();
    const sorted = [...perAnswer].sort((a, b) => a - b);
    process.stdout.write(
      [
        `SQL statements per saveAnswer, over the ${perAnswer.length} answers of one questionnaire:`,
        `  median ${sorted[Math.floor(sorted.length / 2)]}, min ${sorted[0]}, max ${sorted.at(-1)}`,
        ``,
        `The statements of the first answer (transaction control included):`,
        ...first.map((sql, i) => `  ${i + 1}. ${sql.replace(/\s+/g, " ").slice(0, 160)}`),
        "",
      ].join("\n"),
    );
  } finally {
    await t.close();
    await database.close();
  }
}

void main();
