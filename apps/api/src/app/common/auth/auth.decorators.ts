import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { MemberRole } from '@labelklaar/domain';

import { RequestWithContext, SessionContext, TenantContext } from './request-context';

export const IS_PUBLIC = 'labelklaar:isPublic';
export const ROLES = 'labelklaar:roles';

/** Open to anyone; a session is still read when there is one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Needs a member of the session's active organisation with one of these roles. */
export const Roles = (...roles: MemberRole[]) => SetMetadata(ROLES, roles);

export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionContext | undefined =>
    context.switchToHttp().getRequest<RequestWithContext>().session,
);

export const CurrentTenant = createParamDecorator(
  (_data: unknown, context: ExecutionContext): TenantContext | undefined =>
    context.switchToHttp().getRequest<RequestWithContext>().tenant,
);
