import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { UserEntity } from './entities/user.entity';
import { UsersRepository } from './users.repository';

export type NewAccount = Pick<UserEntity, 'email' | 'displayName' | 'passwordHash'> &
  Partial<Pick<UserEntity, 'platformAdmin'>>;

/** The accounts as other contexts (review access, the demo seed, the CLI) use them. */
@Injectable()
export class UsersService {
  constructor(private readonly repository: UsersRepository) {}

  /** By address, lower-cased; inside the caller's transaction when a manager is given. */
  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repository.findByEmail(email, manager);
  }

  create(manager: EntityManager, account: NewAccount): Promise<UserEntity> {
    return this.repository.create(manager, account);
  }

  /** Grants or withdraws the platform admin flag; false when no account has this address. */
  setPlatformAdmin(email: string, platformAdmin: boolean): Promise<boolean> {
    return this.repository.setPlatformAdmin(email, platformAdmin);
  }
}
