import { useEffect, useState } from 'react';
import type { CreatedBoard } from '../api/createBoardRequest';
import { CreateBoardForm } from './CreateBoardForm';
import { BoardLinks } from './BoardLinks';
import { rememberLinks } from '../lib/boardMemory';
import { MyBoards } from './MyBoards';
import { AboutKinboard, SignInCard, StaffBar } from './StaffBar';
import { fetchSignInState, type StaffMember } from './staffApi';
import { t } from '../i18n';

/**
 * Makes a new meeting board and hands out its three links. With staff sign-in configured, staff
 * sign in first and see their own boards above the form.
 */
export function HomePage() {
  const [created, setCreated] = useState<{ board: CreatedBoard; title: string } | null>(null);
  const [staff, setStaff] = useState<{ signIn: boolean; person: StaffMember | null } | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);

  useEffect(() => {
    void fetchSignInState().then(setStaff);
  }, []);
  const needsSignIn = staff?.signIn === true && staff.person === null;

  useEffect(() => {
    document.title = created ? t('home.HomePage.linksForKinboard', { title: created.title }) : t('home.HomePage.kinboardALiveBoardFor');
  }, [created]);

  return (
    <div className="home">
      <header className="home__header">
        <div className="page page--narrow">
          <h1 className="home__brand">Kinboard</h1>
          <p className="home__tagline">{t('home.HomePage.aSharedBoardForFamily')}</p>
        </div>
      </header>
      <main className="page page--narrow" id="main">
        {staff?.person && <StaffBar person={staff.person} onSignedOut={() => setStaff({ signIn: true, person: null })} />}
        {staff?.person && !created && <MyBoards refreshKey={refreshKey} />}
        {staff === null ? null : needsSignIn ? (
          <SignInCard />
        ) : created ? (
          <BoardLinks board={created.board} title={created.title} onStartAgain={() => setCreated(null)} />
        ) : (
          <CreateBoardForm
            onCreated={(board, title) => {
              // This tab may show the links again on the board's Meeting part (kept for the tab's life only).
              rememberLinks(board.id, board.links);
              setCreated({ board, title });
              setRefreshKey((key) => key + 1);
            }}
          />
        )}
        <AboutKinboard />
      </main>
    </div>
  );
}
