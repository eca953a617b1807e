/** Running the meeting: links, lock, people, meetings and their records. */
export function MeetingPart() {
  return (
    <section className="part-placeholder" aria-labelledby="meeting-heading">
      <h2 id="meeting-heading">Meeting</h2>
      <p>Meeting controls will appear here.</p>
    </section>
  );
}
