import type { ApolloServerPlugin } from "@apollo/server";
import { type MiddlewareFn, UseMiddleware } from "type-graphql";
import { hasRight, type Right } from "../modules/accounts/rights";
import { audit } from "../modules/audit/audit.service";
import type { Context } from "./context";

/**
 * Kinds of personal data whose every read is recorded, and the right each needs. Contacts and answers are recorded
 * by company id, answers of a response without a company (imported from paper) by response id, e-mails by message id.
 */
const RIGHT_TO_READ = {
  contacts: "READ_CONTACTS",
  answers: "READ_ANSWERS",
  responseAnswers: "READ_ANSWERS",
  emails: "READ_CONTACTS",
} as const satisfies Record<string, Right>;
export type PersonalDataKind = keyof typeof RIGHT_TO_READ;

/** Whose personal data one request read, by kind; written to the audit log as one entry. */
export class PersonalDataReads {
  private readonly ids = new Map<PersonalDataKind, Set<string>>();

  record(kind: PersonalDataKind, id: string): void {
    (this.ids.get(kind) ?? this.ids.set(kind, new Set()).get(kind)!).add(id);
  }

  get isEmpty(): boolean {
    return this.ids.size === 0;
  }

  /**
   * The objects read under companyIds, responseIds and emailIds, as every audit entry lists what it concerns (so an
   * access request finds the reads of a company), and what was read of each kind.
   */
  toDetails(): Record<string, unknown> {
    const sorted = (...kinds: PersonalDataKind[]) =>
      [...new Set(kinds.flatMap((kind) => [...(this.ids.get(kind) ?? [])]))].sort();
    const related = {
      companyIds: sorted("contacts", "answers"),
      responseIds: sorted("responseAnswers"),
      emailIds: sorted("emails"),
    };
    return {
      ...Object.fromEntries(Object.entries(related).filter(([, ids]) => ids.length > 0)),
      read: Object.fromEntries([...this.ids.keys()].map((kind) => [kind, sorted(kind)])),
    };
  }
}

/**
 * A field holding personal data: null for an account without the right to read it (so one query serves every role),
 * and otherwise recorded as read. The field must be nullable.
 */
export function PersonalData<Root>(kind: PersonalDataKind, idOf: (root: Root) => string) {
  const middleware: MiddlewareFn<Context> = async ({ context, root }, next) => {
    if (!context.account || !hasRight(context.account, RIGHT_TO_READ[kind])) return null;
    const value: unknown = await next();
    if (value !== null && value !== undefined) context.personalDataReads.record(kind, idOf(root as Root));
    return value;
  };
  return UseMiddleware(middleware);
}

/**
 * Writes what a request read to the audit log before the response leaves. If the entry cannot be written, the
 * response carries an error instead of the data: no personal data is shown without a record of it.
 */
export const personalDataAuditPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const { personalDataReads: reads, account } = contextValue;
        if (reads.isEmpty || !account || response.body.kind !== "single") return;
        try {
          await audit(contextValue.dataSource.manager, account, {
            action: "personal_data.read",
            details: reads.toDetails(),
          });
        } catch (error) {
          contextValue.log.error({ err: error }, "could not record a read of personal data");
          response.body.singleResult = {
            errors: [
              {
                message: "The data could not be shown; please try again.",
                extensions: { code: "INTERNAL_SERVER_ERROR" },
              },
            ],
          };
        }
      },
    };
  },
};
