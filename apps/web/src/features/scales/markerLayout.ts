/**
 * Where each person's marker sits on a 0–10 line. Markers never hide one another: people with
 * the same or nearby numbers stack in rows, and when neighbours are too close for full names
 * the markers show initials (the full names stay in the list beside the line and on focus).
 */
import { initials } from '../network';

export interface MarkerInput {
  readonly key: string;
  readonly name: string;
  readonly value: number;
}

export interface PlacedMarker extends MarkerInput {
  /** What the marker shows: the full name when there is room, else initials. */
  readonly label: string;
  readonly short: boolean;
  /** 0 is the row nearest the line. */
  readonly row: number;
  /** Position along the line, 0–100 (per cent). */
  readonly at: number;
}

export interface MarkerLayoutOptions {
  /** How much of the line (in scale points) a full name needs to itself. */
  readonly nameRoom?: number;
  /** How much of the line (in scale points) a marker with initials needs. */
  readonly initialsRoom?: number;
}

const byValue = (a: MarkerInput, b: MarkerInput) => a.value - b.value || a.name.localeCompare(b.name) || (a.key < b.key ? -1 : 1);

/**
 * Lays markers out along the line, lowest number first.
 *
 * @example
 * layoutMarkers([{ key: 'p:a', name: 'Ann Lee', value: 3 }, { key: 'p:b', name: 'Ben', value: 3 }])
 * // both at 30%, rows 0 and 1, labelled 'AL' and 'BE'
 */
export function layoutMarkers(markers: readonly MarkerInput[], options: MarkerLayoutOptions = {}): PlacedMarker[] {
  const nameRoom = options.nameRoom ?? 1.6;
  const initialsRoom = options.initialsRoom ?? 0.6;
  const sorted = [...markers].sort(byValue);
  // A marker shortens to initials only when a neighbour is too close for its full name.
  const short = sorted.map(
    (m, i) => (i > 0 && m.value - sorted[i - 1]!.value < nameRoom) || (i < sorted.length - 1 && sorted[i + 1]!.value - m.value < nameRoom),
  );
  // Greedy rows: each marker goes in the lowest row whose last marker leaves room for both.
  const rowEnds: { value: number; half: number }[] = [];
  return sorted.map((marker, i) => {
    const half = (short[i] ? initialsRoom : nameRoom) / 2;
    let row = rowEnds.findIndex((end) => marker.value - end.value >= end.half + half);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push({ value: marker.value, half });
    } else {
      rowEnds[row] = { value: marker.value, half };
    }
    return { ...marker, label: short[i] ? initials(marker.name) : marker.name, short: short[i]!, row, at: marker.value * 10 };
  });
}

/** How many rows a layout needs. */
export function rowCount(placed: readonly PlacedMarker[]): number {
  return placed.reduce((rows, m) => Math.max(rows, m.row + 1), 0);
}
