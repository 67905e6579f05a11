import { Module } from '@nestjs/common';

import { BackupControlService } from './backup-control.service';

@Module({
  providers: [BackupControlService],
})
export class BackupModule {}
