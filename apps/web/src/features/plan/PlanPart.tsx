/** The family's plan, checked against every danger statement. */
export function PlanPart() {
  return (
    <section className="part-placeholder" aria-labelledby="plan-heading">
      <h2 id="plan-heading">Plan</h2>
      <p>The plan will appear here.</p>
    </section>
  );
}
