export { PlanPart } from './PlanPart';
export { PlanCoverageBadge } from './PlanCoverageBadge';
export { usePlan, useCoverage } from './usePlanData';
