export {
  ExtractPayload,
  IngestPayload,
  ReconcilePayload,
  extractRequest,
  ingestRequest,
  jobCatalog,
  reconcileRequest,
  recordFailure,
  runJob,
} from './catalog.js';
export { planIngest, locationOf, type IngestPlan } from './ingest-plan.js';
export { drain, InProcessRunner, type InProcessRunOptions, type RunEvent, type RunOutcome } from './in-process-runner.js';
export { jobId, MAX_CLAIMS_PER_ARTICLE, type JobContext, type JobDefinition, type JobName, type JobRequest, type JobResult } from './job.js';
export { BullmqRunner, BullmqRunnerOptions, type BullmqRunnerDeps } from './bullmq-runner.js';
export { DiscoverPayload, discoverSource } from './discover.js';
export { HostLimiterOptions, RedisHostLimiter } from './host-limiter.js';
export { JobQueues, JobQueuesOptions, LISTED_STATES, type EnqueueOutcome, type ListedState, type QueueCounts } from './job-queues.js';
export { DEFAULT_PREFIX, QUEUE_NAMES, parseQueueNames, queueOf, type QueueJobName, type QueueName } from './queue-names.js';
export { bullmqConnection, connectRedis, redactUrl, requireRedisUrl } from './redis-connection.js';
export { BACKOFF_TYPE, RetryPolicy, retryDelayMs, type RetryPolicyOptions } from './retry-policy.js';
export { Interval, ScheduleBook, ScheduleRun, ScheduleSpec, type ScheduleInfo } from './scheduler.js';
export { recoverUnfinished, unfinishedRequests, type RecoverResult } from './recover.js';
export { OutageLog } from './outage-log.js';
