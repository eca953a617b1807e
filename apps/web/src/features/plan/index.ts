import { lazy } from 'react';
import { lazyPiece } from '../../lib/lazyPiece';

/** The Plan part; its code loads the first time it is opened (wrap it in `<Suspense>`). */
export const PlanPart = lazy(() => import('./PlanPart').then((m) => ({ default: m.PlanPart })));
/** Beside a danger statement: the plan's rules that answer it (its code, the plan's reading, loads when one is drawn). */
export const PlanCoverageBadge = lazyPiece(() => import('./PlanCoverageBadge').then((m) => m.PlanCoverageBadge));
export { usePlan, useCoverage } from './usePlanData';
