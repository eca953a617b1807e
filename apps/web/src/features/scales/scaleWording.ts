/** A scale's words as everyone reads them: the default scale is worded by the board's framework. */
import type { ScaleView, Terms } from '@kinboard/model';

export interface ScaleWording {
  readonly question: string;
  readonly zeroMeans: string;
  readonly tenMeans: string;
}

export function scaleWording(scale: ScaleView, words: Terms): ScaleWording {
  return {
    question: scale.question ?? words.scale.question,
    zeroMeans: scale.zeroMeans ?? words.scale.zeroMeans,
    tenMeans: scale.tenMeans ?? words.scale.tenMeans,
  };
}
