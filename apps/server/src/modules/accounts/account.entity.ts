import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { CreatedAt, UpdatedAt, nullableTimestamp, sqlList } from "../../db/columns";
import { ROLES, type Role } from "./role";

@Entity("accounts")
@Index("UQ_accounts_email", ["email"], { unique: true })
@Check("CHK_accounts_role", `"role" IN (${sqlList(ROLES)})`)
@Check("CHK_accounts_email_lowercase", `"email" = lower("email")`)
export class Account {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Stored lower-cased so sign-in is case-insensitive and the unique index holds. */
  @Column({ type: "text" })
  email: string;

  @Column({ type: "text" })
  displayName: string;

  @Column({ type: "text" })
  role: Role;

  /** argon2id, PHC string format; null until the owner chooses a password through the e-mailed link. */
  @Column({ type: "text", nullable: true })
  passwordHash: string | null;

  /** Rights beyond the role's (GRANTABLE_RIGHTS), given by an administrator. */
  @Column({ type: "text", array: true, default: () => "'{}'" })
  grants: string[];

  @Column(nullableTimestamp)
  disabledAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
