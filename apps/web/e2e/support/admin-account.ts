/** The administrator the e2e server creates on its fresh database (ADMIN_EMAIL / ADMIN_PASSWORD;
 * the e-mail is the server's default, which suites that start their own server rely on). */
export const E2E_ADMIN = { email: "admin@smi-survey.local", password: "e2e-admin-password-1" } as const;
