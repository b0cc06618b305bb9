import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { CreatedAt, sqlList } from "../../db/columns";
import { Account } from "./account.entity";

/** reset: "forgot your password"; setup: a new account's first password, chosen by its owner. */
export const PASSWORD_TOKEN_PURPOSES = ["reset", "setup"] as const;
export type PasswordTokenPurpose = (typeof PASSWORD_TOKEN_PURPOSES)[number];

/**
 * A single-use link to choose a password, e-mailed to the account's address. Only a SHA-256 of the token is stored,
 * as for sessions; the row is deleted when used, and every other token of the account with it.
 */
@Entity("password_tokens")
@Index("UQ_password_tokens_token_hash", ["tokenHash"], { unique: true })
@Index("IDX_password_tokens_account", ["accountId"])
@Check("CHK_password_tokens_purpose", `"purpose" IN (${sqlList(PASSWORD_TOKEN_PURPOSES)})`)
export class PasswordToken {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: "CASCADE" })
  @JoinColumn({ name: "account_id", foreignKeyConstraintName: "FK_password_tokens_account" })
  account?: Account;

  @Column({ type: "text" })
  purpose: PasswordTokenPurpose;

  @Column({ type: "text" })
  tokenHash: string;

  @Column({ type: "timestamptz" })
  expiresAt: Date;

  @CreatedAt()
  createdAt: Date;
}
