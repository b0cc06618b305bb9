import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Whether the service and its database are working." })
export class Health {
  @Field({ description: '"ok" when the database answers, otherwise "degraded".' })
  status: string;

  @Field({ description: "Version of the running server." })
  version: string;

  @Field({ description: '"up" or "down".' })
  database: string;
}
