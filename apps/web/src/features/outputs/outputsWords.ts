/**
 * Every word the papers feature shows on screen, in one place; each reads from the message
 * catalogues in the person's language at the moment it is shown (getters, so a change of language
 * takes effect at once). The documents' own words (headings of the summary, the copy and the
 * child's version, the decision's lines) come from the model builders and move with them.
 */
import { t } from '../../i18n';

export const WORDS = {
  get kindLabel() {
    return t('outputs.words.kindLabel');
  },
  get kindHint() {
    return t('outputs.words.kindHint');
  },
  get kindNotChosen() {
    return t('outputs.words.kindNotChosen');
  },
  get decisionHeading() {
    return t('outputs.words.decisionHeading');
  },
  get decisionHint() {
    return t('outputs.words.decisionHint');
  },
  get planNeeded() {
    return t('outputs.words.planNeeded');
  },
  get planAgreed() {
    return t('outputs.words.planAgreed');
  },
  get yes() {
    return t('outputs.words.yes');
  },
  get no() {
    return t('outputs.words.no');
  },
  get notDecided() {
    return t('outputs.words.notDecided');
  },
  get category() {
    return t('outputs.words.category');
  },
  get categoryNone() {
    return t('outputs.words.categoryNone');
  },
  get nextReview() {
    return t('outputs.words.nextReview');
  },
  get notes() {
    return t('outputs.words.notes');
  },
  get disagreed() {
    return t('outputs.words.disagreed');
  },
  get disagreedName() {
    return t('outputs.words.disagreedName');
  },
  get disagreedWhy() {
    return t('outputs.words.disagreedWhy');
  },
  get addDisagreement() {
    return t('outputs.words.addDisagreement');
  },
  get removeDisagreement() {
    return t('outputs.words.removeDisagreement');
  },
  get saveDecision() {
    return t('outputs.words.saveDecision');
  },
  get decisionSaved() {
    return t('outputs.words.decisionSaved');
  },
  decisionProblem: (reason: string) => t('outputs.words.decisionProblem', { reason }),
  get papersHeading() {
    return t('outputs.words.papersHeading');
  },
  get papersHint() {
    return t('outputs.words.papersHint');
  },
  get whichPaper() {
    return t('outputs.words.whichPaper');
  },
  get summary() {
    return t('outputs.words.summary');
  },
  copyFor: (name: string) => t('outputs.words.copyFor', { name }),
  get childVersion() {
    return t('outputs.words.childVersion');
  },
  get print() {
    return t('outputs.words.print');
  },
  get downloadMarkdown() {
    return t('outputs.words.downloadMarkdown');
  },
  get downloadJson() {
    return t('outputs.words.downloadJson');
  },
  get childWordsHeading() {
    return t('outputs.words.childWordsHeading');
  },
  get childWordsHint() {
    return t('outputs.words.childWordsHint');
  },
  get childAge() {
    return t('outputs.words.childAge');
  },
  get noChild() {
    return t('outputs.words.noChild');
  },
  printedOn: (when: string) => t('outputs.words.printedOn', { when }),
  get page() {
    return t('outputs.words.page');
  },
  get recordPapers() {
    return t('outputs.words.recordPapers');
  },
  get personChanges() {
    return t('outputs.words.personChanges');
  },
  get factLabel() {
    return t('outputs.words.factLabel');
  },
  get factNone() {
    return t('outputs.words.factNone');
  },
};
