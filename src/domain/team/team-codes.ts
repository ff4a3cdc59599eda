/**
 * The code lists of the collection floor, defined once: what a user may be (role) and what work they can
 * take beyond the ordinary (skills). Use cases validate against them; the queue's assignment reads them.
 */

/** What a user is on the floor; it decides which work and which approvals they may take. */
export const USER_ROLES = ['admin', 'manager', 'team_lead', 'collector', 'field_agent', 'legal', 'auditor'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Roles that work accounts from the queue (the others approve, review or read). */
export const WORKING_ROLES: readonly UserRole[] = ['team_lead', 'collector', 'field_agent', 'legal'];

/**
 * Roles that design the collection work and so submit changes to it: a strategy version (or a rollback,
 * which is a submission), the playbook, the message templates.
 */
export const SUBMITTER_ROLES: readonly UserRole[] = ['manager', 'team_lead', 'admin'];

/** The role whose approval activates a strategy version (four eyes). */
export const STRATEGY_APPROVER_ROLE: UserRole = 'manager';

/**
 * Skills an action may require: `sme` small-business and company debtors, `legal` legal reviews,
 * `field` visits, `collateral` collateral reviews, `negotiation` senior-tier negotiation,
 * `vulnerable` debtors flagged vulnerable (retirees, illness).
 */
export const SKILLS = ['sme', 'legal', 'field', 'collateral', 'negotiation', 'vulnerable'] as const;
export type Skill = (typeof SKILLS)[number];

/** Labels in both product languages. */
export const ROLE_LABELS: Readonly<Record<UserRole, { en: string; zh: string }>> = {
  admin: { en: 'administrator', zh: '系统管理员' },
  manager: { en: 'collection manager', zh: '催收经理' },
  team_lead: { en: 'team lead', zh: '组长' },
  collector: { en: 'collector', zh: '催收员' },
  field_agent: { en: 'field agent', zh: '外访员' },
  legal: { en: 'legal officer', zh: '法务专员' },
  auditor: { en: 'auditor', zh: '稽核员' },
};
