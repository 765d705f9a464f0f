import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  BulkDecisionInput,
  BulkDecisionOutcome,
  CommentIdParams,
  DecisionInput,
  DecisionOutcome,
  LogPage,
  LogQuery,
  BanInput,
  LiftInput,
  ModerationSettings,
  PremoderationInput,
  SlowMode,
  SlowModeInput,
  SubthreadInput,
  SubthreadOutcome,
  ThreadIdParams,
  Warning,
  WarnInput,
  SuspendInput,
  UserHistory,
  UserIdParams,
  UserNoteInput,
  UserStanding,
  QueueCounts,
  QueuePage,
  QueueQuery,
} from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { countQueue, listQueue } from './queue.ts';
import { decideComment, decideMany, readLog } from './service.ts';
import { loadModerationSettings, saveModerationSettings } from './settings.ts';
import { actOnSubthread, setSlowMode } from './controls.ts';
import { addUserNote, banUser, liftSanction, readUserHistory, setPremoderation, suspendUser } from './users.ts';
import { warnUser } from './warnings.ts';

const mod = { access: 'moderator' } as const;
const tags = ['moderation'];

export const moderationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/api/mod/queue', { schema: { querystring: QueueQuery, response: { 200: QueuePage }, tags }, config: mod }, async (request) =>
    listQueue(deps, request.query),
  );

  app.get('/api/mod/queue/counts', { schema: { response: { 200: QueueCounts }, tags }, config: mod }, async () => countQueue(deps));

  app.post(
    '/api/mod/comments/:id/decision',
    { schema: { params: CommentIdParams, body: DecisionInput, response: { 200: DecisionOutcome }, tags }, config: mod },
    async (request) => decideComment(deps, request.actor!, request.params.id, request.body),
  );

  app.post('/api/mod/decisions', { schema: { body: BulkDecisionInput, response: { 200: BulkDecisionOutcome }, tags }, config: mod }, async (request) =>
    decideMany(deps, request.actor!, request.body),
  );

  app.get('/api/mod/log', { schema: { querystring: LogQuery, response: { 200: LogPage }, tags }, config: mod }, async (request) =>
    readLog(deps, request.query),
  );

  app.get('/api/mod/settings', { schema: { response: { 200: ModerationSettings }, tags }, config: mod }, async () => loadModerationSettings(deps.db));

  app.put('/api/mod/settings', { schema: { body: ModerationSettings, response: { 200: ModerationSettings }, tags }, config: mod }, async (request) =>
    saveModerationSettings(deps.db, request.body, deps.now()),
  );

  app.get('/api/mod/users/:id', { schema: { params: UserIdParams, response: { 200: UserHistory }, tags }, config: mod }, async (request) =>
    readUserHistory(deps, request.params.id),
  );

  app.post(
    '/api/mod/users/:id/suspend',
    { schema: { params: UserIdParams, body: SuspendInput, response: { 200: UserStanding }, tags }, config: mod },
    async (request) => suspendUser(deps, request.actor!, request.params.id, request.body),
  );

  app.post(
    '/api/mod/users/:id/ban',
    { schema: { params: UserIdParams, body: BanInput, response: { 200: UserStanding }, tags }, config: mod },
    async (request) => banUser(deps, request.actor!, request.params.id, request.body),
  );

  app.post(
    '/api/mod/users/:id/lift',
    { schema: { params: UserIdParams, body: LiftInput, response: { 200: UserStanding }, tags }, config: mod },
    async (request) => liftSanction(deps, request.actor!, request.params.id, request.body),
  );

  app.post('/api/mod/users/:id/notes', { schema: { params: UserIdParams, body: UserNoteInput, tags }, config: mod }, async (request, reply) => {
    await addUserNote(deps, request.actor!, request.params.id, request.body);
    return reply.code(204).send();
  });

  app.post(
    '/api/mod/users/:id/warn',
    { schema: { params: UserIdParams, body: WarnInput, response: { 201: Warning }, tags }, config: mod },
    async (request, reply) => reply.code(201).send(await warnUser(deps, request.actor!, request.params.id, request.body)),
  );

  app.put(
    '/api/mod/users/:id/premoderation',
    { schema: { params: UserIdParams, body: PremoderationInput, response: { 200: UserStanding }, tags }, config: mod },
    async (request) => setPremoderation(deps, request.actor!, request.params.id, request.body),
  );

  app.post(
    '/api/mod/comments/:id/subthread',
    { schema: { params: CommentIdParams, body: SubthreadInput, response: { 200: SubthreadOutcome }, tags }, config: mod },
    async (request) => actOnSubthread(deps, request.actor!, request.params.id, request.body),
  );

  app.put(
    '/api/mod/threads/:id/slow-mode',
    { schema: { params: ThreadIdParams, body: SlowModeInput, response: { 200: SlowMode }, tags }, config: mod },
    async (request) => setSlowMode(deps, request.params.id, request.body),
  );
};
