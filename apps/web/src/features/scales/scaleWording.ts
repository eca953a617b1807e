/** A scale's words as everyone reads them: the default scale is worded by the board's framework. */
import type { ScaleView, Terms } from '@kinboard/model';

export interface ScaleWording {
  readonly question: string;
  readonly zeroMeans: string;
  readonly tenMeans: string;
}

/** The default scale's own words, once the facilitator rewords it; its framework's words while a box of it is empty. */
export function scaleWording(scale: ScaleView, words: Terms): ScaleWording {
  const own = (value: string | null, framework: string) => (scale.isDefault && !value?.trim() ? framework : (value ?? framework));
  return {
    question: own(scale.question, words.scale.question),
    zeroMeans: own(scale.zeroMeans, words.scale.zeroMeans),
    tenMeans: own(scale.tenMeans, words.scale.tenMeans),
  };
}
