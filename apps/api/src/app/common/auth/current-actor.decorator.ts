import { ActorKind } from '@labelklaar/domain';

import { createParamDecorator, ExecutionContext } from '@nestjs/common';

import { forbidden } from '../problems/problem.exception';
import { RequestWithContext, ReviewerGrant } from './request-context';

/** Who acts, in which organisation and as what: the tenant and the session of a @Can route together. */
export interface Actor {
  organisationId: string;
  /** Null for a reviewer (see TenantContext). */
  membershipId: string | null;
  role: ActorKind;
  userId: string;
  displayName: string;
  review?: ReviewerGrant;
}

export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => {
    const { tenant, session } = context.switchToHttp().getRequest<RequestWithContext>();
    if (!tenant || !session) {
      // Only routes with a member/reviewer @Can have a tenant; anything else is a wiring mistake, never a pass.
      throw forbidden();
    }
    return { ...tenant, userId: session.userId, displayName: session.displayName };
  },
);
