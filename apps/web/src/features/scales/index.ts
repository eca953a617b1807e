/** Scaling: the scales, their rounds (blind or open) and each scale's history. */
import { lazy } from 'react';

/** The Scaling part; its code loads the first time it is opened (wrap it in `<Suspense>`). */
export const ScalesPart = lazy(() => import('./ScalesPart').then((m) => ({ default: m.ScalesPart })));
export { ensureScaleForChair } from './defaultScale';
export { scaleWording } from './scaleWording';
