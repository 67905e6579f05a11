import { Response } from 'supertest';

export const PROBLEM_JSON = /^application\/problem\+json/;

/** Every Set-Cookie header of a response, whether supertest gives one or many. */
export function setCookies(response: Response): string[] {
  return ([] as string[]).concat(response.headers['set-cookie'] ?? []);
}

/** The whole Set-Cookie line for one cookie, attributes included. */
export function setCookie(response: Response, name: string): string | undefined {
  return setCookies(response).find((cookie) => cookie.startsWith(`${name}=`));
}

/** Just the value of a cookie the response sets. */
export function cookieValue(response: Response, name: string): string | undefined {
  return setCookie(response, name)
    ?.split(';')[0]
    .slice(name.length + 1);
}
