import type { Role } from "../../gql/graphql";

export type { Role };

/** Most rights first. A Record over the generated enum: a role the server adds does not compile until placed here. */
const RANK: Record<Role, number> = { administrator: 0, researcher: 1, viewer: 2 };

export const ROLES: readonly Role[] = (Object.keys(RANK) as Role[]).sort((a, b) => RANK[a] - RANK[b]);
