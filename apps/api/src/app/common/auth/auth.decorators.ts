import { Permission } from '@labelklaar/domain';

import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';

import { RequestWithContext, SessionContext, TenantContext } from './request-context';

export const IS_PUBLIC = 'labelklaar:isPublic';
export const PERMISSION = 'labelklaar:permission';

/** Open to anyone; a session is still read when there is one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * Needs an actor the permission table (libs/domain permissions.ts) allows: a member of the active
 * organisation in an allowed role, a reviewer whose invitation covers the round in the path, or a
 * platform admin. The guard resolves which, on the server.
 */
export const Can = (permission: Permission) => SetMetadata(PERMISSION, permission);

export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionContext | undefined =>
    context.switchToHttp().getRequest<RequestWithContext>().session,
);

export const CurrentTenant = createParamDecorator(
  (_data: unknown, context: ExecutionContext): TenantContext | undefined =>
    context.switchToHttp().getRequest<RequestWithContext>().tenant,
);
