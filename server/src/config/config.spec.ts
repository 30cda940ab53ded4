import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('trusts a load balancer on loopback by default', () => {
    expect(loadConfig({}).trustProxy).toEqual(['loopback']);
  });

  it('reads TRUST_PROXY as names, addresses and ranges, or as a hop count', () => {
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,192.168.1.7' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.168.1.7',
    ]);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it('refuses a TRUST_PROXY entry that is not an address, naming the variable', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'the-balancer' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'the-balancer' })).toThrow(
      /^Invalid environment variable TRUST_PROXY: .*the-balancer/,
    );
  });

  it('refuses a bad PORT, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid environment variable PORT/);
  });
});

describe('HOST', () => {
  it('is loopback in demo mode unless set, since the demo accounts have known passwords', () => {
    expect(loadConfig({})).toMatchObject({ demo: true, host: '127.0.0.1', hostExplicit: false });
    expect(loadConfig({ HOST: '' })).toMatchObject({ host: '127.0.0.1', hostExplicit: false });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/lagesbild', DEMO: '1' })).toMatchObject({ host: '127.0.0.1' });
  });

  it('is every interface outside demo mode, and what it says when set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/lagesbild' })).toMatchObject({ demo: false, host: '0.0.0.0' });
    expect(loadConfig({ HOST: '0.0.0.0' })).toMatchObject({ demo: true, host: '0.0.0.0', hostExplicit: true });
  });
});
