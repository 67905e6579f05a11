import { Module } from '@nestjs/common';

import { AuthModule } from '../auth/auth.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { DemoService } from './demo.service';

@Module({ imports: [AuthModule, OrganisationsModule], providers: [DemoService], exports: [DemoService] })
export class DemoModule {}
