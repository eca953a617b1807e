/** Scaling: the scales, their rounds (blind or open) and each scale's history. */
export { ScalesPart } from './ScalesPart';
export { ensureScaleForChair } from './defaultScale';
export { scaleWording } from './scaleWording';
