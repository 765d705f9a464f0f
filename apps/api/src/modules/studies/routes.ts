import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ConfirmLevelInput, CreateStudyInput, ImportReport, ImportStudiesInput, Study, StudyIdParams, StudyList, StudyPage, StudySearchQuery, UpdateStudyInput } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { readStudyPage } from '../citations/service.ts';
import { importStudies } from './import.ts';
import { confirmLevel, createStudy, findStudiesFor, updateStudy } from './service.ts';

export const studyRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/studies',
    { schema: { querystring: StudySearchQuery, response: { 200: StudyList }, tags: ['studies'] }, config: { access: 'public' } },
    async (request) => findStudiesFor(deps, request.query),
  );

  app.post(
    '/api/studies',
    { schema: { body: CreateStudyInput, response: { 201: Study }, tags: ['studies'] }, config: { access: 'author' } },
    async (request, reply) => reply.code(201).send(await createStudy(deps, request.actor!, request.body)),
  );

  app.post(
    '/api/studies/import',
    { schema: { body: ImportStudiesInput, response: { 200: ImportReport }, tags: ['studies'] }, config: { access: 'author' } },
    async (request) => importStudies(deps, request.actor!, request.body),
  );

  app.get(
    '/api/studies/:id',
    { schema: { params: StudyIdParams, response: { 200: StudyPage }, tags: ['studies'] }, config: { access: 'public' } },
    async (request) => readStudyPage(deps, request.params.id),
  );

  app.patch(
    '/api/studies/:id',
    { schema: { params: StudyIdParams, body: UpdateStudyInput, response: { 200: Study }, tags: ['studies'] }, config: { access: 'author' } },
    async (request) => updateStudy(deps, request.actor!, request.params.id, request.body),
  );

  app.post(
    '/api/studies/:id/confirm-level',
    { schema: { params: StudyIdParams, body: ConfirmLevelInput, response: { 200: Study }, tags: ['studies'] }, config: { access: 'author' } },
    async (request) => confirmLevel(deps, request.actor!, request.params.id, request.body),
  );
};
