/**
 * type-graphql's auth checker: every operation carries @Authorized(role). No principal →
 * UNAUTHENTICATED; a role too low → FORBIDDEN. Both are decided before the resolver runs,
 * so neither reveals whether a requested report exists.
 */
import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { allows, isRole, Principal } from '../security/roles';

const unauthenticated = (): GraphQLError =>
  new GraphQLError('Authentication required: send an API key as "Authorization: Bearer <key>".', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });

export const authChecker: AuthChecker<{ principal: Principal | null }> = ({ context }, roles) => {
  const { principal } = context;
  if (!principal) throw unauthenticated();
  const required = roles.find(isRole) ?? 'reader';
  if (!allows(principal.role, required)) {
    throw new GraphQLError(`Forbidden: this operation needs the ${required} role.`, { extensions: { code: 'FORBIDDEN' } });
  }
  return true;
};
