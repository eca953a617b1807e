import type { Role } from '../../api/roles';

interface DrawPartProps {
  readonly role: Role;
  readonly userId: string;
  readonly userName: string;
  readonly userColor: string;
}

/** The drawing canvas: network map, three houses, words and pictures. */
export function DrawPart(_props: DrawPartProps) {
  return (
    <section className="part-placeholder" aria-labelledby="draw-heading">
      <h2 id="draw-heading">Draw</h2>
      <p>The drawing canvas will appear here.</p>
    </section>
  );
}
