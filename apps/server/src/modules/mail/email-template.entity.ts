import { LOCALES, type Locale } from "@smi/questionnaire";
import { Check, Column, Entity, PrimaryColumn } from "typeorm";
import { UpdatedAt, sqlList } from "../../db/columns";
import { TEMPLATE_KINDS, type TemplateKind } from "./email-kind";

/** The researchers' editable text of one kind of e-mail in one language; seeded by a migration. */
@Entity("email_templates")
@Check("CHK_email_templates_kind", `"kind" IN (${sqlList(TEMPLATE_KINDS)})`)
@Check("CHK_email_templates_locale", `"locale" IN (${sqlList(LOCALES)})`)
export class EmailTemplate {
  @PrimaryColumn({ type: "text" })
  kind: TemplateKind;

  @PrimaryColumn({ type: "text" })
  locale: Locale;

  @Column({ type: "text" })
  subject: string;

  @Column({ type: "text" })
  body: string;

  /** The account that last changed it (its id, never its address); null when that editor is not known. */
  @Column({ type: "uuid", nullable: true })
  updatedBy: string | null;

  @UpdatedAt()
  updatedAt: Date;
}
