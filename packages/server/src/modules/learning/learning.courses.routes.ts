import { inlineFile, routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import {
  CourseDetail,
  CourseList,
  CourseSchema,
  CreateCourseBody,
  CreateResourceBody,
  LessonBody,
  LessonForm,
  LessonSchema,
  ResourceList,
  ResourceSchema,
} from './learning.schemas.ts';
import type { LearningService } from './learning.service.ts';
import { checkLessonFile, noLessonBody, readLessonForm } from './lesson-file.ts';

const tags = ['learning'];
const read = { permission: 'learning.read' } as const;
const write = { permission: 'learning.write' } as const;

/** Courses with their lessons and files, and the resources library. */
export function learningCourseRoutes(app: App, { learning }: { learning: LearningService }): void {
  const on = routeMould(app, tags);
  const { courses } = learning;
  on.get('/api/learning/courses', {
    config: read,
    summary: 'Courses my subtree provides or that are offered from above',
    response: CourseList,
    use: courses.listCourses,
  });
  on.post('/api/learning/courses', {
    config: write,
    summary: 'Add a course provided by a union of my subtree',
    body: CreateCourseBody,
    response: CourseSchema,
    use: courses.createCourse,
  });
  on.get('/api/learning/courses/:id', {
    config: read,
    summary: 'A course with its lessons',
    params: IdParams,
    response: CourseDetail,
    use: courses.getCourse,
  });
  on.post('/api/learning/courses/:id/lessons', {
    config: { ...write, upload: LessonForm },
    summary:
      'Append a lesson: multipart (fields title, kind, url, durationSeconds; the video or document in `file`) or JSON (a link, or a small file as base64)',
    params: IdParams,
    jsonOrMultipart: true,
    body: LessonBody,
    response: LessonSchema,
    run: async (actor, { params, body, req }) => {
      if (req.isMultipart()) return courses.addLesson(actor, params.id, await readLessonForm(req));
      if (!body) throw noLessonBody();
      const { file, ...rest } = body;
      const data = file && { name: file.name, mime: file.mime, data: Buffer.from(file.dataBase64, 'base64') };
      return courses.addLesson(actor, params.id, {
        ...rest,
        file: data && checkLessonFile(rest.kind, data),
      });
    },
  });
  on.file('/api/learning/lessons/:id/file', {
    config: read,
    summary: 'The video or document of a lesson (inline)',
    params: IdParams,
    run: async (actor, { params }) => inlineFile(await courses.getLessonFile(actor, params.id)),
  });
  on.get('/api/learning/resources', {
    config: read,
    summary: 'Digital resources with their licence terms',
    response: ResourceList,
    use: courses.listResources,
  });
  on.post('/api/learning/resources', {
    config: write,
    summary: 'Add a digital resource with its licence terms',
    body: CreateResourceBody,
    response: ResourceSchema,
    use: courses.createResource,
  });
}
