import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { ADVISED_MAX_BOTTOM_LINES, ModelError, meetingKindName, addRule, planToMarkdown, readMeetingOutcome } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useSharedDocView } from '../../hooks/useSharedDocView';
import { useBoardFocus } from '../../board/boardFocus';
import { NetworkPanel } from '../network';
import { ContingencyField } from './ContingencyField';
import { CoveragePanel } from './CoveragePanel';
import { PlanCopies } from './PlanCopies';
import { PlanDocument } from './PlanDocument';
import { PlanLines } from './PlanLines';
import { PlanStatus } from './PlanStatus';
import { RuleList } from './RuleList';
import { StoryboardPrint, storyboardTitle, useStoryboardText } from './StoryboardPrint';
import { Trajectory } from './Trajectory';
import { hideSecretWhilePrinting } from './printAddress';
import { capitalise, downloadText, formatAgreedAt, formatPrintedAt, planFileName, recordExport, type ExportKind } from './planCopy';
import { useBoardTitle, useCoverage, useFrameworkTerms, useNetworkMembers } from './usePlanData';
import { ReadAloud, listOfNames, paperSay, spellDate, t } from '../../i18n';
import './planPrint.css';
import './PlanPart.css';
import { ShowOnRoomButton } from '../../ui/ShowOnRoomButton';

/**
 * The family's plan, checked against every danger statement, with a copy for everyone. The
 * printed copy is rendered here too, hidden on screen; under print media only it is shown.
 */
export function PlanPart() {
  const { connection } = useBoardSession();
  const { editable } = useBoardFocus();
  const doc = connection.doc;
  const { plan, coverage, dangerStatements } = useCoverage(doc);
  const network = useNetworkMembers(doc);
  const words = useFrameworkTerms(doc);
  const boardTitle = useBoardTitle(doc);
  const outcome = useSharedDocView(doc, readMeetingOutcome);
  const meetingKind = outcome.kind ? meetingKindName(outcome.kind, paperSay) : undefined;
  const storyboardText = useStoryboardText(doc);
  const planName = capitalise(words.plan);
  const dangerWord = words.dangerStatement;
  const [focusRuleId, setFocusRuleId] = useState<string | null>(null);
  const [copyFor, setCopyFor] = useState('');
  const [printedAt, setPrintedAt] = useState(() => new Date());
  const person = network.find((m) => m.id === copyFor);

  useEffect(() => {
    // Ctrl+P as much as the button: the copy says when it was printed.
    const beforePrint = () => flushSync(() => setPrintedAt(new Date()));
    window.addEventListener('beforeprint', beforePrint);
    const showSecretAgain = hideSecretWhilePrinting(window);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      showSecretAgain();
    };
  }, []);

  const record = useCallback(
    (what: ExportKind) => recordExport(connection.boardId, connection.secret, what, fetch, connection.credential),
    [connection],
  );

  const print = () => {
    flushSync(() => setPrintedAt(new Date()));
    record('plan print');
    window.print();
  };

  const download = () => {
    const markdown = planToMarkdown(plan, {
      boardTitle: boardTitle || t('board.BoardHeader.meetingBoard'),
      printedAt: formatPrintedAt(new Date()),
      meetingKind,
      planName,
      network,
      dangerStatements,
      forMemberId: person?.id,
      formatAgreedAt: (at) => formatAgreedAt(at),
      drawings: [{ title: storyboardTitle(), text: storyboardText }],
      coverageWords: words.planCoverage,
      say: paperSay,
      listNames: listOfNames,
      spell: spellDate,
    });
    downloadText(markdown, planFileName(boardTitle, person ? `${planName} for ${person.name}` : planName));
    record('plan markdown');
  };

  const answer = (statementId: string) => {
    try {
      setFocusRuleId(addRule(doc, { text: '', statements: [statementId] }));
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
    }
  };

  const tooManyBottomLines = plan.bottomLines.length > ADVISED_MAX_BOTTOM_LINES;

  return (
    <section className="plan-part" aria-labelledby="plan-heading">
      <div className="plan-screen">
        <header className="plan-head">
          <h2 id="plan-heading">{planName}</h2>
          <p className="plan-head__hint">{t('plan.PlanPart.writtenByTheFamilyAnd', { dangerWord })}</p>
          <PlanStatus doc={doc} plan={plan} network={network} planName={planName} editable={editable} />
          <ShowOnRoomButton target="plan" />
        </header>

        <div className="plan-layout">
          <div className="plan-layout__main">
            {editable ? (
              <>
                <section className="plan-section plan-bottom-lines" aria-labelledby="plan-bottom-lines-heading">
                  <h3 className="plan-section__title" id="plan-bottom-lines-heading">
                    {t('plan.PlanPart.bottomLines')}
                  </h3>
                  <p className="plan-section__hint">{t('plan.PlanPart.theAgencySFewConditions')}</p>
                  {tooManyBottomLines && (
                    <p className="plan-warning" role="status">
                      {t('plan.PlanPart.thereAreBottomLinesKeep', { length: plan.bottomLines.length, ADVISED_MAX_BOTTOM_LINES })}
                    </p>
                  )}
                  <PlanLines doc={doc} list="bottom-lines" lines={plan.bottomLines} singular={t('plan.bottomLine')} />
                </section>

                <RuleList
                  doc={doc}
                  plan={plan}
                  network={network}
                  dangerStatements={dangerStatements}
                  dangerWord={dangerWord}
                  rulesHint={words.planCoverage.rulesHint}
                  focusRuleId={focusRuleId}
                  onFocusRule={setFocusRuleId}
                />

                <section className="plan-section" aria-labelledby="plan-testing-heading">
                  <h3 className="plan-section__title" id="plan-testing-heading">
                    {t('plan.PlanPart.testingThePlan')}
                  </h3>
                  <h4 className="plan-subtitle">{t('plan.PlanPart.triggerTimesAndStressPoints')}</h4>
                  <p className="plan-section__hint">{t('plan.PlanPart.eveningsAnniversariesContactVisitsThe')}</p>
                  <PlanLines doc={doc} list="stress-points" lines={plan.stressPoints} singular={t('plan.stressPoint')} />
                  <ContingencyField doc={doc} />
                </section>
              </>
            ) : (
              <div className="plan-section plan-readonly">
                <PlanDocument
                  plan={plan}
                  planName={planName}
                  boardTitle={boardTitle}
                  network={network}
                  dangerStatements={dangerStatements}
                  level={3}
                  coverageWords={words.planCoverage}
                />
              </div>
            )}

            <Trajectory doc={doc} items={plan.trajectory} editable={editable} />
          </div>

          <div className="plan-layout__side">
            <CoveragePanel
              plan={plan}
              coverage={coverage}
              dangerStatements={dangerStatements}
              dangerWord={dangerWord}
              onAnswer={editable ? answer : undefined}
            />
            <div className="plan-section">
              <NetworkPanel editable={editable} headingLevel={3} hint={t('plan.PlanPart.everyoneThePlanNamesPick')} />
            </div>
            <PlanCopies network={network} copyFor={person ? person.id : ''} onCopyFor={setCopyFor} onPrint={print} onDownload={download} />
            <ReadAloud text={() => document.querySelector<HTMLElement>('.plan-print .plan-doc')?.textContent ?? ''} what={planName} />
          </div>
        </div>
      </div>

      <div className="plan-print">
        <PlanDocument
          plan={plan}
          planName={planName}
          boardTitle={boardTitle}
          network={network}
          dangerStatements={dangerStatements}
          forMemberId={person?.id}
          printedAt={formatPrintedAt(printedAt)}
          meetingKind={meetingKind}
          level={1}
          coverageWords={words.planCoverage}
        />
        <StoryboardPrint doc={doc} />
      </div>
    </section>
  );
}
