/**
 * The ceiling the respondent path is measured against: the least an Apollo Server 5 on Express can do for the same
 * requests on the same database, one statement each, no checks, each a named prepared statement as the built
 * server's are (PostgreSQL plans it once per connection). Run as its own process by respondent.bench.ts:
 * `node … minimal-server.ts <port> <database url> <pool size>`; prints "ready" when it listens.
 */
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import pg from "pg";

const [port, databaseUrl, poolSize] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolSize) });

const typeDefs = `#graphql
  type Query { ok: Boolean }
  type SavedAnswer { itemId: String! value: Int! status: String! }
  type CountyComparison { county: String! peers: Int! available: Boolean! peerMeanScore: Float percentile: Int }
  type RespondentResult {
    totalScore: Int! category: String! submittedAt: String! lowestItems: [String!]!
    countyComparison: CountyComparison
  }
  type Mutation {
    saveAnswer(token: String!, itemId: String!, value: Int!): SavedAnswer!
    submitResponse(token: String!, reviewedRevision: String): RespondentResult!
  }
`;

type AnswerArgs = { token: string; itemId: string; value: number };

const resolvers = {
  Mutation: {
    async saveAnswer(_: unknown, { token, itemId, value }: AnswerArgs) {
      const { rows } = await pool.query({
        name: "save-answer",
        text: `UPDATE responses r SET answers = r.answers || jsonb_build_object($2::text, $3::int), updated_at = now()
           FROM invitations i WHERE i.token = $1 AND r.invitation_id = i.id AND r.status = 'draft'
         RETURNING i.status`,
        values: [token, itemId, value],
      });
      return { itemId, value, status: rows[0].status };
    },
    // The same two rows a submit changes, in one statement, scored in SQL; no county comparison.
    async submitResponse(_: unknown, { token }: { token: string }) {
      const { rows } = await pool.query({
        name: "submit",
        text: `WITH invitation AS (
           UPDATE invitations SET status = 'completed', completed_at = now() WHERE token = $1 RETURNING id
         ), scored AS (
           SELECT r.id, (SELECT sum(value::int)::int FROM jsonb_each_text(r.answers)) AS total
             FROM responses r JOIN invitation ON r.invitation_id = invitation.id WHERE r.status = 'draft'
         )
         UPDATE responses r SET status = 'submitted', submitted_at = now(), scoring_key = 'bench',
                total_score = s.total, category = CASE WHEN s.total < 40 THEN 'undefined' WHEN s.total < 60
                  THEN 'defined' WHEN s.total < 80 THEN 'aligned' ELSE 'integrated' END
           FROM scored s WHERE r.id = s.id
         RETURNING s.total, r.category, r.submitted_at`,
        values: [token],
      });
      const [submitted] = rows;
      return {
        totalScore: submitted.total,
        category: submitted.category,
        submittedAt: submitted.submitted_at.toISOString(),
        lowestItems: [],
        countyComparison: null,
      };
    },
  },
};

async function main(): Promise<void> {
  const apollo = new ApolloServer({ typeDefs, resolvers });
  await apollo.start();
  const app = express();
  app.use("/graphql", express.json(), expressMiddleware(apollo));
  http.createServer(app).listen(Number(port), "127.0.0.1", () => process.stdout.write("ready\n"));
}

void main();
