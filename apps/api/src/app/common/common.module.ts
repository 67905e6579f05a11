import { Global, Module } from '@nestjs/common';

import { Clock } from './clock';
import { CsrfTokens } from './csrf/csrf-tokens.service';
import { ExpressErrorBridge } from './problems/express-error-bridge';

@Global()
@Module({
  providers: [Clock, CsrfTokens, ExpressErrorBridge],
  exports: [Clock, CsrfTokens],
})
export class CommonModule {}
