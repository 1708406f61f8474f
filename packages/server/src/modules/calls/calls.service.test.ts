import { describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import { createCallsService } from './calls.service.ts';

/** A JPEG with an EXIF (APP1) segment naming a place, then the image. */
const jfif = Buffer.from([0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46]);
const exif = Buffer.concat([Buffer.from([0xff, 0xe1, 0x00, 0x0c]), Buffer.from('Exif\0\0GPS!')]);
const scan = Buffer.from([0xff, 0xda, 0x00, 0x02, 0x11, 0x22, 0xff, 0xd9]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, exif, scan]);

describe('calls for works', () => {
  const world = serviceWorld({
    at: '2026-06-01T09:00:00+08:00',
    service: (db, clock) => createCallsService(db, clock),
    tree: {
      plant: 'root/district/grassroots',
      branch: 'plant/branch',
      branch2: 'plant/branch',
      outside: 'root/district/grassroots',
    },
  });

  const organiser = () => world.t.actor('staff', world.plant);
  const branchStaff = () => world.t.actor('staff', world.branch);
  const worker = (personId: number) => world.t.actor('worker', null, personId);
  const call = (extra: Partial<Parameters<typeof world.svc.create>[1]> = {}) =>
    world.svc.create(organiser(), {
      orgId: world.plant.id,
      title: '“我要安全”主题活动作品征集',
      opensOn: '2026-06-01',
      closesOn: '2026-06-24',
      perWorker: 2,
      gallery: 'public',
      categories: [
        { name: '安全感言', kind: 'text' },
        { name: '安全漫画', kind: 'image' },
      ],
      ...extra,
    });
  const categories = async (id: number) => (await world.svc.get(organiser(), id)).categories;

  it('holds the per-worker count when one worker sends many works at once', async () => {
    const { id } = await call();
    const [slogan] = await categories(id);
    const p = (await world.t.newPerson(world.branch)).id;
    const answers = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        world.svc.submitSelf(worker(p), id, { categoryId: slogan.id, body: `安全感言第${i + 1}条` }),
      ),
    );
    expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(2);
    const refused = answers.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(refused).toHaveLength(10);
    for (const r of refused) expect(r.reason).toMatchObject({ code: 'CALL_LIMIT_REACHED' });
    const { items: works, total } = await world.svc.works(organiser(), id);
    expect(total).toBe(works.length);
    expect(works.filter((w) => w.personId === p)).toHaveLength(2);
  });

  it('runs a slogan from the phone through the branch and the organiser to the public gallery', async () => {
    const { id } = await call();
    const [slogan, cartoon] = await categories(id);
    const p = (await world.t.newPerson(world.branch, { name: '王建军' })).id;
    const q = (await world.t.newPerson(world.branch2)).id;
    const { id: workId } = await world.svc.submitSelf(worker(p), id, {
      categoryId: slogan.id,
      body: '安全是最好的福利，平安是最大的幸福',
    });
    // a picture's metadata is removed; a text category refuses a photo-less empty work
    const { id: picture } = await world.svc.submitSelf(
      worker(q),
      id,
      { categoryId: cartoon.id, title: '巡检路上' },
      {
        name: '巡检路上.jpg',
        data: jpeg,
      },
    );
    expect((await world.svc.file(organiser(), picture)).data).toEqual(
      Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, scan]),
    );
    await expect(world.svc.submitSelf(worker(p), id, { categoryId: slogan.id })).rejects.toMatchObject({
      code: 'CALL_WORK_KIND',
    });
    // the branch sees its own members' works only; a branch cannot judge
    expect((await world.svc.works(branchStaff(), id)).items.map((w) => w.id)).toEqual([workId]);
    await expect(
      world.svc.review(world.t.actor('staff', world.branch2), workId, { decision: 'pass' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(world.svc.review(branchStaff(), workId, { decision: 'return' })).rejects.toMatchObject({
      code: 'CALL_RETURN_REASON',
    });
    await world.svc.review(branchStaff(), workId, { decision: 'return', reason: '请写得更贴近岗位' });
    const offered = await world.svc.mine(worker(p));
    expect(offered.total).toBe(offered.items.length);
    const mine = offered.items.find((c) => c.id === id);
    expect(mine?.works[0]).toMatchObject({ status: 'returned', returnReason: '请写得更贴近岗位' });
    await expect(world.svc.decide(organiser(), workId, { result: 'exhibit' })).rejects.toMatchObject({
      code: 'CALL_WORK_NOT_PASSED',
    });
    // fixed and sent again: it keeps its place in the count
    await world.svc.submitSelf(worker(p), id, {
      categoryId: slogan.id,
      workId,
      body: '巡检多走一步，隐患少留一处',
    });
    world.clock.set('2026-06-20T09:00:00+08:00');
    expect(await world.svc.review(branchStaff(), workId, { decision: 'pass' })).toEqual({ status: 'passed' });
    await expect(world.svc.decide(branchStaff(), workId, { result: 'exhibit' })).rejects.toMatchObject({
      code: 'CALL_NOT_ORGANISER',
    });
    await world.svc.decide(organiser(), workId, { result: 'first', score: 92.5 });
    await world.svc.decide(organiser(), workId, { result: 'exhibit', score: 90 });
    // not published yet: no gallery
    await expect(world.svc.publicGallery(id)).rejects.toMatchObject({ code: 'CALL_GALLERY_CLOSED' });
    await world.svc.publish(organiser(), id);
    const gallery = await world.svc.publicGallery(id);
    expect(gallery.works).toEqual([
      expect.objectContaining({
        id: workId,
        title: '巡检多走一步，隐患少留一处',
        authorName: '王建军',
        orgName: world.branch.name,
        result: 'exhibit',
      }),
    ]);
    expect(JSON.stringify(gallery)).not.toMatch(/personId|score/);
    await expect(world.svc.publicFile(id, picture)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const stats = await world.svc.stats(organiser(), { from: '2026-06-01', to: '2026-06-30', callId: id });
    expect(stats.total).toEqual({ submitted: 2, passed: 1, returned: 1, chosen: 1 });
    expect(stats.byCategory.find((k) => k.category === '安全感言')?.results).toMatchObject({
      exhibit: 1,
      first: 0,
    });
    expect(stats.byBranch.find((b) => b.orgId === world.branch.id)).toMatchObject({
      submitted: 1,
      chosen: 1,
    });
    expect(stats.byBranch.find((b) => b.orgId === world.branch2.id)).toMatchObject({
      submitted: 1,
      chosen: 0,
    });
    const xlsx = await world.svc.statsXlsx(organiser(), { from: '2026-06-01', to: '2026-06-30' });
    expect(xlsx.buffer.subarray(0, 2).toString()).toBe('PK');
    await expect(world.svc.works(world.t.actor('staff', world.outside), id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('keeps a members-only gallery from workers outside the organiser, and the window shut', async () => {
    world.clock.set('2026-06-01T09:00:00+08:00');
    const { id } = await call({ gallery: 'members' });
    const [slogan] = await categories(id);
    const far = (await world.t.newPerson(world.outside)).id;
    await expect(
      world.svc.submitSelf(worker(far), id, { categoryId: slogan.id, body: '安全' }),
    ).rejects.toMatchObject({
      code: 'CALL_NOT_MEMBER',
    });
    const p = (await world.t.newPerson(world.branch)).id;
    // a branch's staff send a member's work in; another union's member is refused
    await world.svc.submitFor(branchStaff(), id, p, { categoryId: slogan.id, body: '班前讲安全' });
    await expect(
      world.svc.submitFor(branchStaff(), id, far, { categoryId: slogan.id, body: '安全' }),
    ).rejects.toMatchObject({ code: 'CALL_NOT_MEMBER' });
    await world.svc.publish(organiser(), id);
    await expect(world.svc.publicGallery(id)).rejects.toMatchObject({ code: 'CALL_GALLERY_CLOSED' });
    await expect(world.svc.galleryForWorker(worker(far), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await world.svc.galleryForWorker(worker(p), id)).works).toEqual([]);
    world.clock.set('2026-06-25T09:00:00+08:00');
    await expect(
      world.svc.submitSelf(worker(p), id, { categoryId: slogan.id, body: '晚了' }),
    ).rejects.toMatchObject({
      code: 'CALL_CLOSED',
    });
  });
  it('records a work handed in on paper on its day, inside the window, counted on that day (issue 42)', async () => {
    world.clock.set('2026-06-01T09:00:00+08:00');
    const { id } = await call();
    const [slogan] = await categories(id);
    const p = (await world.t.newPerson(world.branch)).id;
    world.clock.set('2026-07-10T09:00:00+08:00');
    const work = { categoryId: slogan.id, body: '安全生产人人有责' };
    await expect(
      world.svc.submitFor(branchStaff(), id, p, { ...work, effectiveOn: '2026-05-31' }),
    ).rejects.toMatchObject({
      code: 'CALL_CLOSED',
      messages: {
        zh: '作品征集时间为2026-06-01至2026-06-24',
        en: 'Works are taken from 2026-06-01 to 2026-06-24',
      },
    });
    await expect(
      world.svc.submitFor(branchStaff(), id, p, { ...work, effectiveOn: '2026-07-11' }),
    ).rejects.toMatchObject({
      code: 'EFFECTIVE_IN_FUTURE',
    });
    await expect(
      world.svc.submitFor(world.t.actor('reviewer', world.branch), id, p, {
        ...work,
        effectiveOn: '2026-06-10',
      }),
    ).rejects.toMatchObject({ code: 'BACKDATE_DENIED' });
    const { id: workId } = await world.svc.submitFor(branchStaff(), id, p, {
      ...work,
      effectiveOn: '2026-06-10',
    });
    const { rows } = await world.db.query<{ day: string }>(
      `select to_char(submitted_on, 'YYYY-MM-DD') as day from call_works where id = $1`,
      [workId],
    );
    expect(rows[0].day).toBe('2026-06-10');
    const counted = await world.db.query<{ day: string; n: number }>(
      `select to_char(month, 'YYYY-MM-DD') as day, n::int from report_counts
        where subject = 'calls.submitted' and org_id = $1 and dim = $2`,
      [world.branch.id, String(slogan.id)],
    );
    expect(counted.rows).toEqual([{ day: '2026-06-10', n: 1 }]);
  });
});
