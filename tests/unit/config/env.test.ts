import { describe, expect, it } from 'vitest';
import { addressWarning, isLoopback, readSettings } from '../../../src/config/env.ts';
import { PUBLIC_ADDRESS } from '../../../src/config/address.ts';

describe('the site address', () => {
  it('is the committed address unless SITE_URL says otherwise', () => {
    expect(readSettings({}).siteUrl).toBe(PUBLIC_ADDRESS);
    expect(readSettings({ SITE_URL: 'https://staging.example' }).siteUrl).toBe('https://staging.example');
    expect(isLoopback(PUBLIC_ADDRESS)).toBe(false);
  });
  it('refuses an address that is not one, saying how to write it', () => {
    expect(() => readSettings({ SITE_URL: 'backstory.example' })).toThrow(/SITE_URL="backstory\.example" is not an absolute URL\. Fix:/);
  });
  it('knows the addresses of this machine', () => {
    for (const url of ['http://127.0.0.1:4321', 'http://localhost:3000', 'http://[::1]:8080', 'http://app.localhost']) expect(isLoopback(url), url).toBe(true);
    for (const url of ['https://backstory.example', 'http://10.0.0.5', 'https://127.example.com']) expect(isLoopback(url), url).toBe(false);
  });
  it('warns about a loopback address unless the build is declared a local preview', () => {
    expect(addressWarning(readSettings({ SITE_URL: 'http://127.0.0.1:4321' }))).toMatch(/^SITE_URL is http:\/\/127\.0\.0\.1:4321, an address on this machine/);
    expect(addressWarning(readSettings({ SITE_URL: 'http://127.0.0.1:4321', BACKSTORY_LOCAL_PREVIEW: '1' }))).toBeUndefined();
    expect(addressWarning(readSettings({}))).toBeUndefined();
  });
});

describe('BACKSTORY_SHARD_SIZE', () => {
  it('sets the explainers per search shard, and refuses what is not a count', () => {
    expect(readSettings({}).shardSize).toBeUndefined();
    expect(readSettings({ BACKSTORY_SHARD_SIZE: '4' }).shardSize).toBe(4);
    for (const bad of ['0', '-2', '2.5', 'many']) expect(() => readSettings({ BACKSTORY_SHARD_SIZE: bad })).toThrow(/BACKSTORY_SHARD_SIZE=.* Fix:/);
  });
});
