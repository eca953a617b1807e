import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config';

const SIGN_IN = {
  KINBOARD_OIDC_ISSUER: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
  KINBOARD_OIDC_CLIENT_ID: 'client',
  KINBOARD_OIDC_CLIENT_SECRET: 'secret',
  KINBOARD_PUBLIC_ORIGIN: 'https://kinboard.example.gov.uk/',
};

describe('configuration from the environment', () => {
  it('without KINBOARD_OIDC_* there is no sign-in and boards are kept', () => {
    const config = configFromEnv({});
    expect(config.oidc).toBeNull();
    expect(config.retentionDays).toBeNull();
  });

  it('reads sign-in and retention, and keeps the public origin without a trailing slash', () => {
    const config = configFromEnv({ ...SIGN_IN, KINBOARD_RETENTION_DAYS: '365' });
    expect(config.oidc).toEqual({ issuer: SIGN_IN.KINBOARD_OIDC_ISSUER, clientId: 'client', clientSecret: 'secret' });
    expect(config.publicOrigin).toBe('https://kinboard.example.gov.uk');
    expect(config.retentionDays).toBe(365);
  });

  it('names the missing sign-in variables', () => {
    expect(() => configFromEnv({ KINBOARD_OIDC_ISSUER: SIGN_IN.KINBOARD_OIDC_ISSUER })).toThrow(
      'Staff sign-in needs KINBOARD_OIDC_CLIENT_ID and KINBOARD_OIDC_CLIENT_SECRET as well',
    );
  });

  it('needs the public origin for the sign-in redirect address', () => {
    const { KINBOARD_PUBLIC_ORIGIN: _origin, ...rest } = SIGN_IN;
    expect(() => configFromEnv(rest)).toThrow(/KINBOARD_PUBLIC_ORIGIN must be set/);
  });

  it('refuses a plain-http issuer except on this machine', () => {
    expect(() => configFromEnv({ ...SIGN_IN, KINBOARD_OIDC_ISSUER: 'http://idp.example.com' })).toThrow(/must be an https address/);
    expect(configFromEnv({ ...SIGN_IN, KINBOARD_OIDC_ISSUER: 'http://127.0.0.1:9300' }).oidc?.issuer).toBe('http://127.0.0.1:9300');
  });

  it('refuses a retention of zero days or a word', () => {
    expect(() => configFromEnv({ KINBOARD_RETENTION_DAYS: '0' })).toThrow(/at least 1/);
    expect(() => configFromEnv({ KINBOARD_RETENTION_DAYS: 'a year' })).toThrow(/whole number/);
  });

  it('[PG1] KINBOARD_DATABASE_URL selects PostgreSQL; unset means the SQLite file', () => {
    expect(configFromEnv({}).databaseUrl).toBeNull();
    const url = 'postgres://kinboard:s3cret@db.council.example:5432/kinboard';
    expect(configFromEnv({ KINBOARD_DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(configFromEnv({ KINBOARD_DATABASE_URL: 'postgresql://kb@10.0.0.5/boards' }).databaseUrl).toBe('postgresql://kb@10.0.0.5/boards');
  });

  it('[PG1] a wrong KINBOARD_DATABASE_URL stops the start saying what is wrong, without repeating the password', () => {
    const refused = (url: string) => () => configFromEnv({ KINBOARD_DATABASE_URL: url });
    expect(refused('mysql://kb:s3cret@db/kinboard')).toThrow(/starts with "mysql:\/\/" instead of "postgres:\/\/"/);
    expect(refused('postgres://kb:s3cret@db.example:5432/')).toThrow(/names no database/);
    expect(refused('postgres://db.example/kinboard')).toThrow(/names no user/);
    expect(refused('db.example:5432/kinboard')).toThrow(/must look like postgres:\/\/USER:PASSWORD@HOST:PORT\/DATABASE/);
    try {
      refused('postgres://kb:s3cret@db.example:5432/')();
    } catch (error) {
      expect(String(error)).not.toContain('s3cret');
      expect(String(error)).toContain('postgres://kb:***@db.example:5432/');
    }
  });
});
