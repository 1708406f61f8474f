import type { App } from '../../http/types.ts';
import { counsellingBookingRoutes } from './counselling.bookings.routes.ts';
import { counsellorOwnRoutes } from './counselling.counsellor.routes.ts';
import { counsellorsRoutes } from './counselling.counsellors.routes.ts';
import type { CounsellingService } from './counselling.service.ts';
import { counsellingSessionsRoutes } from './counselling.sessions.routes.ts';
import { counsellingWorkerRoutes } from './counselling.worker.routes.ts';

export function counsellingRoutes(app: App, { counselling }: { counselling: CounsellingService }): void {
  counsellingSessionsRoutes(app, counselling.sessionsRegister);
  counsellorsRoutes(app, { counselling });
  counsellingBookingRoutes(app, { counselling });
  counsellorOwnRoutes(app, { counselling });
  counsellingWorkerRoutes(app, { counselling });
}
