import { Suspense } from 'react';
import { LinkQrCode } from '../people';
import { ROOM_WORDS } from './roomWords';
import './RoomJoin.css';

/** The join code and what to do with it, for people in the room with a phone. */
export function RoomJoin({ link }: { readonly link: string | null }) {
  if (!link) return <p className="room-empty">{ROOM_WORDS.joinUnknown}</p>;
  return (
    <div className="room-join">
      <div className="room-join__code">
        <Suspense fallback={null}>
          <LinkQrCode link={link} label={ROOM_WORDS.joinCode} />
        </Suspense>
      </div>
      <ol className="room-join__steps">
        {ROOM_WORDS.joinSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  );
}
