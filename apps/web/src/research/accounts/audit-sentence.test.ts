import type { County } from "../../gql/graphql";
import { auditSentence } from "./audit-sentence";
import { auditTextEn } from "../i18n/audit-text.en";
import { auditTextRo } from "../i18n/audit-text.ro";

const entry = {
  id: "1",
  seq: "1",
  at: "2026-12-01T10:00:00Z",
  action: "INVITATION_CREATE" as const,
  clientIp: "127.0.0.1",
  details: JSON.stringify({ count: 12 }),
  hash: "00",
  actor: { id: "a1", name: "Ana Pop", erased: false },
  subject: null,
  companyCount: 12,
  counties: ["BH"] satisfies County[],
  companies: [{ id: "c1", name: "Crișul SRL", erased: false }],
};

describe("audit entries in words", () => {
  it("names the actor and the companies concerned, in Romanian and English", () => {
    expect(auditSentence(auditTextRo, entry)).toBe("Ana Pop a trimis invitații către 12 firme din Bihor");
    expect(auditSentence(auditTextEn, entry)).toBe("Ana Pop sent invitations to 12 companies in Bihor");
    const many = { ...entry, companyCount: 40, counties: ["BH", "CJ", "TM", "AR"] satisfies County[] };
    expect(auditSentence(auditTextRo, many)).toBe(
      "Ana Pop a trimis invitații către 40 de firme din 4 județe",
    );
    const two = { ...entry, companyCount: 3, counties: ["BH", "CJ"] satisfies County[] };
    expect(auditSentence(auditTextEn, two)).toBe("Ana Pop sent invitations to 3 companies in Bihor and Cluj");
  });

  it("shows an erased company and the system as such", () => {
    const erase = {
      ...entry,
      action: "COMPANY_ERASE" as const,
      actor: null,
      details: JSON.stringify({ responsesDeleted: 1 }),
      subject: {
        type: "COMPANY" as const,
        id: "5f3c2a10-0000-4000-8000-000000000000",
        name: null,
        erased: true,
      },
    };
    expect(auditSentence(auditTextRo, erase)).toBe(
      "Sistemul a șters datele de contact pentru firma ștearsă #5f3c2a10, cu 1 răspuns",
    );
    expect(auditSentence(auditTextEn, erase)).toBe(
      "The system erased the contact data of erased company #5f3c2a10 and 1 response",
    );
  });
});
