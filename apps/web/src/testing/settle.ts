import { ComponentFixture } from '@angular/core/testing';

/** Lets pending promise chains (awaited HTTP calls in handlers) finish, then renders. */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}
