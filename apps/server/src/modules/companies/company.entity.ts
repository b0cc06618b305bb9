import {
  COUNTY_CODES,
  SIZE_CLASSES,
  type CountyCode,
  type IneligibilityCode,
  type SizeClass,
} from "@smi/questionnaire";
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { CreatedAt, UpdatedAt, nullableTimestamp, sqlList } from "../../db/columns";

/** A company in the sampling frame. Contact fields are personal data: erasure blanks them and sets erasedAt. */
@Entity("companies")
@Index("UQ_companies_registration_code", ["registrationCode"], { unique: true })
// Filters of the researcher's company list.
@Index("IDX_companies_county", ["county"])
@Check("CHK_companies_county", `"county" IN (${sqlList(COUNTY_CODES)})`)
@Check("CHK_companies_size_class", `"size_class" IN (${sqlList(SIZE_CLASSES)})`)
// The researcher's list filters on eligibility ("all eligible companies in Bihor").
@Index("IDX_companies_eligible_county", ["eligible", "county"])
// Trigram indexes on smi_search_text(name) and (city) for the accent-blind search; TypeORM cannot describe them.
@Index("IDX_companies_search_name", { synchronize: false })
@Index("IDX_companies_search_city", { synchronize: false })
@Check("CHK_companies_figures", `"employees" >= 0 AND "turnover_eur" >= 0 AND "balance_sheet_eur" >= 0`)
export class Company {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "text" })
  name: string;

  /** Romanian CUI (cod unic de înregistrare), the natural key for re-imports. */
  @Column({ type: "text", nullable: true })
  registrationCode: string | null;

  @Column({ type: "text" })
  county: CountyCode;

  @Column({ type: "text", nullable: true })
  city: string | null;

  /** CAEN Rev. 2 activity code. */
  @Column({ type: "text", nullable: true })
  caenCode: string | null;

  @Column({ type: "integer", nullable: true })
  employees: number | null;

  @Column({ type: "double precision", nullable: true })
  turnoverEur: number | null;

  @Column({ type: "double precision", nullable: true })
  balanceSheetEur: number | null;

  @Column({ type: "boolean", nullable: true })
  hasMarketingDept: boolean | null;

  /**
   * Derived from the figures by @smi/questionnaire on every write, and stored so lists can filter in SQL.
   * Null when the headcount is unknown.
   */
  @Column({ type: "text", nullable: true })
  sizeClass: SizeClass | null;

  @Column({ type: "boolean", default: false })
  eligible: boolean;

  @Column({ type: "jsonb", default: [] })
  ineligibilityReasons: IneligibilityCode[];

  @Column({ type: "text", nullable: true })
  contactName: string | null;

  @Column({ type: "text", nullable: true })
  contactEmail: string | null;

  @Column(nullableTimestamp)
  erasedAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
