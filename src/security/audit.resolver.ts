import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../api/context';
import type { AuditEvent } from './audit-log';
import { AuditEventRecord, AuditEventsArgs } from './audit.type';

@Authorized('admin')
@Resolver()
export class AuditResolver {
  @Query(() => [AuditEventRecord], { description: 'The audit trail, newest first (admins only).' })
  auditEvents(@Args() { first, before, keyName }: AuditEventsArgs, @Ctx() ctx: RequestContext): Promise<AuditEvent[]> {
    return ctx.audit.page(first, before ?? null, keyName ?? null);
  }
}
