import { describe, expect } from 'vitest';
import { InputError } from '../../errors.js';
import { extractRequest } from '../../queues/catalog.js';
import { redisTest } from './redis-fixture.js';

describe('JobQueues', () => {
  redisTest('adds each job once however often its request is enqueued', async ({ queues }) => {
    const requests = ['a_1', 'a_2', 'a_3'].map((id) => extractRequest(id));
    expect((await queues.enqueue(requests)).map((o) => o.state)).toEqual(['added', 'added', 'added']);
    expect((await queues.enqueue(requests)).map((o) => o.state)).toEqual(['waiting', 'waiting', 'waiting']);
    await queues.enqueueQuietly(requests);
    expect((await queues.counts()).extract).toMatchObject({ waiting: 3, active: 0, failed: 0 });
  });

  redisTest('puts each job on its stage queue with the retry options', async ({ queues }) => {
    const [outcome] = await queues.enqueue([extractRequest('a_1')]);
    expect(outcome?.queue).toBe('extract');
    const job = (await queues.find(outcome!.request.id))!;
    expect(job.queueName).toBe('extract');
    expect(job.opts).toMatchObject({ attempts: 5, backoff: { type: 'newsfacts' } });
    const listed = await queues.list('waiting');
    expect(listed.map((j) => j.id)).toEqual([outcome!.request.id]);
  });

  redisTest('retry refuses an unknown id and a job that has not failed, naming it', async ({ queues }) => {
    await expect(queues.retry('nope')).rejects.toThrow(InputError);
    const [outcome] = await queues.enqueue([extractRequest('a_1')]);
    await expect(queues.retry(outcome!.request.id)).rejects.toThrow(`${outcome!.request.id}: is waiting, only a failed job can be retried`);
  });
});
