import { HttpRequest } from '@angular/common/http';

export const API_PREFIX = '/api/';

export function isApiRequest(request: HttpRequest<unknown>): boolean {
  return request.url.startsWith(API_PREFIX);
}
