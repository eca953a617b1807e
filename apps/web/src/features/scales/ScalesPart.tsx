/** Scaling: the scale questions, the round in progress and each scale's history. */
export function ScalesPart() {
  return (
    <section className="part-placeholder" aria-labelledby="scales-heading">
      <h2 id="scales-heading">Scaling</h2>
      <p>Scaling will appear here.</p>
    </section>
  );
}
