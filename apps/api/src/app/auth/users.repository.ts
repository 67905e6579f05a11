import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { UserEntity } from './entities/user.entity';

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByEmail(
    email: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  create(
    manager: EntityManager,
    user: Pick<UserEntity, 'email' | 'displayName' | 'passwordHash'> &
      Partial<Pick<UserEntity, 'platformAdmin' | 'language'>>,
  ): Promise<UserEntity> {
    return manager
      .getRepository(UserEntity)
      .save({ ...user, email: user.email.trim().toLowerCase() });
  }

  async setPasswordHash(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.getRepository(UserEntity).update({ id }, { passwordHash });
  }

  async setProfile(id: string, profile: Pick<UserEntity, 'displayName' | 'language'>) {
    await this.dataSource.getRepository(UserEntity).update({ id }, profile);
  }

  async setEmail(manager: EntityManager, id: string, email: string): Promise<void> {
    await manager.getRepository(UserEntity).update({ id }, { email: email.trim().toLowerCase() });
  }

  /** Grants or withdraws the platform admin flag; false when no account has this address. */
  async setPlatformAdmin(email: string, platformAdmin: boolean): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(UserEntity)
      .update({ email: email.trim().toLowerCase() }, { platformAdmin });
    return (result.affected ?? 0) > 0;
  }
}
