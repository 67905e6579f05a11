import { Injectable } from '@nestjs/common';

/** The one place that reads the time, so tests can move it (invitation and session expiry). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
