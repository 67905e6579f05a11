import { Permission } from '@labelklaar/domain';

import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

import { RequestWithContext, SessionContext, TenantContext } from './request-context';

export const IS_PUBLIC = 'labelklaar:isPublic';
export const PERMISSION = 'labelklaar:permission';
/** The OpenAPI extension naming an operation's permission (libs/domain permissions.ts). */
export const PERMISSION_EXTENSION = 'x-labelklaar-permission';

/** Open to anyone; a session is still read when there is one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * Needs an actor the permission table (libs/domain permissions.ts) allows: a member of the active
 * organisation in an allowed role, a reviewer whose invitation covers the round in the path, or a
 * platform admin. The guard resolves which, on the server.
 */
export const Can = (permission: Permission) =>
  applyDecorators(
    SetMetadata(PERMISSION, permission),
    // Documented with the operation, so tools that read the OpenAPI document know who may call it.
    ApiExtension(PERMISSION_EXTENSION, permission),
  );

export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionContext | undefined =>
    context.switchToHttp().getRequest<RequestWithContext>().session,
);

export const CurrentTenant = createParamDecorator(
  (_data: unknown, context: ExecutionContext): TenantContext | undefined =>
    context.switchToHttp().getRequest<RequestWithContext>().tenant,
);
