import { withCheckDigit } from "../companies/registration-code";
import type { SeededRandom } from "./seeded-random";

const FIRST = [
  "Transilvania",
  "Someș",
  "Crișul",
  "Mureș",
  "Bega",
  "Apuseni",
  "Carpatic",
  "Dacia",
  "Vest",
  "Nord",
];
const SECOND = [
  "Logistic",
  "Agro",
  "Tehnic",
  "Mobila",
  "Textil",
  "Soft",
  "Construct",
  "Food",
  "Print",
  "Trade",
];
const FORMS = ["SRL", "SRL", "SRL", "SA"];
const GIVEN = ["Andrei", "Ioana", "Mihai", "Elena", "Radu", "Cristina", "Vlad", "Ana", "Sorin", "Oana"];
const FAMILY = ["Popescu", "Pop", "Mureșan", "Rus", "Moldovan", "Toth", "Lazăr", "Stan", "Ilie", "Varga"];
const CAEN = ["4690", "4941", "3101", "1413", "6201", "4120", "1071", "1812", "4711", "2562"];

export interface DemoCompanyIdentity {
  name: string;
  registrationCode: string;
  caenCode: string;
  contactName: string;
  contactEmail: string;
}

/** Fictitious but realistic-looking identities; e-mails use example.ro, a reserved domain that receives no mail. */
export function demoCompanyIdentity(rng: SeededRandom, index: number): DemoCompanyIdentity {
  const name = `${rng.pick(FIRST)} ${rng.pick(SECOND)} ${index + 1} ${rng.pick(FORMS)}`;
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return {
    name,
    registrationCode: withCheckDigit(1_400_000 + index * 791),
    caenCode: rng.pick(CAEN),
    contactName: `${rng.pick(GIVEN)} ${rng.pick(FAMILY)}`,
    contactEmail: `manager@${slug}.example.ro`,
  };
}
