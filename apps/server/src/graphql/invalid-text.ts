import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, visit, type DocumentNode, type ValueNode } from "graphql";
import { badInput, withHttpStatus, type FieldError } from "../common/app-error";

// NUL, or half of a surrogate pair: PostgreSQL cannot store either in text or jsonb.
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MESSAGE = "contains a character that cannot be stored (a NUL byte or an unpaired surrogate)";

/** Paths (from the argument name) of every unstorable string in a variable's value, keys included. */
function badStringsIn(value: unknown, path: string): string[] {
  const found: string[] = [];
  const stack: Array<[unknown, string]> = [[value, path]];
  while (stack.length) {
    const [current, at] = stack.pop()!;
    if (typeof current === "string") {
      if (UNSTORABLE.test(current)) found.push(at);
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push([item, `${at}.${i}`]));
    } else if (current && typeof current === "object") {
      for (const [key, item] of Object.entries(current)) {
        if (UNSTORABLE.test(key)) found.push(at);
        else stack.push([item, `${at}.${key}`]);
      }
    }
  }
  return found;
}

/**
 * Where each variable is used, as argument paths (`input.name` for `input: { name: $n }`), and the paths of
 * unstorable string literals.
 */
function scanArguments(document: DocumentNode): { uses: Map<string, string[]>; literalProblems: string[] } {
  const uses = new Map<string, string[]>();
  const literalProblems: string[] = [];
  visit(document, {
    Argument(argument) {
      const stack: Array<[ValueNode, string]> = [[argument.value, argument.name.value]];
      while (stack.length) {
        const [node, at] = stack.pop()!;
        if (node.kind === Kind.VARIABLE)
          uses.set(node.name.value, [...(uses.get(node.name.value) ?? []), at]);
        else if (node.kind === Kind.STRING && UNSTORABLE.test(node.value)) literalProblems.push(at);
        else if (node.kind === Kind.LIST) node.values.forEach((v, i) => stack.push([v, `${at}.${i}`]));
        else if (node.kind === Kind.OBJECT)
          for (const field of node.fields) stack.push([field.value, `${at}.${field.name.value}`]);
      }
    },
  });
  return { uses, literalProblems };
}

// Apollo keeps one parsed document per query text: each is scanned once, not on every request.
const scans = new WeakMap<DocumentNode, ReturnType<typeof scanArguments>>();
function scanOnce(document: DocumentNode): ReturnType<typeof scanArguments> {
  let scan = scans.get(document);
  if (!scan) {
    scan = scanArguments(document);
    scans.set(document, scan);
  }
  return scan;
}

/**
 * One place for text PostgreSQL would refuse: a NUL byte or a lone surrogate in any argument, literal or variable,
 * is answered BAD_USER_INPUT naming the argument path, before any resolver runs (instead of a database error).
 */
export const invalidTextPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const { uses, literalProblems } = scanOnce(document);
        const paths = [...literalProblems];
        for (const [name, value] of Object.entries(request.variables ?? {})) {
          const bad = badStringsIn(value, "");
          for (const argumentPath of uses.get(name) ?? [`$${name}`])
            paths.push(...bad.map((suffix) => `${argumentPath}${suffix}`));
        }
        if (!paths.length) return;
        const fieldErrors: FieldError[] = [...new Set(paths)].map((field) => ({
          field,
          code: "UNSTORABLE_TEXT",
          message: MESSAGE,
        }));
        throw withHttpStatus(
          badInput(
            `Invalid input: ${fieldErrors.map((f) => `${f.field}: ${f.message}`).join("; ")}`,
            fieldErrors,
          ),
          400,
        );
      },
    };
  },
};
