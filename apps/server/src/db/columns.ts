import { CreateDateColumn, UpdateDateColumn, type ColumnOptions } from "typeorm";

/** Every timestamp is timestamptz: respondents and researchers are in different time zones from servers. */
export const CreatedAt = () => CreateDateColumn({ type: "timestamptz" });
export const UpdatedAt = () => UpdateDateColumn({ type: "timestamptz" });
export const nullableTimestamp: ColumnOptions = { type: "timestamptz", nullable: true };

/** Lists values as SQL literals for CHECK constraints built from the domain's constant lists. */
export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");
