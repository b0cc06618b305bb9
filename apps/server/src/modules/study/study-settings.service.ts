import { STUDY_TEXT_FIELDS } from "@smi/questionnaire";
import type { DataSource } from "typeorm";
import { badInput } from "../../common/app-error";
import type { Env } from "../../config/env";
import { audit, type Actor } from "../audit/audit.service";
import { StudySettings } from "./study-settings.entity";
import { checkStudySettings, loadStudySettings, toStudyInfo } from "./study-settings";
import type { StudyInfo, StudySettingsInput } from "./study-settings.types";

export class StudySettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Env,
  ) {}

  async info(): Promise<StudyInfo> {
    return toStudyInfo(await loadStudySettings(this.dataSource.manager, this.env));
  }

  /** Replaces every setting at once; the audit entry names the fields that changed, never their values. */
  async update(actor: Actor, input: StudySettingsInput): Promise<StudyInfo> {
    const { values, problems } = checkStudySettings(input);
    if (problems.length) throw badInput("The study settings cannot be saved as they are.", problems);
    return this.dataSource.transaction(async (manager) => {
      await loadStudySettings(manager, this.env);
      const current = await manager.findOneOrFail(StudySettings, {
        where: { id: 1 },
        lock: { mode: "pessimistic_write" },
      });
      const changed = [...STUDY_TEXT_FIELDS, "retentionMonths" as const].filter(
        (field) => current[field] !== values[field],
      );
      Object.assign(current, values, { updatedBy: actor.id });
      const saved = await manager.save(current);
      await audit(manager, actor, {
        action: "study.settings_update",
        details: { fields: changed, retentionMonths: values.retentionMonths },
      });
      return toStudyInfo(saved);
    });
  }
}
