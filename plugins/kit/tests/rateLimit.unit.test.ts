import { describe, expect, it } from 'vitest'

import { emailDomainOf, isLoopback, networkOf } from '../rateLimit'

describe('kit: networks, loopback and email domains for rate limits', () => {
  it('should keep an IPv4 /24 and an IPv6 /48, never the address', () => {
    expect(networkOf('203.0.113.45')).toBe('203.0.113.0/24')
    expect(networkOf('::ffff:198.51.100.7')).toBe('198.51.100.0/24')
    expect(networkOf('2001:db8:abcd:12::1')).toBe('2001:db8:abcd::/48')
    expect(networkOf('2001:0DB8:0000:0042:0000:8a2e:0370:7334')).toBe('2001:db8:0::/48')
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0::/48')
    expect(networkOf('::1')).toBe('0:0:0::/48')
    expect(networkOf('[2001:db8:1:2::3]')).toBe('2001:db8:1::/48')
    expect(networkOf('unknown')).toBeNull()
    expect(networkOf('')).toBeNull()
    expect(networkOf(null)).toBeNull()
    expect(networkOf('999.1.1.1')).toBeNull()
  })

  it('should tell the machine itself apart', () => {
    expect(isLoopback('127.0.0.1')).toBe(true)
    expect(isLoopback('127.8.9.10')).toBe(true)
    expect(isLoopback('::1')).toBe(true)
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true)
    expect(isLoopback('128.0.0.1')).toBe(false)
    expect(isLoopback('10.0.0.1')).toBe(false)
    expect(isLoopback(null)).toBe(false)
  })

  it('should read an email’s domain, lowercased', () => {
    expect(emailDomainOf('Jean@Exemple.CA')).toBe('exemple.ca')
    expect(emailDomainOf('a@b@c.example')).toBe('c.example')
    expect(emailDomainOf('sans-arobase')).toBeNull()
    expect(emailDomainOf('fin@')).toBeNull()
    expect(emailDomainOf(null)).toBeNull()
  })
})
