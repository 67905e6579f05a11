import { bootstrapApplication } from '@angular/platform-browser';

import { AppComponent } from './app/app.component';
import { appConfig } from './app/app.config';

bootstrapApplication(AppComponent, appConfig).catch((error: unknown) => {
  // eslint-disable-next-line no-console -- nothing else can report a failed bootstrap
  console.error(error);
});
