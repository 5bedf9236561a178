/** Roles, from least to most trusted; each includes what the one before may do. */
export const ROLES = ['reader', 'annotator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function allows(held: Role, required: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(required);
}

/** Who is calling: an API key's holder, or the local demo user when no keys are configured. */
export interface Principal {
  keyId: string;
  name: string;
  role: Role;
}

export const DEMO_PRINCIPAL: Principal = { keyId: 'local-demo', name: 'local demo (no keys configured)', role: 'admin' };
