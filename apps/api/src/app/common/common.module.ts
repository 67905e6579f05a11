import { Global, Module } from '@nestjs/common';

import { Clock } from './clock';
import { CsrfTokens } from './csrf/csrf-tokens.service';

@Global()
@Module({ providers: [Clock, CsrfTokens], exports: [Clock, CsrfTokens] })
export class CommonModule {}
