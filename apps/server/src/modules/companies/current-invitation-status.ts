/** The stored status of the invitation that counts for company c: its newest one that was not revoked. */
export const CURRENT_INVITATION_STATUS = `(SELECT i.status FROM invitations i WHERE i.company_id = c.id AND i.status <> 'revoked'
  ORDER BY i.created_at DESC LIMIT 1)`;
