import { describe, expect, test } from 'vitest';
import { ConflictError, TransientError } from '../../errors.js';
import { mapDatabaseError, redactDatabaseUrl } from '../../store/index.js';

const where = 'postgres://app@db.example:5432/news';

describe('mapDatabaseError', () => {
  test('a refused connection is transient, one line, naming the database and address', () => {
    const refused = Object.assign(new AggregateError([Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED', address: '127.0.0.1', port: 1 })], ''), { code: 'ECONNREFUSED' });
    const mapped = mapDatabaseError(refused, where);
    expect(mapped).toBeInstanceOf(TransientError);
    expect(mapped.message).toBe(`${where}: cannot reach the database: connection refused at 127.0.0.1:1 (ECONNREFUSED)`);
  });

  test.each([
    ['40001', 'TransientError'],
    ['40P01', 'TransientError'],
    ['08006', 'TransientError'],
    ['23505', 'ConflictError'],
    ['NF001', 'ConflictError'],
    ['23514', 'InputError'],
    ['22P02', 'InputError'],
    ['28P01', 'ConfigError'],
    ['3D000', 'ConfigError'],
  ])('SQLSTATE %s is a %s', (code, name) => {
    const mapped = mapDatabaseError(Object.assign(new Error('boom'), { code }), where);
    expect(mapped.name).toBe(name);
    expect(mapped.message).toContain(where);
    expect(mapped.cause).toBeDefined();
  });

  test('an error mapped once names the database once, however many layers map it again', () => {
    const cause = Object.assign(new Error('index row size 3232 exceeds btree version 4 maximum 2704'), { code: '54000' });
    const once = mapDatabaseError(cause, where);
    const twice = mapDatabaseError(once, where);
    expect(twice.message).toBe(`${where}: index row size 3232 exceeds btree version 4 maximum 2704 (SQLSTATE 54000)`);
  });

  test('our own errors pass through unchanged', () => {
    const error = new ConflictError('f_1', 'raced');
    expect(mapDatabaseError(error, where)).toBe(error);
  });

  test('an unknown SQLSTATE stays a plain Error that names the database and keeps the cause', () => {
    const cause = Object.assign(new Error('syntax error at or near "SELEC"'), { code: '42601' });
    const mapped = mapDatabaseError(cause, where);
    expect(mapped.name).toBe('Error');
    expect(mapped.message).toBe(`${where}: syntax error at or near "SELEC" (SQLSTATE 42601)`);
    expect(mapped.cause).toBe(cause);
  });
});

describe('redactDatabaseUrl', () => {
  test('hides the password and keeps the rest', () => {
    expect(redactDatabaseUrl('postgres://app:s3cret@db.example:5432/news')).toBe('postgres://app:***@db.example:5432/news');
    expect(redactDatabaseUrl('postgres://app@db.example/news')).toBe('postgres://app@db.example/news');
  });
});
