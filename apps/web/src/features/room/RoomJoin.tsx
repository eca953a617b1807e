import { Suspense } from 'react';
import { LinkQrCode } from '../people';
import { ROOM_WORDS } from './roomWords';
import type { SecondWords } from './secondLanguage';
import './RoomJoin.css';

/** The join code and what to do with it, for people in the room with a phone. */
export function RoomJoin({ link, second = null }: { readonly link: string | null; readonly second?: SecondWords | null }) {
  if (!link) return <p className="room-empty">{ROOM_WORDS.joinUnknown}</p>;
  return (
    <div className={second?.joinSteps ? 'room-join room-join--two' : 'room-join'}>
      <div className="room-join__code">
        <Suspense fallback={null}>
          <LinkQrCode link={link} label={ROOM_WORDS.joinCode} />
        </Suspense>
      </div>
      <div className="room-join__instructions">
        <ol className="room-join__steps">
          {ROOM_WORDS.joinSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {second?.joinSteps && (
          <ol className="room-join__steps room-join__steps--second" lang={second.lang} dir={second.dir}>
            {second.joinSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
