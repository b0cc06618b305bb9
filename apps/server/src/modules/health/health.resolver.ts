import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { checkHealth } from "./health.service";
import { Health } from "./health.types";

@Resolver(() => Health)
export class HealthResolver {
  @Query(() => Health, { description: "Liveness of the API and its database; public." })
  health(@Ctx() { dataSource }: Context): Promise<Health> {
    return checkHealth(dataSource);
  }
}
