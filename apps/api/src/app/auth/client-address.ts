import ipaddr from 'ipaddr.js';

/**
 * The address a limit counts against. IPv4 as is (an IPv4-mapped IPv6 address is its IPv4);
 * IPv6 by its /64, because one home or server holds a whole /64 and could hop through it.
 */
export function clientAddressOf(ip: string | undefined): string {
  if (!ip || !ipaddr.isValid(ip)) {
    return 'unknown';
  }
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') {
    return address.toString();
  }
  const prefix = (address as ipaddr.IPv6).parts.slice(0, 4);
  return `${prefix.map((part) => part.toString(16)).join(':')}::/64`;
}
