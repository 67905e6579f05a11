import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { MemberRole } from '@labelklaar/domain';

import { forbidden } from '../problems/problem.exception';
import { RequestWithContext } from './request-context';

/** Who acts, in which organisation and role: the tenant and the session of a @Roles route together. */
export interface Actor {
  organisationId: string;
  membershipId: string;
  role: MemberRole;
  userId: string;
  displayName: string;
}

export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => {
    const { tenant, session } = context.switchToHttp().getRequest<RequestWithContext>();
    if (!tenant || !session) {
      // Only routes with @Roles have a tenant; anything else is a wiring mistake, never a pass.
      throw forbidden();
    }
    return { ...tenant, userId: session.userId, displayName: session.displayName };
  },
);
