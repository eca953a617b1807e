/**
 * The simple layouts a facilitator can start each page from. Data in, shapes out: each returns the
 * shapes to create, placed around the page's origin.
 */
import { createShapeId, toRichText, type TLShapePartial } from 'tldraw';
import type { DrawPageId } from './drawPages';

type Starter = () => TLShapePartial[];

const networkMap: Starter = () => [
  ring('Further away', 460, 'grey'),
  ring('Close to the child', 280, 'grey'),
  {
    id: createShapeId(),
    type: 'geo',
    x: -90,
    y: -55,
    props: { geo: 'ellipse', w: 180, h: 110, color: 'violet', fill: 'semi', richText: toRichText('The child') },
  },
  label('Family', -420, -40),
  label('Friends and community', 260, -40),
  label('Professionals', -80, 330),
];

function ring(name: string, radius: number, color: 'grey'): TLShapePartial {
  return {
    id: createShapeId(),
    type: 'geo',
    x: -radius,
    y: -radius,
    props: {
      geo: 'ellipse',
      w: radius * 2,
      h: radius * 2,
      color,
      dash: 'dashed',
      fill: 'none',
      richText: toRichText(name),
      verticalAlign: 'start',
      size: 's',
    },
  };
}

function label(text: string, x: number, y: number): TLShapePartial {
  return { id: createShapeId(), type: 'text', x, y, props: { richText: toRichText(text), size: 'm' } };
}

const HOUSES = [
  { name: 'House of worries', color: 'red' },
  { name: 'House of good things', color: 'green' },
  { name: 'House of dreams', color: 'blue' },
] as const;

const threeHouses: Starter = () =>
  HOUSES.flatMap(({ name, color }, i) => {
    const x = i * 340 - 460;
    return [
      { id: createShapeId(), type: 'geo', x, y: -200, props: { geo: 'triangle', w: 260, h: 130, color, fill: 'semi' } },
      {
        id: createShapeId(),
        type: 'geo',
        x,
        y: -70,
        props: { geo: 'rectangle', w: 260, h: 300, color, fill: 'none', richText: toRichText(name), verticalAlign: 'start' },
      },
    ] satisfies TLShapePartial[];
  });

/** The story as the practice tells it to a child. */
export const STORYBOARD_FRAMES = ['Who is worried', 'What happened', 'What everyone is doing about it'] as const;

const storyboard: Starter = () =>
  STORYBOARD_FRAMES.map((name, i) => ({
    id: createShapeId(),
    type: 'frame',
    x: i * 420 - 620,
    y: -170,
    props: { name, w: 380, h: 340 },
  }));

export const STARTER_LAYOUTS: Record<DrawPageId, Starter> = {
  'page:network-map': networkMap,
  'page:three-houses': threeHouses,
  'page:words-and-pictures': storyboard,
};
