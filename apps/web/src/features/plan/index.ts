import { lazy } from 'react';

/** The Plan part; its code loads the first time it is opened (wrap it in `<Suspense>`). */
export const PlanPart = lazy(() => import('./PlanPart').then((m) => ({ default: m.PlanPart })));
// Not a lazy piece: it appears inside a card, and arriving late it would move the cards below it.
export { PlanCoverageBadge } from './PlanCoverageBadge';
export { usePlan, useCoverage } from './usePlanData';
