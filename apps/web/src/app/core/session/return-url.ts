/** Only same-app paths are followed after login, so a crafted link cannot send users elsewhere. */
export function safeReturnUrl(returnUrl: string | null | undefined): string {
  if (
    !returnUrl ||
    !returnUrl.startsWith('/') ||
    returnUrl.startsWith('//') ||
    returnUrl.includes('\\')
  ) {
    return '/';
  }
  return returnUrl;
}
